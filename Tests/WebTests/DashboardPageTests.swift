import HTTPTypes
import HummingbirdTesting
import Testing
import Web

/// `/tableau-de-bord`: the DIM's and the admin's; it names every team, so nobody else may read it.
@Suite("Tableau de bord (web)")
struct DashboardPageTests {
    @Test(arguments: ["dim@example.org", "admin@example.org"])
    func theDIMSeesTheFederationsPicture(email: String) async throws {
        try await WebFixture.visit(loggedInAs: email) { _, visitor in
            let home = try await visitor.get("/")
            #expect(home.text.contains("href=\"/tableau-de-bord\""))
            let page = try await visitor.get("/tableau-de-bord")
            #expect(page.status == .ok)
            #expect(page.text.contains("Tableau de bord de la fédération"))
            #expect(page.text.contains("2 équipes, 0 questionnaire terminé sur 4 envoyés"))
            #expect(page.text.contains("MSP des Saules (fictive)"))
            // Sources are named by title on the web too (Médistory's status cites the 2017 memoir).
            #expect(page.text.contains("ne répond plus au label") && !page.text.contains("memoire-npdc-2017"))
            let markdown = try await visitor.get("/tableau-de-bord/tableau-de-bord.md?page=1")
            #expect(markdown.status == .ok && markdown.text.hasPrefix("# Tableau de bord de la fédération"))
        }
    }

    @Test(arguments: ["coord@example.org", "animation@example.org"])
    func othersAreRefused(email: String) async throws {
        try await WebFixture.visit(loggedInAs: email) { _, visitor in
            let page = try await visitor.get("/tableau-de-bord")
            let download = try await visitor.get("/tableau-de-bord/tableau-de-bord.md")
            let home = try await visitor.get("/")
            #expect(page.status == .forbidden && download.status == .forbidden)
            #expect(!home.text.contains("/tableau-de-bord"))
        }
    }
}
