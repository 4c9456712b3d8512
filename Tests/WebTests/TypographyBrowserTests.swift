import Foundation
import Store
import TestSupport
import Testing

/// The comparative sheet at phone width in headless Chromium (`scripts/browser_typography.py`): no rendered line
/// starts with « : » or « ? ».
extension BrowserTests {
    @Test func noLineOfTheComparisonStartsWithAColonOrAQuestionMark() async throws {
        let fixture = try WebFixture(teamName: "MSP du Test (fictive)")
        defer { fixture.remove() }
        let built = try DemoFixture.build(on: fixture.store, run: try Checkout.loadRun())
        try await fixture.runBrowserScript("scripts/browser_typography.py",
                                           ["--password", WebFixture.password, "--path", "/campagnes/\(built.campaign.id)/comparaison"],
                                           expecting: "OK navigateur : aucune ligne ne commence par")
    }
}
