import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Web

/// Own password, the admin's actions on accounts and reset links, through the pages.
@Suite("Comptes : mot de passe, désactivation, rôles, liens de réinitialisation")
struct AccountAdministrationPageTests {
    static let new = "un-nouveau-mot-de-passe"

    /// Signs in with a password on a fresh visitor of the same application; returns the login's status.
    static func signIn(_ email: String, _ password: String, on visitor: Visitor) async throws -> HTTPResponse.Status {
        let attempt = Visitor(visitor.client)
        return try await attempt.submit("/connexion", from: "/connexion", [("email", email), ("motdepasse", password), ("suite", "/")]).status
    }

    @Test func changingOnesPasswordKeepsThisSessionAndEndsTheOthers() async throws {
        try await WebFixture.visit(loggedInAs: "coord@example.org") { _, visitor in
            let other = Visitor(visitor.client)
            try await other.login("coord@example.org")
            let refused = try await visitor.submit("/compte/mot-de-passe", from: "/compte/mot-de-passe", [
                ("actuel", WebFixture.password), ("nouveau", Self.new), ("confirmation", "autre-chose-encore"),
            ])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("<p class=\"erreur\" id=\"e-confirmation\" role=\"alert\">Les deux nouveaux mots de passe sont différents.</p>"))
            #expect(!refused.text.contains(Self.new) && !refused.text.contains(WebFixture.password))
            let changed = try await visitor.submit("/compte/mot-de-passe", from: "/compte/mot-de-passe", [
                ("actuel", WebFixture.password), ("nouveau", Self.new), ("confirmation", Self.new),
            ])
            #expect(changed.location == "/compte/mot-de-passe?ok=1")
            #expect(try await visitor.get("/equipes").status == .ok)
            #expect(try await other.get("/equipes").location.hasPrefix("/connexion"))
            #expect(try await Self.signIn("coord@example.org", WebFixture.password, on: visitor) == .unauthorized)
            #expect(try await Self.signIn("coord@example.org", Self.new, on: visitor) == .seeOther)
        }
    }

    @Test(arguments: ["coord@example.org", "dim@example.org", "animation@example.org"])
    func onlyTheAdminReachesTheAccountActions(email: String) async throws {
        try await WebFixture.visit(loggedInAs: email) { _, visitor in
            for action in ["desactiver", "reactiver", "role", "sessions", "lien"] {
                let response = try await visitor.submit("/utilisateurs/2/\(action)", from: "/compte/mot-de-passe", [("role", "admin")])
                #expect(response.status == .forbidden, "\(action)")
            }
            #expect(try await Self.signIn("dim@example.org", WebFixture.password, on: visitor) == .seeOther)
        }
    }

    @Test func anonymousVisitorsAreSentToTheLoginPage() async throws {
        try await WebFixture.visit { _, visitor in
            let response = try await visitor.get("/compte/mot-de-passe")
            #expect(response.location == "/connexion?suite=/compte/mot%2Dde%2Dpasse")
        }
    }

    @Test func aDisabledAccountsOpenSessionIsRefusedAtItsNextRequest() async throws {
        try await WebFixture.visit(loggedInAs: "admin@example.org") { _, admin in
            let dim = Visitor(admin.client)
            try await dim.login("dim@example.org")
            #expect(try await dim.get("/equipes").status == .ok)
            let page = try await admin.submit("/utilisateurs/2/desactiver", from: "/utilisateurs", [])
            #expect(page.text.contains("Compte dim@example.org désactivé\u{00A0}: ses sessions sont fermées."))
            #expect(page.text.contains("<td>dim@example.org</td><td>dim@example.org</td><td>DIM de la fédération</td><td></td><td>désactivé</td>"))
            #expect(try await dim.get("/equipes").location == "/connexion?suite=/equipes")
            #expect(try await Self.signIn("dim@example.org", WebFixture.password, on: admin) == .unauthorized)
            try await admin.submit("/utilisateurs/2/reactiver", from: "/utilisateurs", [])
            #expect(try await Self.signIn("dim@example.org", WebFixture.password, on: admin) == .seeOther)
        }
    }

    @Test(arguments: [
        ("/utilisateurs/1/desactiver", [(String, String)](),
         "admin@example.org — Compte\u{00A0}: C&#39;est le dernier compte d&#39;administration actif\u{00A0}: il ne peut être ni désactivé ni changer de rôle."),
        ("/utilisateurs/1/role", [("role", "dim")],
         "admin@example.org — Rôle\u{00A0}: C&#39;est le dernier compte d&#39;administration actif\u{00A0}: il ne peut être ni désactivé ni changer de rôle."),
        ("/utilisateurs/2/role", [("role", "coordinator"), ("equipe", "")],
         "dim@example.org — Équipe\u{00A0}: Un compte de coordination doit être rattaché à une équipe."),
    ])
    func aRefusedActionNamesTheAccountAndTheField(path: String, fields: [(String, String)], message: String) async throws {
        try await WebFixture.visit(loggedInAs: "admin@example.org") { _, admin in
            let refused = try await admin.submit(path, from: "/utilisateurs", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("<p class=\"erreur\" role=\"alert\">\(message)</p>"))
            #expect(!refused.text.contains("désactivé</td>"))
        }
    }

    @Test func aResetLinkSetsANewPasswordOnceAndSignsNobodyIn() async throws {
        try await WebFixture.visit(loggedInAs: "admin@example.org") { _, admin in
            let page = try await admin.submit("/utilisateurs/4/lien", from: "/utilisateurs", []).text
            let link = try #require(page.firstMatch(of: /http:\/\/127\.0\.0\.1:8080(\/reinitialisation\/[a-z2-7]{32})/)).1
            let visitor = Visitor(admin.client)
            let form = try await visitor.get(String(link)).text
            #expect(form.contains("Compte\u{00A0}: coord@example.org."))
            let short = try await visitor.submit(String(link), from: String(link), [("nouveau", "court"), ("confirmation", "court")])
            #expect(short.text.contains("<p class=\"erreur\" id=\"e-nouveau\" role=\"alert\">Mot de passe\u{00A0}: 12 caractères au moins.</p>"))
            let done = try await visitor.submit(String(link), from: String(link), [("nouveau", Self.new), ("confirmation", Self.new)])
            #expect(done.location == "/connexion?reinitialise=1")
            #expect(try await visitor.get(done.location).text.contains("Nouveau mot de passe enregistré\u{00A0}: connectez-vous avec lui."))
            #expect(visitor.cookies["sipadvisor_session"] == nil)
            let again = try await visitor.get(String(link))
            #expect(again.status == .notFound)
            #expect(again.text.contains("Ce lien de réinitialisation n&#39;est plus valable"))
            #expect(try await Self.signIn("coord@example.org", WebFixture.password, on: admin) == .unauthorized)
            #expect(try await Self.signIn("coord@example.org", Self.new, on: admin) == .seeOther)
        }
    }
}
