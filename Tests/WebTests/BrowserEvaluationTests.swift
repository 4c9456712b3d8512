import Foundation
import HummingbirdTesting
import Store
import TestSupport
import Testing
import Web

extension BrowserTests {
    /// A professional scores a demonstration in Chromium at phone width; the store holds exactly what was chosen
    /// and typed (the comment's line break as LF).
    @Test func aDemonstrationSheetSubmittedThroughChromiumIsStored() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let (evaluation, scenarios) = try EvaluationWebTests.evaluation(fixture)
        try await fixture.runBrowserScript("scripts/browser_evaluation.py", ["--token", evaluation.token], expecting: "OK évaluation navigateur")
        let snapshot = try #require(try fixture.store.evaluations.snapshot(id: evaluation.id))
        let sheet = try #require(snapshot.sheets.first)
        #expect(snapshot.sheets.count == 1)
        #expect((sheet.profession, sheet.name) == ("infirmier", "L. M."))
        let scores = snapshot.scores(of: sheet)
        #expect(scores[scenarios[0].id]?.choice == "convaincant")
        #expect(scores[scenarios[0].id]?.comment == "Tournée vue en entier\nmais lente hors ligne")
        #expect(scenarios.dropFirst().allSatisfy { scores[$0.id]?.choice == "indisponible" && scores[$0.id]?.comment == nil })
    }
}
