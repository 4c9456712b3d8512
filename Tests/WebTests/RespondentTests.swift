import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Store
import TestSupport
import Testing
import Web

@Suite("Parcours du répondant")
struct RespondentTests {
    @Test func saveAndResume() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let token = fixture.tokens["IDE 1"]!
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            let start = try await visitor.get("/r/\(token)")
            #expect(start.location == "/r/\(token)/page/1")
            let first = try await visitor.get("/r/\(token)/page/1")
            #expect(first.text.contains("Page 1 sur"))
            #expect(first.text.contains("<progress"))
            #expect(first.body.readableBytes < 50_000)

            // Invalid input: the page comes back with French messages and what was typed.
            let invalid = try await visitor.submit("/r/\(token)/page/1", from: "/r/\(token)/page/1",
                                                   [("profession", "infirmier"), ("visites-domicile", "true"), ("sites-exercice", "beaucoup")])
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.text.contains("Certaines réponses sont à corriger"))
            #expect(invalid.text.contains("value=\"beaucoup\""))
            #expect(try fixture.store.answers.of(respondentID: 1).isEmpty)

            let saved = try await visitor.submit("/r/\(token)/page/1", from: "/r/\(token)/page/1",
                                                 [("profession", "infirmier"), ("visites-domicile", "true"), ("sites-exercice", "2")])
            #expect(saved.location == "/r/\(token)/page/2")
            #expect(try fixture.store.answers.of(respondentID: 1)["visites-domicile"] == "true")

            // Leaving and coming back with the same link resumes at the first unfinished page.
            let resumed = try await Visitor(client).get("/r/\(token)")
            #expect(resumed.location == "/r/\(token)/page/1" || resumed.location == "/r/\(token)/page/2")
            #expect(resumed.location == "/r/\(token)/page/1" ? try fixture.store.answers.of(respondentID: 1)["annees-exercice"] == nil : true)
        }
    }

    @Test func wholeQuestionnaireThenThanks() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let token = fixture.tokens["PH 1"]!
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            var path = "/r/\(token)/page/1"
            var pages = 0
            while path.contains("/page/"), pages < 40 {
                pages += 1
                let page = try await visitor.get(path)
                #expect(!page.text.contains("facturation-domicile"), "a pharmacist is not asked about home-round billing")
                let response = try await visitor.post(path, [("_csrf", Visitor.csrf(in: page.text) ?? "")] + Self.answers(page.text))
                #expect(response.status == .seeOther, "\(path): \(response.text.prefix(300))")
                path = response.location
            }
            #expect(path == "/r/\(token)/merci")
            let thanks = try await visitor.get(path)
            #expect(thanks.text.contains("Merci"))
            #expect(thanks.text.contains("synthèse"))
            let answers = try fixture.store.answers.of(respondentID: 3)
            #expect(answers["aisance-numerique"] != nil)
            #expect(answers["besoin-facturation-domicile"] == nil)
        }
    }

    @Test(arguments: ["inconnu", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "<script>"])
    func unknownLinksGetAPlain404(token: String) async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application.test(.router) { client in
            let response = try await Visitor(client).get("/r/\(token.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)/page/1")
            #expect(response.status == .notFound)
            #expect(response.text.contains("Page introuvable"))
            #expect(!response.text.contains("répondant"))
        }
    }

    @Test func revokedLinksGetThe404Too() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try fixture.store.campaigns.revoke(respondentID: 1)
        try await fixture.application.test(.router) { client in
            let response = try await Visitor(client).get("/r/\(fixture.tokens["IDE 1"]!)")
            #expect(response.status == .notFound)
        }
    }

    /// Picks the first option of every radio group and a plausible value for every other field of a page.
    static func answers(_ html: String) -> [(String, String)] {
        var fields: [(String, String)] = []
        var seen = Set<String>()
        for match in html.matches(of: /<input type="(radio|checkbox|number)"[^>]*name="([^"]+)"(?: value="([^"]*)")?/) {
            let (kind, name, value) = (String(match.1), String(match.2), match.3.map(String.init) ?? "")
            if name == "_csrf" || seen.contains(name) { continue }
            seen.insert(name)
            fields.append((name, kind == "number" ? "2" : value))
        }
        for match in html.matches(of: /<textarea id="[^"]+" name="([^"]+)"/) { fields.append((String(match.1), "Réponse de test")) }
        return fields
    }
}

@Suite("Échappement des saisies hostiles")
struct HostileInputTests {
    static let hostile = "<script>alert('x')</script>"

    @Test func everyPageEscapesUserText() async throws {
        let fixture = try WebFixture(teamName: "Équipe \(Self.hostile)", respondentLabel: "IDE \(Self.hostile)")
        defer { fixture.remove() }
        try fixture.store.saveAnswers(campaignID: 1, respondentAnswers: [(1, "logiciel-metier", Self.hostile)],
                                      teamAnswers: [("logiciels-actuels", Self.hostile)])
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            try await visitor.login("dim@example.org")
            let created = try await visitor.submit("/groupes", from: "/groupes", [("logiciel", "Logiciel \(Self.hostile)"), ("date", "2026-09-15"),
                                                                                  ("mode", "visio"), ("animation", Self.hostile)])
            #expect(created.status == .seeOther)
            let group = created.location
            let edited = try await visitor.submit(group, from: group, [
                ("participants", "\(Self.hostile) ; Équipe | x ; infirmier ; debutant"), ("odj", Self.hostile),
                ("sujets", "## \(Self.hostile)\n+ [lien](javascript:alert(1))"), ("actions", "\(Self.hostile) ; ; "),
            ])
            #expect(edited.status == .seeOther)
            let request = try await visitor.submit("\(group)/demandes", from: group, [("id", "X-1"), ("titre", Self.hostile), ("votes", "3")])
            #expect(request.status == .seeOther)
            let software = "Logiciel \(Self.hostile)".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            for path in ["/equipes", "/equipes/1", "/campagnes/1", "/campagnes/1/liens", "/campagnes/1/equipe", "/campagnes/1/synthese",
                         "/campagnes/1/comparaison", "/campagnes/1/plan", "/groupes", group, "\(group)/compte-rendu.html",
                         "/groupes/editeur?logiciel=\(software)", "/r/\(fixture.tokens["IDE \(Self.hostile)"]!)/page/2"] {
                let page = try await visitor.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(!page.text.contains("<script>alert"), "\(path) lets a script through")
                #expect(!page.text.contains("href=\"javascript"), "\(path) lets a link through")
            }
            #expect(try await visitor.get("/equipes").text.contains("&lt;script&gt;"))
        }
    }
}

@Suite("Révocation des liens")
struct RevocationTests {
    @Test func dimRevokesALinkFromTheLinksPage() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let token = fixture.tokens["MG 1"]!
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            try await visitor.login("dim@example.org")
            let response = try await visitor.submit("/campagnes/1/liens/2/revoquer", from: "/campagnes/1/liens", [])
            #expect(response.status == .seeOther)
            #expect(try await Visitor(client).get("/r/\(token)").status == .notFound)
            #expect(try await visitor.get("/campagnes/1/liens").text.contains("révoqué"))
            // The other team's respondent cannot be revoked through this campaign.
            #expect(try await visitor.submit("/campagnes/1/liens/4/revoquer", from: "/campagnes/1/liens", []).status == .notFound)
        }
    }
}
