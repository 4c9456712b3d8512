import Foundation
import GRDB
import Store
import TestSupport
import Testing

/// Demonstration evaluations in the store: a frozen grid, sheets saved whole, closing that records facts in the same
/// transaction, and nothing written once closed.
@Suite("Évaluations de démonstration (stockage)")
struct EvaluationStoreTests {
    struct Built { let store: AppDatabase; let evaluation: EvaluationRecord; let scenarios: [EvaluationScenarioRecord]; let team: Int64 }

    func built() throws -> Built {
        let store = try TestStores.make(clock: TestClock().function)
        let team = try store.teams.add(name: "Équipe A")
        let (campaign, _) = try store.campaigns.create(teamID: team.id, name: "C", questionnaireVersion: "1", respondents: [])
        try store.products.apply(EvidenceChange(recordedBy: "test", products: [.init(id: "vadrouille", name: "Vadrouille")]))
        let evaluation = try store.evaluations.create(campaignID: campaign.id, productID: "vadrouille", date: "2026-11-12", createdBy: "dim", scenarios: [
            .init(criterionID: "BES-A", text: "Montrez A.", mustHave: true, weight: 0.2),
            .init(criterionID: "BES-B", text: "Montrez B.", mustHave: false, weight: 0.1),
        ])
        let scenarios = try #require(try store.evaluations.snapshot(id: evaluation.id)).scenarios
        return Built(store: store, evaluation: evaluation, scenarios: scenarios, team: team.id)
    }

    func fact(_ built: Built, value: String = "true") -> EvidenceChange {
        EvidenceChange(recordedBy: "dim", facts: [.init(productID: "vadrouille", teamID: built.team, criterionID: "BES-A", value: value,
                                                         grade: "demo", source: "démonstration", date: "2026-11-12")])
    }

    @Test func theGridKeepsItsOrderAndTheLinkIsUnguessable() throws {
        let built = try built()
        #expect(built.scenarios.map(\.criterionId) == ["BES-A", "BES-B"])
        #expect(built.scenarios.map(\.position) == [1, 2])
        #expect(built.evaluation.token.count == 32)
        #expect(try built.store.evaluations.find(token: built.evaluation.token)?.id == built.evaluation.id)
        #expect(throws: StoreError.unknownCampaign("99")) {
            try built.store.evaluations.create(campaignID: 99, productID: "vadrouille", date: "2026-11-12", createdBy: "dim", scenarios: [])
        }
    }

    @Test func aSheetIsSavedWholeAndCorrected() throws {
        let built = try built()
        let sheet = try built.store.evaluations.addSheet(evaluationID: built.evaluation.id, profession: "infirmier", name: "Léa")
        let (a, b) = (built.scenarios[0].id, built.scenarios[1].id)
        try built.store.evaluations.save(sheetID: sheet.id, .init(profession: "infirmier", name: "Léa",
                                                                  scores: [a: ("convaincant", "Bien\nvu"), b: ("annonce", nil)]))
        try built.store.evaluations.save(sheetID: sheet.id, .init(profession: "infirmier", name: nil, scores: [a: ("reserves", nil), b: (nil, nil)]))
        let snapshot = try #require(try built.store.evaluations.snapshot(id: built.evaluation.id))
        #expect(snapshot.scores.map(\.choice) == ["reserves"])
        #expect(snapshot.sheets.map(\.name) == [nil])
        #expect(snapshot.evaluation.revision == 2)
    }

    @Test func closingRecordsTheFactsAndFreezesTheSheets() throws {
        let built = try built()
        let sheet = try built.store.evaluations.addSheet(evaluationID: built.evaluation.id, profession: "infirmier", name: nil)
        let outcome = try built.store.evaluations.close(id: built.evaluation.id, revision: 0, by: "dim", recording: fact(built))
        #expect(outcome.factsAdded == 1)
        #expect(try built.store.products.currentFacts(team: built.team).filter { $0.teamId == built.team }.map(\.value) == ["true"])
        #expect(try built.store.evaluations.find(id: built.evaluation.id)?.isClosed == true)
        #expect(throws: StoreError.self) {
            try built.store.evaluations.save(sheetID: sheet.id, .init(profession: "infirmier", name: nil, scores: [:]))
        }
        #expect(throws: StoreError.self) {
            try built.store.evaluations.addSheet(evaluationID: built.evaluation.id, profession: "infirmier", name: nil)
        }
        #expect(try built.store.evaluations.closed(teamID: built.team).map(\.evaluation.id) == [built.evaluation.id])
    }

    @Test func aSheetSavedDuringTheClosingMakesItFailWritingNothing() throws {
        let built = try built()
        let sheet = try built.store.evaluations.addSheet(evaluationID: built.evaluation.id, profession: "infirmier", name: nil)
        try built.store.evaluations.save(sheetID: sheet.id, .init(profession: "infirmier", name: nil, scores: [built.scenarios[0].id: ("convaincant", nil)]))
        #expect(throws: StoreError.self) {
            try built.store.evaluations.close(id: built.evaluation.id, revision: 0, by: "dim", recording: fact(built))
        }
        #expect(try built.store.products.history(product: "vadrouille").isEmpty)
        #expect(try built.store.evaluations.find(id: built.evaluation.id)?.isClosed == false)
    }

    @Test func theSchemaRefusesAnUnknownChoice() throws {
        let built = try built()
        let sheet = try built.store.evaluations.addSheet(evaluationID: built.evaluation.id, profession: "infirmier", name: nil)
        #expect(throws: (any Error).self) {
            try built.store.evaluations.save(sheetID: sheet.id, .init(profession: "infirmier", name: nil, scores: [built.scenarios[0].id: ("peut-être", nil)]))
        }
        #expect(try built.store.evaluations.snapshot(id: built.evaluation.id)?.scores.isEmpty == true)
    }
}
