import Application
import Comparator
import Foundation
import Store
import TestSupport
import Testing
import Web

/// The product page's label status form in headless Chromium (`scripts/browser_label.py`); the store is checked here.
extension BrowserTests {
    @Test func theDIMRecordsALabelLossThroughTheForm() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.runBrowserScript("scripts/browser_label.py", ["--password", WebFixture.password],
                                           expecting: "OK navigateur : statut du label enregistré")
        let rows = try fixture.store.products.statusHistory(product: "chorus").filter { $0.kind == "label" }
        #expect(rows.count == 2, "the refused attempt wrote nothing")
        let current = try #require(rows.first)
        let status = try JSONDecoder().decode(LabelStatus.self, from: Data(try #require(current.data).utf8))
        #expect(status == LabelStatus(state: .noLongerMeets, lost: "2026-11-20", source: "Liste ANS du 20 novembre 2026", date: "2026-11-20"))
        #expect(current.recordedBy == "dim@example.org")
    }
}
