import Foundation
import HummingbirdTesting
import Store
import Testing
import Web

/// The team page's register form in headless Chromium (`scripts/browser_register.py`); the store is checked here.
extension BrowserTests {
    @Test func theDIMRegistersATeamsSoftwareThroughTheForm() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.runBrowserScript("scripts/browser_register.py", ["--password", WebFixture.password],
                                           expecting: "OK navigateur : logiciel inscrit au registre de l'équipe")
        let rows = try fixture.store.teamSoftware.history(team: 1)
        #expect(rows.count == 1, "the refused attempt wrote nothing")
        let row = try #require(rows.first).record
        #expect(row.productId == "chorus" && row.version == "6.2 (serveur hébergé)" && row.since == "2026-01-05")
        #expect(row.contractEnd == "2028-01-31" && row.until == nil && row.recordedBy == "dim@example.org")
        let stage = try #require(try fixture.store.teamSoftware.stage(team: 1, on: "2026-12-01"))
        #expect(stage.stage == .pendant && stage.since == "2026-01-05")
    }
}
