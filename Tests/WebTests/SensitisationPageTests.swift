import HTTPTypes
import HummingbirdTesting
import Testing
import Web

/// The sensitisation meeting's support on the web: linked from the team page, shown and downloaded by the DIM and
/// the team's coordinator, refused to others.
@Suite("Réunion de sensibilisation (web)")
struct SensitisationPageTests {
    @Test(arguments: ["dim@example.org", "coord@example.org"])
    func theSupportIsShownAndDownloadable(email: String) async throws {
        try await WebFixture.visit(loggedInAs: email) { _, visitor in
            let team = try await visitor.get("/equipes/1")
            #expect(team.text.contains("href=\"/equipes/1/sensibilisation\""))

            let page = try await visitor.get("/equipes/1/sensibilisation")
            #expect(page.status == .ok)
            #expect(page.text.contains("Réunion de sensibilisation et d'information — MSP des Hirondelles (fictive)"))
            // The fixture's campaign lists three professionals.
            #expect(page.text.contains("3 professionnel·les d'après la liste de la campagne"))
            #expect(page.text.contains("href=\"/equipes/1/reunion-sensibilisation.html\""))

            let markdown = try await visitor.get("/equipes/1/reunion-sensibilisation.md")
            #expect(markdown.status == .ok)
            #expect(markdown.headers[.contentType] == "text/markdown; charset=utf-8")
            #expect(markdown.text.hasPrefix("# Réunion de sensibilisation et d'information — MSP des Hirondelles (fictive)"))
            let html = try await visitor.get("/equipes/1/reunion-sensibilisation.html")
            #expect(html.status == .ok && html.text.contains("<h2>Feuille d'émargement</h2>"))
        }
    }

    @Test func othersAreRefused() async throws {
        try await WebFixture.visit(loggedInAs: "animation@example.org") { _, visitor in
            let page = try await visitor.get("/equipes/1/sensibilisation")
            #expect(page.status == .forbidden)
        }
        try await WebFixture.visit(loggedInAs: "coord@example.org") { _, visitor in
            let other = try await visitor.get("/equipes/2/sensibilisation")
            let download = try await visitor.get("/equipes/2/reunion-sensibilisation.md")
            #expect(other.status == .forbidden && download.status == .forbidden)
        }
    }
}
