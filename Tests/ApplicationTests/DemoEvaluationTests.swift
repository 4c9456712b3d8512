import Application
import Comparator
import Deployment
import Foundation
import Reports
import Store
import Survey
import TestSupport
import Testing

/// A demonstration evaluation end to end through the use cases the web and the CLI call: the grid from the team's
/// needs, sheets, closing into team-scoped `demo` facts, and the team's comparative sheet afterwards.
@Suite("Évaluation d'une démonstration (cas d'usage)")
struct DemoEvaluationTests {
    static let day = "2026-11-12"

    struct Setup {
        let run: RunData
        let built: DemoFixture.Built
        let evaluations: DemoEvaluation
    }

    func setup() throws -> Setup {
        let run = try Checkout.loadRun()
        let built = try DemoFixture.build(on: try TestStores.make(), run: run)
        return Setup(run: run, built: built, evaluations: DemoEvaluation(store: built.store, reference: run.catalog, survey: run.survey))
    }

    /// Sheets, one per (profession, choice for every scenario, except `announced` ones).
    func score(_ setup: Setup, _ evaluation: EvaluationRecord, people: [(String, DemoChoice)], announced: Set<String> = []) throws {
        let snapshot = try setup.evaluations.snapshot(evaluation.id)
        for (profession, choice) in people {
            let sheet = try setup.evaluations.startSheet(evaluation: evaluation, profession: profession, name: "")
            let scores = Dictionary(uniqueKeysWithValues: snapshot.scenarios.map { scenario in
                (scenario.id, (choice: Optional((announced.contains(scenario.criterionId) ? .announced : choice).rawValue), comment: String?.none))
            })
            try setup.evaluations.save(sheet: sheet, EvaluationSheetChange(profession: profession, name: nil, scores: scores))
        }
    }

    @Test func theGridPutsMustHavesFirstThenTheHeaviestAndAsksPlainlyWithoutScenario() throws {
        let criteria = [
            Criterion(id: "A", title: "Agenda partagé", section: "s", kind: .need, scale: .boolean, direction: .benefit),
            Criterion(id: "B", title: "B", section: "s", kind: .need, scale: .boolean, direction: .benefit, scenario: "Montrez B."),
            Criterion(id: "C", title: "C", section: "s", kind: .need, scale: .boolean, direction: .benefit, scenario: "Montrez C."),
            Criterion(id: "COUT", title: "Coût", section: "s", kind: .nonfunctional, scale: .number, direction: .cost),
            Criterion(id: "D", title: "D", section: "s", kind: .need, scale: .boolean, direction: .benefit, scenario: "Montrez D."),
        ]
        let needs = NeedsProfile(team: "T", years: 5, weights: ["A": 0.1, "B": 0.3, "C": 0.05, "COUT": 0.5, "D": 0],
                                 mustHaves: [MustHave(criterion: "C")])
        let grid = DemoEvaluation.grid(needs: needs, criteria: criteria)
        #expect(grid.map(\.criterionID) == ["C", "B", "A"])
        #expect(grid.map(\.mustHave) == [true, false, false])
        #expect(grid[2].text == "Montrez\u{00A0}: agenda partagé.")
    }

    @Test func creatingRefusesNamingTheFieldAndWritesNothing() throws {
        let setup = try setup()
        let campaign = setup.built.campaign.id
        for (product, date, field) in [("inconnu", Self.day, "produit"), ("vadrouille", "12/11/2026", "date"), ("vadrouille", "2026-02-30", "date")] {
            #expect(throws: DemoEvaluation.Refusal.self) { try setup.evaluations.create(campaign: campaign, product: product, date: date, by: "dim") }
            do { _ = try setup.evaluations.create(campaign: campaign, product: product, date: date, by: "dim") } catch let refusal as DemoEvaluation.Refusal {
                #expect(refusal.field == field)
            }
        }
        #expect(try setup.built.store.evaluations.all(campaignID: campaign).isEmpty)
    }

    @Test func closingRecordsTeamDemoFactsWithTheirSourceAndKeepsWhatWasOnlyAnnounced() throws {
        let setup = try setup()
        let evaluation = try setup.evaluations.create(campaign: setup.built.campaign.id, product: "vadrouille", date: Self.day, by: "dim")
        let grid = try setup.evaluations.snapshot(evaluation.id).scenarios
        let announced = try #require(grid.last).criterionId
        let before = try setup.built.store.products.history(product: "vadrouille", criterion: announced)
        try score(setup, evaluation, people: [("infirmier", .unavailable), ("infirmier", .unavailable), ("medecin-generaliste", .reservations)],
                  announced: [announced])
        let closing = try setup.evaluations.close(evaluation.id, by: "dim", today: Date())
        #expect(closing.result.source == "démonstration du 12 novembre 2026, 3 professionnels de 2 professions")
        #expect(closing.outcome.factsAdded == grid.count - 1)
        let team = setup.built.team.id
        let facts = try setup.built.store.products.currentFacts(team: team).filter { $0.teamId == team }
        #expect(facts.count == grid.count - 1)
        // Nurses (0) and the GP (½) pooled as two voices: 0.25, "not available", so `false`.
        #expect(facts.allSatisfy { $0.grade == "demo" && $0.value == "false" && $0.date == Self.day && $0.source == closing.result.source })
        #expect(try setup.built.store.products.history(product: "vadrouille", criterion: announced) == before)
        #expect(throws: DemoEvaluation.Refusal.self) { try setup.evaluations.close(evaluation.id, by: "dim", today: Date()) }
    }

    @Test func anEvaluationWithoutSheetsOrBeforeItsDayIsNotClosed() throws {
        let setup = try setup()
        let evaluation = try setup.evaluations.create(campaign: setup.built.campaign.id, product: "vadrouille", date: Self.day, by: "dim")
        #expect(throws: DemoEvaluation.Refusal.self) { try setup.evaluations.close(evaluation.id, by: "dim", today: Date()) }
        try score(setup, evaluation, people: [("infirmier", .convincing)])
        let dayBefore = try #require(CalendarDay.parse("2026-11-11"))
        #expect(throws: DemoEvaluation.Refusal.self) { try setup.evaluations.close(evaluation.id, by: "dim", today: dayBefore) }
        #expect(try setup.built.store.evaluations.find(id: evaluation.id)?.isClosed == false)
    }

    @Test func theTeamsComparativeSheetReranksAndSaysWhatWasSeenAfterClosing() throws {
        let setup = try setup()
        func sheet() throws -> (ranked: [ProductAssessment], markdown: String) {
            let documents = try CampaignDocuments(store: setup.built.store, campaign: setup.built.campaign.id, catalog: setup.run.catalog,
                                                  survey: setup.run.survey, method: setup.run.method)
            let comparison = documents.comparison(products: documents.defaultProducts, settings: .standard(asOf: ComparisonSettings.day(iso: "2026-12-01")))
            let markdown = try documents.comparisonSheet(comparison, peers: [:], date: "2026-12-01", templates: setup.run.templates).markdown
            return (comparison.ranked, markdown)
        }
        let before = try sheet()
        let leader = try #require(before.ranked.first)
        #expect(!before.markdown.contains("## Vu en démonstration"))
        // The leader's demonstration goes badly: nothing the team needs is there.
        let evaluation = try setup.evaluations.create(campaign: setup.built.campaign.id, product: leader.productID, date: Self.day, by: "dim")
        try score(setup, evaluation, people: [("infirmier", .unavailable), ("infirmier", .unavailable), ("medecin-generaliste", .unavailable)])
        #expect(try sheet().ranked.map(\.productID) == before.ranked.map(\.productID))   // open: nothing recorded yet
        try setup.evaluations.close(evaluation.id, by: "dim", today: Date())
        let after = try sheet()
        // A must-have seen missing now excludes it, on the team's own evidence.
        #expect(!after.ranked.contains { $0.productID == leader.productID })
        #expect(after.ranked.first?.productID == before.ranked[1].productID)
        #expect(after.markdown.contains("- **\(leader.name)**"))
        #expect(after.markdown.contains(": non — vu en démonstration, démonstration du 12 novembre 2026"))
        #expect(after.markdown.contains("## Vu en démonstration"))
        #expect(after.markdown.contains("\(leader.name) — démonstration du 12 novembre 2026, 3 professionnels de 2 professions"))
        #expect(after.markdown.contains("| non disponible | non (vu en démonstration) |"))
    }
}
