import Application
import Foundation
import Store
import TestSupport
import Testing

/// `sipadvisor user password|disable|enable|role|revoke|reset-link`: what they print and what they store.
@Suite("Commandes de comptes (user …)")
struct UserAdminCommandTests {
    static let old = "ancien-mot-de-passe"

    /// A database file with an admin and a DIM (one open session), and the options that name it.
    static func federation(_ scratch: Scratch) throws -> (AppDatabase, session: String, options: [String]) {
        let database = try AppDatabase.file(path: scratch.path("f.sqlite"))
        let hash = AccountRules.hash(old, cost: 4)
        try database.accounts.add(email: "admin@exemple.fr", displayName: "Admin", passwordHash: hash, role: .admin, teamID: nil)
        let dim = try database.accounts.add(email: "dim@exemple.fr", displayName: "DIM", passwordHash: hash, role: .dim, teamID: nil)
        let session = try database.webSessions.open(userID: dim.id, lifetime: 3600).token
        return (database, session, scratch.campaignOptions)
    }

    @Test func passwordFromStandardInputReplacesTheOldOneAndEndsTheSessions() throws {
        try Scratch.using { scratch in
            let (database, session, options) = try Self.federation(scratch)
            try expectCommand(["user", "password", "--email", "DIM@exemple.fr", "--password-stdin"] + options,
                              stdout: "Mot de passe changé\u{00A0}: dim@exemple.fr (sessions fermées).", input: "un-nouveau-mot-de-passe\n")
            let account = try #require(try database.accounts.find(email: "dim@exemple.fr"))
            #expect(AccountRules.verify("un-nouveau-mot-de-passe", hash: account.passwordHash))
            #expect(!AccountRules.verify(Self.old, hash: account.passwordHash))
            #expect(try database.webSessions.find(token: session) == nil)
        }
    }

    @Test(arguments: [
        (["user", "password", "--email", "dim@exemple.fr", "--password-stdin"], String(repeating: "é", count: 37) + "\n",
         "erreur\u{00A0}: Mot de passe\u{00A0}: 72 octets au plus (une lettre accentuée en compte 2), celui-ci en fait 74."),
        (["user", "password", "--email", "personne@exemple.fr", "--password-stdin"], "un-nouveau-mot-de-passe\n",
         "erreur\u{00A0}: Aucun compte pour «\u{00A0}personne@exemple.fr\u{00A0}»."),
        (["user", "disable", "--email", "admin@exemple.fr"], "",
         "erreur\u{00A0}: C'est le dernier compte d'administration actif\u{00A0}: il ne peut être ni désactivé ni changer de rôle."),
        (["user", "role", "--email", "dim@exemple.fr", "--role", "coordinator"], "",
         "erreur\u{00A0}: Un compte de coordination doit être rattaché à une équipe."),
    ])
    func aRefusalIsPrintedWithExit65AndChangesNothing(arguments: [String], input: String, message: String) throws {
        try Scratch.using { scratch in
            let (database, session, options) = try Self.federation(scratch)
            try expectCommand(arguments + options, status: 65, stdout: "", stderr: message, input: input)
            let account = try #require(try database.accounts.find(email: "dim@exemple.fr"))
            #expect(AccountRules.verify(Self.old, hash: account.passwordHash) && account.role == .dim)
            #expect(try database.accounts.find(email: "admin@exemple.fr")?.disabledAt == nil)
            #expect(try database.webSessions.find(token: session) != nil)
        }
    }

    @Test func theAdminDisablesChangesRoleRevokesAndIssuesALink() throws {
        try Scratch.using { scratch in
            let (database, session, options) = try Self.federation(scratch)
            try expectCommand(["user", "revoke", "--email", "dim@exemple.fr"] + options, stdout: "Sessions fermées\u{00A0}: 1 pour dim@exemple.fr.")
            #expect(try database.webSessions.find(token: session) == nil)
            try expectCommand(["user", "disable", "--email", "dim@exemple.fr"] + options, stdout: "Compte désactivé\u{00A0}: dim@exemple.fr.")
            #expect(try database.accounts.find(email: "dim@exemple.fr")?.disabledAt != nil)
            try expectCommand(["user", "reset-link", "--email", "dim@exemple.fr"] + options, status: 65,
                              stderr: "erreur\u{00A0}: Ce compte est désactivé\u{00A0}: réactivez-le avant de lui donner un lien.")
            try expectCommand(["user", "enable", "--email", "dim@exemple.fr"] + options, stdout: "Compte réactivé\u{00A0}: dim@exemple.fr.")
            try expectCommand(["user", "role", "--email", "dim@exemple.fr", "--role", "admin"] + options,
                              stdout: "Rôle changé\u{00A0}: dim@exemple.fr est désormais administrateur·rice.")
            let link = try expectCommand(["user", "reset-link", "--email", "dim@exemple.fr", "--base-url", "https://sip.exemple.fr"] + options)
            let lines = link.stdout.split(separator: "\n")
            #expect(lines.first == "Lien pour dim@exemple.fr (valable 24\u{00A0}h, une seule fois)\u{00A0}:")
            let token = try #require(lines.last?.firstMatch(of: /^https:\/\/sip\.exemple\.fr\/reinitialisation\/([a-z2-7]{32})$/)).1
            #expect(try database.passwordResets.account(token: String(token))?.email == "dim@exemple.fr")
        }
    }
}
