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
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", Repository.root.appendingPathComponent("scripts/browser_e2e.py").path,
                                 "--base", "http://127.0.0.1:\(port)", "--token", fixture.tokens["IDE 1"]!,
                                 "--email", "dim@example.org", "--password", WebFixture.password]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            // Read on another thread while the server keeps serving this one's requests.
            let output = try await Task.detached { () -> String in
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                return String(decoding: data, as: UTF8.self)
            }.value
            #expect(process.terminationStatus == 0, "\(output)")
            #expect(output.contains("OK parcours navigateur"))
        }
    }
}
