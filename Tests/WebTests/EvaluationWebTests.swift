import Application
import Foundation
import HTTPTypes
import HummingbirdTesting
import Store
import TestSupport
import Testing
import Web

/// A demonstration scored through the routes, as phones send it (no account, no JavaScript), and the DIM's pages.
@Suite("Évaluation d'une démonstration sur le web")
struct EvaluationWebTests {
    /// An open evaluation of a fictional product with two scenarios, on the fixture's first campaign.
    static func evaluation(_ fixture: WebFixture) throws -> (EvaluationRecord, [EvaluationScenarioRecord]) {
        let evaluation = try fixture.store.evaluations.create(campaignID: 1, productID: "vadrouille", date: "2026-11-12", createdBy: "dim", scenarios: [
            .init(criterionID: "BES-FACT-IDE", text: "Montrez une facturation infirmière en tournée.", mustHave: true, weight: 0.2),
            .init(criterionID: "BES-MOBILITE", text: "Montrez <b>le dossier</b> sur un smartphone.", mustHave: false, weight: 0.1),
        ])
        return (evaluation, try #require(try fixture.store.evaluations.snapshot(id: evaluation.id)).scenarios)
    }

    /// Opens the link, says who scores, and returns the sheet's path.
    static func startSheet(_ visitor: Visitor, _ evaluation: EvaluationRecord, profession: String = "infirmier") async throws -> String {
        let link = "/d/\(evaluation.token)"
        let started = try await visitor.submit(link, from: link, [("profession", profession), ("nom", "Léa")])
        #expect(started.status == .seeOther)
        #expect(started.location.hasPrefix(link + "/fiche/"))
        return started.location
    }

    @Test func aProfessionalScoresOnTheLinkAndCorrectsTheSheet() async throws {
        try await WebFixture.visit { fixture, visitor in
            let (evaluation, scenarios) = try Self.evaluation(fixture)
            let start = try await visitor.get("/d/\(evaluation.token)")
            #expect(start.status == .ok)
            #expect(start.text.contains("Démonstration de Vadrouille Soins (fictif)"))
            #expect(start.text.contains("<option value=\"infirmier\">Infirmier·e</option>"))
            let sheet = try await Self.startSheet(visitor, evaluation)
            let page = try await visitor.get(sheet)
            // Small enough for a phone on a rural connection, like the questionnaire's pages.
            #expect(page.text.utf8.count < 50_000)
            for label in ["vu et convaincant", "vu avec réserves", "annoncé mais non montré", "non disponible"] { #expect(page.text.contains(label)) }
            // The scenario's text is escaped.
            #expect(page.text.contains("Montrez &lt;b&gt;le dossier&lt;/b&gt;"))
            let (a, b) = (scenarios[0].id, scenarios[1].id)
            let saved = try await visitor.submit(sheet, from: sheet, [("profession", "infirmier"), ("nom", "Léa"), ("choix-\(a)", "convaincant"),
                                                                      ("commentaire-\(a)", "Vue en entier\r\nmais lente"), ("choix-\(b)", "annonce")])
            #expect(saved.status == .seeOther)
            #expect(saved.location == sheet + "?ok=1")
            var snapshot = try #require(try fixture.store.evaluations.snapshot(id: evaluation.id))
            #expect(snapshot.sheets.map(\.profession) == ["infirmier"])
            #expect(snapshot.sheets.map(\.name) == ["Léa"])
            #expect(snapshot.scores.map(\.choice) == ["convaincant", "annonce"])
            #expect(snapshot.scores.first?.comment == "Vue en entier\nmais lente")
            let shown = try await visitor.get(saved.location)
            #expect(shown.text.contains("Fiche enregistrée"))
            #expect(shown.text.contains("value=\"convaincant\" checked"))
            // Corrected: the nurse changes her mind on the second scenario.
            _ = try await visitor.submit(sheet, from: sheet, [("profession", "infirmier"), ("choix-\(a)", "convaincant"), ("choix-\(b)", "indisponible")])
            snapshot = try #require(try fixture.store.evaluations.snapshot(id: evaluation.id))
            #expect(snapshot.scores.map(\.choice) == ["convaincant", "indisponible"])
            #expect(snapshot.sheets.map(\.name) == [nil])
        }
    }

    @Test func aRepeatedNameOrAnUnknownChoiceIsRefusedAndNothingIsSaved() async throws {
        try await WebFixture.visit { fixture, visitor in
            let (evaluation, scenarios) = try Self.evaluation(fixture)
            let sheet = try await Self.startSheet(visitor, evaluation)
            let a = scenarios[0].id
            let repeated = try await visitor.submit(sheet, from: sheet, [("profession", "infirmier"), ("choix-\(a)", "convaincant"),
                                                                         ("choix-\(a)", "indisponible")])
            #expect(repeated.status == .unprocessableContent)
            #expect(repeated.text.contains("envoyé deux fois"))
            let unknown = try await visitor.submit(sheet, from: sheet, [("profession", "infirmier"), ("choix-\(a)", "peut-etre"),
                                                                        ("commentaire-\(a)", "gardé")])
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.text.contains("choix inconnu"))
            #expect(unknown.text.contains(">gardé</textarea>"))
            let noProfession = try await visitor.submit("/d/\(evaluation.token)", from: "/d/\(evaluation.token)", [("profession", "astronaute")])
            #expect(noProfession.status == .unprocessableContent)
            #expect(noProfession.text.contains("choisissez votre profession dans la liste"))
            let snapshot = try #require(try fixture.store.evaluations.snapshot(id: evaluation.id))
            #expect(snapshot.scores.isEmpty)
            #expect(snapshot.sheets.count == 1)
        }
    }

    @Test func withoutTheFormsTokenOrOnceClosedNothingIsSaved() async throws {
        try await WebFixture.visit { fixture, visitor in
            let (evaluation, scenarios) = try Self.evaluation(fixture)
            let sheet = try await Self.startSheet(visitor, evaluation)
            let forged = try await visitor.post(sheet, [("_csrf", "x"), ("profession", "infirmier"), ("choix-\(scenarios[0].id)", "convaincant")])
            #expect(forged.status == .forbidden)
            #expect(try fixture.store.evaluations.snapshot(id: evaluation.id)?.scores.isEmpty == true)
            try fixture.store.evaluations.close(id: evaluation.id, revision: 0, by: "dim", recording: EvidenceChange(recordedBy: "dim"))
            let late = try await visitor.submit(sheet, from: "/d/\(evaluation.token)", [("profession", "infirmier"), ("choix-\(scenarios[0].id)", "convaincant")])
            #expect(late.status == .conflict)
            #expect(late.text.contains("Le DIM a clos cette évaluation"))
            #expect(try await visitor.get(sheet).text.contains("Évaluation close"))
            #expect(try fixture.store.evaluations.snapshot(id: evaluation.id)?.scores.isEmpty == true)
            #expect(try await visitor.get("/d/\(String(repeating: "a", count: 32))").status == .notFound)
            #expect(try await visitor.get("/d/\(evaluation.token)/fiche/\(String(repeating: "a", count: 32))").status == .notFound)
        }
    }

    @Test func theDIMPreparesHandsOutAndClosesThenTheTeamsSheetSaysWhatWasSeen() async throws {
        let fixture = try WebFixture(teamName: "MSP des Saules 2 (fictive)")
        defer { fixture.remove() }
        let run = try Checkout.loadRun()
        let built = try DemoFixture.build(on: fixture.store, run: run)
        let campaign = "/campagnes/\(built.campaign.id)/demonstrations"
        try await fixture.application.test(.router) { client in
            let coordinator = Visitor(client)
            try await coordinator.login("coord@example.org")
            #expect(try await coordinator.get(campaign).status == .forbidden)
            let dim = Visitor(client)
            try await dim.login("dim@example.org")
            #expect(try await dim.get("/campagnes/\(built.campaign.id)").text.contains("href=\"\(campaign)\""))
            #expect(try await coordinator.get("/campagnes/\(built.campaign.id)").text.contains("demonstrations") == false)
            let refused = try await dim.submit(campaign, from: campaign, [("produit", "vadrouille"), ("date", "12/11/2026")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Date\u{00A0}: attendu"))
            #expect(try fixture.store.evaluations.all(campaignID: built.campaign.id).isEmpty)
            let created = try await dim.submit(campaign, from: campaign, [("produit", "vadrouille"), ("date", "2026-11-12")])
            #expect(created.status == .seeOther)
            let evaluation = try #require(try fixture.store.evaluations.all(campaignID: built.campaign.id).first)
            let page = try await dim.get(created.location)
            #expect(page.text.contains("http://127.0.0.1:8080/d/\(evaluation.token)"))

            let phone = Visitor(client)
            let sheet = try await Self.startSheet(phone, evaluation)
            let scenarios = try #require(try fixture.store.evaluations.snapshot(id: evaluation.id)).scenarios
            let full = try await phone.get(sheet)
            #expect(full.text.utf8.count < 50_000)
            _ = try await phone.submit(sheet, from: sheet, [("profession", "infirmier")] + scenarios.map { ("choix-\($0.id)", "indisponible") })
            let closed = try await dim.submit(created.location.replacingOccurrences(of: "?ok=1", with: "") + "/cloture", from: created.location, [])
            #expect(closed.status == .seeOther)
            #expect(try fixture.store.evaluations.find(id: evaluation.id)?.isClosed == true)
            let sheetPage = try await dim.get("/campagnes/\(built.campaign.id)/comparaison")
            #expect(sheetPage.text.contains("Vu en démonstration"))
            #expect(sheetPage.text.contains("démonstration du 12 novembre 2026, 1 professionnel de 1 profession"))
        }
    }
}
