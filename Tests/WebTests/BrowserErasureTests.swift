import Foundation
import HummingbirdTesting
import Store
import TestSupport
import Testing
import Web

extension BrowserTests {
    /// `scripts/browser_erase.py`: the DIM erases IDE 1 through the links page's confirmation form in Chromium; the
    /// store then holds neither the respondent nor their answers, the link is unknown, and the erasure is logged.
    @Test func aRespondentErasedThroughChromiumIsGoneFromTheStore() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let respondent = try #require(try fixture.store.campaigns.respondents(campaignID: 1).first { $0.label == "IDE 1" })
        try fixture.store.savePage(respondentID: respondent.id, answers: ["logiciel-metier": "aucun"])
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let (status, output) = try await runPython(["scripts/browser_erase.py", "--base", "http://127.0.0.1:\(port)",
                                                        "--password", WebFixture.password, "--respondent", String(respondent.id),
                                                        "--token", respondent.token])
            #expect(status == 0, "\(output)")
            #expect(output.contains("OK effacement navigateur"))
        }
        #expect(try fixture.store.campaigns.respondentPage(token: respondent.token) == nil)
        #expect(try fixture.store.answers.of(respondentID: respondent.id).isEmpty)
        #expect(try fixture.store.campaigns.respondents(campaignID: 1).map(\.label) == ["MG 1", "PH 1"])
        #expect(try fixture.store.auditLog.all(kind: .respondentErasure).map(\.actor) == ["dim@example.org"])
    }
}
