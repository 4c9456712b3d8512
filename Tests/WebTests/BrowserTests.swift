import Foundation
import HummingbirdTesting
import Store
import Testing
import Web

/// One end-to-end run in a real headless browser (Chromium and its WebDriver from Debian, Selenium from PyPI, all
/// installed by `scripts/setup --test`), against the application served on a real loopback port.
@Suite("Navigateur réel", .serialized)
struct BrowserTests {
    @Test func respondentAnswersLeavesComesBackFinishesThenDIMSeesIt() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let (status, output) = try await runPython(["scripts/browser_e2e.py", "--base", "http://127.0.0.1:\(port)",
                                                        "--token", fixture.tokens["IDE 1"]!, "--email", "dim@example.org",
                                                        "--password", WebFixture.password])
            #expect(status == 0, "\(output)")
            #expect(output.contains("OK parcours navigateur"))
        }
    }
}

extension BrowserTests {
    /// A list pasted from a spreadsheet (tabs, "IDE", "kiné", an e-mail column), a link revoked after confirmation
    /// then restored, a respondent added: the store keeps what the DIM typed.
    @Test func pastedSpreadsheetListWithCommonProfessionWordsIsStored() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let (status, output) = try await runPython(["scripts/browser_invitations.py", "--base", "http://127.0.0.1:\(port)",
                                                        "--email", "dim@example.org", "--password", WebFixture.password, "--team", "1"])
            #expect(status == 0, "\(output)")
            #expect(output.contains("OK invitations navigateur"))
        }
        let campaign = try #require(try fixture.store.campaigns.all().last)
        let stored = try fixture.store.campaigns.respondents(campaignID: campaign.id)
        #expect(stored.map(\.label) == ["Infirmière Tilleuls", "Kiné Tilleuls", "Sage-femme 1"])
        #expect(stored.map(\.profession) == ["infirmier", "masseur-kinesitherapeute", "sage-femme"])
        #expect(stored.map(\.email) == ["ide.tilleuls@exemple.fr", nil, "sf.tilleuls@exemple.fr"])
        #expect(stored.allSatisfy { !$0.revoked })
    }
}
