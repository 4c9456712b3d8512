import Foundation
import HummingbirdTesting
import Store
import TestSupport
import Testing
import Web

extension BrowserTests {
    /// `scripts/browser_import.py`: the DIM sends a Kobo export saved by Excel as a French CSV (Windows-1252, `;`)
    /// through the campaign's import form in Chromium; the store then holds the two people with their answers.
    @Test func aKoboExportSentThroughChromiumIsStored() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let text = "repondant;profil/profession;profil/annees-exercice;profil/visites-domicile;_uuid\r\n"
            + "Hélène;Infirmier·e;12;true;u1\r\nTablette 2;medecin-generaliste;3;false;u2\r\n"
        let file = fixture.directory.appendingPathComponent("export-kobo.csv")
        try Data(text.unicodeScalars.map { UInt8($0.value) }).write(to: file)   // Latin-1 letters: Windows-1252 bytes
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let (status, output) = try await runPython(["scripts/browser_import.py", "--base", "http://127.0.0.1:\(port)",
                                                        "--password", WebFixture.password, "--file", file.path])
            #expect(status == 0, "\(output)")
            #expect(output.contains("OK import navigateur"))
        }
        let added = try fixture.store.campaigns.respondents(campaignID: 1).filter { !["IDE 1", "MG 1", "PH 1"].contains($0.label) }
        #expect(added.map(\.label) == ["Hélène", "Tablette 2"])
        #expect(try fixture.store.answers.of(respondentID: added[0].id) == ["profession": "infirmier", "annees-exercice": "12", "visites-domicile": "true"])
    }
}
