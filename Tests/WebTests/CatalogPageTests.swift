import Application
import Comparator
import Foundation
import HTTPTypes
import HummingbirdTesting
import Reports
import Store
import TestSupport
import Testing
import Web

/// The DIM's catalog pages: read by every staff role, written by the DIM only, through `EvidenceCatalog` (the rule
/// `sipadvisor facts add` and `product add` follow).
@Suite("Catalogue sur le web")
struct CatalogPageTests {
    static let readPaths = ["/catalogue", "/catalogue/chorus", "/catalogue/chorus/historique",
                            "/catalogue/chorus/historique?critere=BES-FACT-IDE"]

    @Test(arguments: ["admin@example.org", "dim@example.org", "animation@example.org", "coord@example.org"])
    func everyStaffRoleReadsTheCatalog(email: String) async throws {
        try await WebFixture.visit(loggedInAs: email) { _, visitor in
            for path in Self.readPaths {
                let response = try await visitor.get(path)
                #expect(response.status == .ok, "\(email) \(path)")
            }
            let home = try await visitor.get("/")
            #expect(home.text.contains("href=\"/catalogue\""), "a link to the catalog for \(email)")
        }
    }

    @Test func anonymousVisitorsAreSentToLogin() async throws {
        try await WebFixture.visit { _, visitor in
            for path in Self.readPaths {
                let response = try await visitor.get(path)
                #expect(response.status == .seeOther && response.location.hasPrefix("/connexion?suite="), "\(path)")
            }
        }
    }

    /// Only the DIM (and the admin) writes: a facilitator or a coordinator is refused before anything is read.
    @Test(arguments: ["animation@example.org", "coord@example.org"])
    func onlyTheDIMWrites(email: String) async throws {
        try await WebFixture.visit(loggedInAs: email) { fixture, visitor in
            let before = try fixture.store.products.history(product: "chorus").count
            let fact = try await visitor.submit("/catalogue/chorus/faits", from: "/catalogue", Self.goodFact)
            let product = try await visitor.submit("/catalogue", from: "/catalogue", [("identifiant", "nouveau"), ("nom", "Nouveau")])
            #expect(fact.status == .forbidden && product.status == .forbidden)
            #expect(try fixture.store.products.history(product: "chorus").count == before)
            #expect(try fixture.store.products.find(id: "nouveau") == nil)
            let page = try await visitor.get("/catalogue/chorus")
            #expect(!page.text.contains("Enregistrer le fait"), "no form for \(email)")
        }
    }

    @Test func theListShowsEachProductsStatusEditorFactsAndTheAgeOfItsEvidence() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { _, visitor in
            let page = try await visitor.get("/catalogue").text
            let chorus = try #require(page.firstMatch(of: /<li><p><a href="\/catalogue\/chorus"><strong>Chorus<\/strong><\/a>.*?<\/li>/)?.0)
            #expect(chorus.contains("Label e-santé\u{A0}: labellisé (niveau non précisé par la source), 2017<br>"), "\(chorus)")
            #expect(chorus.contains("Ségur\u{A0}: \(FrenchTypography.text(SegurStatus.frenchUnknown))<br>"), "unknown is not « non »: \(chorus)")
            #expect(chorus.contains("informations de 2017"), "\(chorus)")
            let known = try #require(try Checkout.loadRun().catalog.products.first { $0.id == "chorus" }).facts.values.filter(\.isKnown).count
            #expect(chorus.contains("<br>\(known) fait(s) connu(s), informations de 2017<br>"), "known facts counted: \(chorus)")
            let medistory = try #require(page.firstMatch(of: /<li><p><a href="\/catalogue\/medistory">.*?<\/li>/)?.0)
            #expect(medistory.contains("Label e-santé\u{A0}: ne répond plus au label (signalé en 2017), 2017<br>"), "\(medistory)")
        }
    }

    @Test func aProductsPageShowsItsFactsBySectionUnknownAsUnknownWithHistoryLinks() async throws {
        try await WebFixture.visit(loggedInAs: "coord@example.org") { _, visitor in
            let page = try await visitor.get("/catalogue/chorus").text
            #expect(page.contains("<h2>Besoins exprimés par les équipes</h2>"))
            let row = try #require(page.firstMatch(of: /<tr><td>Facturation et télétransmission des actes infirmiers.*?<\/tr>/)?.0)
            #expect(row.contains("<strong>non</strong><br>retour d&#39;utilisateurs · 2017"), "\(row)")
            #expect(row.contains("href=\"/catalogue/chorus/historique?critere=BES%2DFACT%2DIDE\""), "\(row)")
            // Sources by title, as the documents print them, never by their register id.
            #expect(row.contains("mémoire sur le choix et le déploiement des systèmes d&#39;information partagés"), "\(row)")
            #expect(!page.contains("memoire-npdc-2017"))
            let history = try await visitor.get("/catalogue/chorus/historique?critere=BES-FACT-IDE").text
            #expect(!history.contains("memoire-npdc-2017") && history.contains("mémoire sur le choix"))
            #expect(!(try await visitor.get("/catalogue").text).contains("memoire-npdc-2017"))
            let unknown = try #require(page.firstMatch(of: /<tr><td>Facturation et télétransmission des actes de masso-kinésithérapie.*?<\/tr>/)?.0)
            #expect(unknown.contains("<em>inconnu</em>"), "unknown is not « non »: \(unknown)")
        }
    }

    static let goodFact = [("critere", "BES-FACT-IDE"), ("valeur", "oui"), ("niveau", "demo"),
                           ("source", "Démonstration à la MSP des Hirondelles"), ("date", "2026-11-20"), ("note", "")]

    static func replacing(_ field: String, with value: String) -> [(String, String)] {
        goodFact.map { $0.0 == field ? ($0.0, value) : $0 }
    }

    /// A refused fact comes back on the form: the field named at the top and beside the field, what was typed kept,
    /// nothing written.
    @Test(arguments: [
        ("source", "", "Source\u{A0}: obligatoire"),
        ("date", "20/11/2026", "Date\u{A0}: attendu\u{A0}: AAAA, AAAA-MM ou AAAA-MM-JJ"),
        ("valeur", "peut-être", "Valeur\u{A0}: attendu\u{A0}: oui ou non"),
        ("niveau", "label", "Niveau de preuve\u{A0}: attendu\u{A0}: editor, demo, usergroup, unknown"),
        ("critere", "XYZ", "Critère\u{A0}: inconnu"),
    ])
    func aRefusedFactNamesItsFieldAndKeepsWhatWasTyped(field: String, value: String, message: String) async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let before = try fixture.store.products.history(product: "chorus")
            let refused = try await visitor.submit("/catalogue/chorus/faits", from: "/catalogue/chorus", Self.replacing(field, with: value))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Le fait n’est pas enregistré. \(message)"), "\(field)")
            #expect(refused.text.contains("id=\"e-\(field)\""), "message beside \(field)")
            if field != "source" { #expect(refused.text.contains("value=\"Démonstration à la MSP des Hirondelles\"")) }
            if field == "valeur" { #expect(refused.text.contains("value=\"peut-être\"")) }
            #expect(try fixture.store.products.history(product: "chorus") == before)
        }
    }

    @Test func aRecordedFactIsStoredAndShownWithItsHistory() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let saved = try await visitor.submit("/catalogue/chorus/faits", from: "/catalogue/chorus", Self.goodFact)
            #expect(saved.status == .seeOther && saved.location == "/catalogue/chorus?ok=fait")
            let current = try #require(try fixture.store.products.currentFacts(team: nil)
                .first { $0.productId == "chorus" && $0.criterionId == "BES-FACT-IDE" })
            #expect(current.value == "true" && current.grade == "demo" && current.date == "2026-11-20")
            #expect(current.source == "Démonstration à la MSP des Hirondelles" && current.recordedBy == "dim@example.org")
            let page = try await visitor.get(saved.location).text
            #expect(page.contains("Fait enregistré\u{A0}; le précédent reste dans l’historique."))
            let history = try await visitor.get("/catalogue/chorus/historique?critere=BES-FACT-IDE").text
            let rows = history.matches(of: /<tr><td>[^<]+ à \d+\u{A0}h\u{A0}\d\d<br><span class="petit">par ([^<]+)<br>/).map { String($0.1) }
            #expect(rows == ["dim@example.org", "catalogue de référence"], "newest first, with who: \(rows)")
            let again = try await visitor.submit("/catalogue/chorus/faits", from: "/catalogue/chorus", Self.goodFact)
            #expect(again.location == "/catalogue/chorus?ok=inchange")
        }
    }

    @Test func aHostileSourceIsEscapedEverywhereItIsShown() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { _, visitor in
            let hostile = "<script>alert(\"x\")</script> & <img src=x onerror=alert(1)>"
            let saved = try await visitor.submit("/catalogue/chorus/faits", from: "/catalogue/chorus",
                                                 Self.replacing("source", with: hostile) )
            #expect(saved.status == .seeOther)
            for path in ["/catalogue/chorus", "/catalogue/chorus/historique"] {
                let page = try await visitor.get(path).text
                #expect(!page.contains("<script>alert") && !page.contains("<img src=x"), "\(path)")
                #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;"), "\(path)")
            }
        }
    }

    /// A team's own evidence is shown apart, and only to those who may see that team.
    @Test func teamScopedFactsAreShownApartAndOnlyToTheirTeam() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let evidence = EvidenceCatalog(store: fixture.store, reference: try Checkout.loadRun().catalog)
            let saules = try #require(try fixture.store.teams.find(named: "MSP des Saules (fictive)"))
            try evidence.record(FactEntry(product: "chorus", criterion: "BES-FACT-IDE", value: "oui", grade: "demo",
                                          source: "Démonstration aux Saules", date: "2026-10-01", team: saules.id),
                                by: "dim@example.org", today: Date())
            let dim = try await visitor.get("/catalogue/chorus").text
            let apart = try #require(dim.range(of: "Informations propres à une équipe"))
            #expect(dim[apart.upperBound...].contains("<td>MSP des Saules (fictive)<br>"))
            #expect(dim[apart.upperBound...].contains("Démonstration aux Saules"))
            #expect(!dim[..<apart.lowerBound].contains("Démonstration aux Saules"), "not mixed with the federation's facts")
            try await visitor.login("coord@example.org")
            let coordinator = try await visitor.get("/catalogue/chorus").text
            #expect(!coordinator.contains("Démonstration aux Saules"), "another team's evidence")
            let history = try await visitor.get("/catalogue/chorus/historique").text
            #expect(!history.contains("Démonstration aux Saules"))
        }
    }

    @Test func aProductIsAddedWithItsEditorOrRefusedNamingTheField() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let refused = try await visitor.submit("/catalogue", from: "/catalogue",
                                                   [("identifiant", "Tournesol Santé"), ("nom", "Tournesol Santé (fictif)"), ("editeur", "Éditions Fictives")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Le logiciel n’est pas ajouté. Identifiant\u{A0}: de 1 à 60 caractères"))
            #expect(refused.text.contains("value=\"Tournesol Santé (fictif)\"") && refused.text.contains("value=\"Éditions Fictives\""))
            let added = try await visitor.submit("/catalogue", from: "/catalogue",
                                                 [("identifiant", "tournesol"), ("nom", "Tournesol Santé (fictif)"), ("editeur", "Éditions Fictives")])
            #expect(added.location == "/catalogue/tournesol?ok=produit", "\(added.status) \(added.text)")
            let record = try #require(try fixture.store.products.find(id: "tournesol"))
            #expect(record.name == "Tournesol Santé (fictif)" && record.editor == "Éditions Fictives" && record.recordedBy == "dim@example.org", "\(record)")
            let page = try await visitor.get("/catalogue").text
            #expect(page.contains("<strong>Tournesol Santé (fictif)</strong></a> — Éditions Fictives<br>") && page.contains("0 fait(s) connu(s), aucune information datée"))
        }
    }
}
