import HTTPTypes
import HummingbirdTesting
import Store
import Testing
import Web

@Suite("Accès par rôle")
struct AccessTests {
    static let paths = ["/equipes", "/campagnes/1", "/campagnes/1/liens", "/campagnes/1/telechargements/reponses.csv",
                        "/campagnes/1/synthese", "/campagnes/2", "/groupes", "/utilisateurs"]

    /// Expected status per path, in the order of `paths` (200 allowed, 403 forbidden).
    @Test(arguments: [
        ("admin@example.org", [200, 200, 200, 200, 200, 200, 200, 200]),
        ("dim@example.org", [200, 200, 200, 200, 200, 200, 200, 403]),
        ("animation@example.org", [403, 403, 403, 403, 403, 403, 200, 403]),
        // A coordinator sees their own team only, never the links (credentials) nor the individual answers.
        ("coord@example.org", [200, 200, 403, 403, 200, 403, 403, 403]),
    ])
    func roleSeesOnlyWhatItMay(email: String, expected: [Int]) async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            try await visitor.login(email)
            for (path, status) in zip(Self.paths, expected) {
                let response = try await visitor.get(path)
                #expect(Int(response.status.code) == status, "\(email) \(path)")
                if status == 403 { #expect(response.text.contains("Accès refusé")) }
            }
        }
    }

    @Test func anonymousVisitorsAreSentToLogin() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            for path in Self.paths {
                let response = try await visitor.get(path)
                #expect(response.status == .seeOther)
                #expect(response.location.hasPrefix("/connexion?suite="))
            }
        }
    }

    @Test func wrongPasswordIsRefusedInFrenchAndSessionCookieIsStrict() async throws {
        let fixture = try WebFixture(secureCookies: true)
        defer { fixture.remove() }
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            let refused = try await visitor.submit("/connexion", from: "/connexion", [("email", "dim@example.org"), ("motdepasse", "faux")])
            #expect(refused.status == .unauthorized)
            #expect(refused.text.contains("Adresse e-mail ou mot de passe incorrect."))
            let unknown = try await visitor.submit("/connexion", from: "/connexion", [("email", "personne@example.org"), ("motdepasse", "faux")])
            #expect(unknown.text.contains("Adresse e-mail ou mot de passe incorrect."))
            let accepted = try await visitor.submit("/connexion", from: "/connexion",
                                                    [("email", "dim@example.org"), ("motdepasse", WebFixture.password), ("suite", "//evil.example")])
            #expect(accepted.location == "/")   // no open redirect
            let cookie = accepted.headers[values: .setCookie].first { $0.hasPrefix("sipadvisor_session=") } ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Secure"))
            let logout = try await visitor.submit("/deconnexion", from: "/", [])
            #expect(logout.status == .seeOther)
            #expect(try await visitor.get("/equipes").status == .seeOther)
        }
    }
}

@Suite("Protection CSRF")
struct CSRFTests {
    @Test func formsWithoutTheRightTokenAreRejected() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            // Anonymous login form: no token cookie, or a token that does not match it.
            #expect(try await visitor.post("/connexion", [("email", "dim@example.org"), ("motdepasse", WebFixture.password)]).status == .forbidden)
            try await visitor.login("dim@example.org")
            for fields in [[("nom", "Équipe pirate")], [("_csrf", "faux"), ("nom", "Équipe pirate")]] {
                let response = try await visitor.post("/equipes", fields)
                #expect(response.status == .forbidden)
                #expect(response.text.contains("Formulaire expiré"))
            }
            #expect(try fixture.store.teams.all().allSatisfy { $0.name != "Équipe pirate" })
            let accepted = try await visitor.submit("/equipes", from: "/equipes", [("nom", "Équipe légitime (fictive)")])
            #expect(accepted.status == .seeOther)
            #expect(try fixture.store.teams.find(named: "Équipe légitime (fictive)") != nil)
        }
    }

    @Test func respondentFormsNeedTheirToken() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let token = fixture.tokens["IDE 1"]!
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            let forged = try await visitor.post("/r/\(token)/page/1", [("profession", "infirmier"), ("_csrf", "faux")])
            #expect(forged.status == .forbidden)
            #expect(try fixture.store.answers.of(respondentID: 1).isEmpty)
        }
    }
}

@Suite("Limitation des tentatives de connexion")
struct ThrottleTests {
    @Test func repeatedWrongPasswordsAreRefusedForAWhile() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            for _ in 0..<5 {
                let response = try await visitor.submit("/connexion", from: "/connexion", [("email", "dim@example.org"), ("motdepasse", "faux")])
                #expect(response.status == .unauthorized)
            }
            // Even the right password is refused now: guessing cannot go on.
            let blocked = try await visitor.submit("/connexion", from: "/connexion",
                                                   [("email", "dim@example.org"), ("motdepasse", WebFixture.password)])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.text.contains("Trop de tentatives"))
        }
    }
}
