import Application
import Foundation
import Store
import TestSupport
import Testing

/// Password changes, resets and the admin's actions, as the web and `sipadvisor user …` both run them.
@Suite("Administration des comptes")
struct AccountAdministrationTests {
    static let old = "ancien-mot-de-passe"

    /// An admin, a DIM with two open sessions, and the administration on a clock the test moves.
    struct Federation {
        let clock = TestClock()
        let database: AppDatabase
        let admin: UserRecord
        let dim: UserRecord
        let sessions: [String]
        var administration: AccountAdministration { AccountAdministration(database: database, cost: 4) }

        init() throws {
            let database = try TestStores.make(clock: clock.function)
            let hash = AccountRules.hash(AccountAdministrationTests.old, cost: 4)
            admin = try database.accounts.add(email: "admin@exemple.fr", displayName: "Admin", passwordHash: hash, role: .admin, teamID: nil)
            let dim = try database.accounts.add(email: "dim@exemple.fr", displayName: "DIM", passwordHash: hash, role: .dim, teamID: nil)
            sessions = try (0..<2).map { _ in try database.webSessions.open(userID: dim.id, lifetime: 3600).token }
            (self.database, self.dim) = (database, dim)
        }

        func passwordWorks(_ password: String, for email: String) throws -> Bool {
            guard let account = try database.accounts.find(email: email) else { return false }
            return AccountRules.verify(password, hash: account.passwordHash)
        }
    }

    static let long = String(repeating: "é", count: 37)
    @Test(arguments: [
        ("faux", "nouveau-mot-de-passe", "nouveau-mot-de-passe", "actuel", "Mot de passe actuel incorrect."),
        (old, "court", "court", "nouveau", "Mot de passe\u{00A0}: 12 caractères au moins."),
        (old, long, long, "nouveau", "Mot de passe\u{00A0}: 72 octets au plus (une lettre accentuée en compte 2), celui-ci en fait 74."),
        (old, "nouveau-mot-de-passe", "nouveau-mot-de-pass", "confirmation", "Les deux nouveaux mots de passe sont différents."),
    ])
    func aRefusedPasswordChangeNamesItsFieldAndChangesNothing(current: String, new: String, again: String, field: String,
                                                             reason: String) throws {
        let federation = try Federation()
        #expect(throws: AccountAdministration.Refusal(field: field, description: reason)) {
            try federation.administration.changeOwnPassword(user: federation.dim, current: current, new: new, confirmation: again,
                                                            keepingSession: federation.sessions[0])
        }
        #expect(try federation.passwordWorks(Self.old, for: "dim@exemple.fr"))
        #expect(try federation.sessions.allSatisfy { try federation.database.webSessions.find(token: $0) != nil })
    }

    @Test func changingOnesPasswordKeepsTheSessionInUseAndEndsTheOthers() throws {
        let federation = try Federation()
        try federation.administration.changeOwnPassword(user: federation.dim, current: Self.old, new: "nouveau-mot-de-passe",
                                                        confirmation: "nouveau-mot-de-passe", keepingSession: federation.sessions[0])
        #expect(try federation.passwordWorks("nouveau-mot-de-passe", for: "dim@exemple.fr"))
        #expect(try !federation.passwordWorks(Self.old, for: "dim@exemple.fr"))
        #expect(try federation.database.webSessions.find(token: federation.sessions[0]) != nil)
        #expect(try federation.database.webSessions.find(token: federation.sessions[1]) == nil)
    }

    @Test func aDisabledAccountLosesItsSessionsAndCannotUseAResetLink() throws {
        let federation = try Federation()
        let token = try federation.administration.issueResetLink(userID: federation.dim.id, by: .commandLine)
        try federation.administration.setDisabled(true, userID: federation.dim.id, by: .commandLine)
        #expect(try federation.sessions.allSatisfy { try federation.database.webSessions.find(token: $0) == nil })
        #expect(throws: AccountAdministration.deadLink) {
            try federation.administration.resetPassword(token: token, new: "nouveau-mot-de-passe", confirmation: "nouveau-mot-de-passe")
        }
        #expect(throws: AccountAdministration.Refusal.self) { try federation.administration.issueResetLink(userID: federation.dim.id, by: .commandLine) }
        try federation.administration.setDisabled(false, userID: federation.dim.id, by: .commandLine)
        #expect(try federation.database.accounts.find(email: "dim@exemple.fr")?.disabledAt == nil)
    }

    @Test func aResetLinkWorksOnceBeforeItExpires() throws {
        let federation = try Federation()
        let token = try federation.administration.issueResetLink(userID: federation.dim.id, by: .commandLine)
        try federation.administration.resetPassword(token: token, new: "nouveau-mot-de-passe", confirmation: "nouveau-mot-de-passe")
        #expect(try federation.passwordWorks("nouveau-mot-de-passe", for: "dim@exemple.fr"))
        #expect(try federation.sessions.allSatisfy { try federation.database.webSessions.find(token: $0) == nil })
        #expect(throws: AccountAdministration.deadLink) {
            try federation.administration.resetPassword(token: token, new: "encore-un-autre-mot", confirmation: "encore-un-autre-mot")
        }
        let late = try federation.administration.issueResetLink(userID: federation.dim.id, by: .commandLine)
        federation.clock.advance(by: AccountAdministration.resetLinkLifetime + 1)
        #expect(throws: AccountAdministration.deadLink) {
            try federation.administration.resetPassword(token: late, new: "encore-un-autre-mot", confirmation: "encore-un-autre-mot")
        }
        #expect(try federation.passwordWorks("nouveau-mot-de-passe", for: "dim@exemple.fr"))
    }

    static let lastAdmin = "C'est le dernier compte d'administration actif\u{00A0}: il ne peut être ni désactivé ni changer de rôle."
    @Test func theLastAdminCanBeNeitherDisabledNorDemoted() throws {
        let federation = try Federation()
        #expect(throws: AccountAdministration.Refusal(field: "compte", description: Self.lastAdmin)) {
            try federation.administration.setDisabled(true, userID: federation.admin.id, by: .commandLine)
        }
        #expect(throws: AccountAdministration.Refusal(field: "role", description: Self.lastAdmin)) {
            try federation.administration.changeRole(userID: federation.admin.id, role: .dim, teamID: nil, by: .commandLine)
        }
        // With a second admin, the first may step down.
        try federation.administration.changeRole(userID: federation.dim.id, role: .admin, teamID: nil, by: .commandLine)
        try federation.administration.changeRole(userID: federation.admin.id, role: .dim, teamID: nil, by: .commandLine)
        #expect(try federation.database.accounts.find(email: "admin@exemple.fr")?.role == .dim)
    }

    @Test func aCoordinatorNeedsATeam() throws {
        let federation = try Federation()
        #expect(throws: AccountAdministration.Refusal(field: "equipe", description: "Un compte de coordination doit être rattaché à une équipe.")) {
            try federation.administration.changeRole(userID: federation.dim.id, role: .coordinator, teamID: nil, by: .commandLine)
        }
        let team = try federation.database.teams.add(name: "MSP (fictive)", fictional: true)
        try federation.administration.changeRole(userID: federation.dim.id, role: .coordinator, teamID: team.id, by: .commandLine)
        #expect(try federation.database.accounts.find(email: "dim@exemple.fr")?.teamId == team.id)
    }
}
