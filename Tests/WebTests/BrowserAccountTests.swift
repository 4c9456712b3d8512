import Application
import Foundation
import HummingbirdTesting
import Store
import Testing
import Web

extension BrowserTests {
    /// `scripts/browser_accounts.py --flow change|reset`: a password changed on its form (the coordinator) or set
    /// through a reset link (the DIM), then what the store kept: the new password opens the account, the old one no
    /// longer does.
    @Test(arguments: [("change", "coord@example.org"), ("reset", "dim@example.org")])
    func aPasswordSetThroughChromiumIsStored(flow: String, email: String) async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let new = "un nouveau mot de passe é"
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let (status, output) = try await runPython(["scripts/browser_accounts.py", "--flow", flow, "--base", "http://127.0.0.1:\(port)",
                                                        "--password", WebFixture.password, "--new", new])
            #expect(status == 0, "\(output)")
            #expect(output.contains("OK mots de passe navigateur : \(flow)"))
        }
        let account = try #require(try fixture.store.accounts.find(email: email))
        #expect(AccountRules.verify(new, hash: account.passwordHash))
        #expect(!AccountRules.verify(WebFixture.password, hash: account.passwordHash))
    }
}
