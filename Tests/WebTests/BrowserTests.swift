import Foundation
import HummingbirdTesting
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
