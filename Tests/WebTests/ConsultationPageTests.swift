import HTTPTypes
import HummingbirdTesting
import Testing
import Web

/// The consultation of editors on the web: shown and downloaded by the DIM and the team's coordinator, like the
/// other campaign documents, with its reply template.
@Suite("Consultation des éditeurs (web)")
struct ConsultationPageTests {
    @Test(arguments: ["dim@example.org", "coord@example.org"])
    func documentAndReplyTemplateAreDownloadable(email: String) async throws {
        try await WebFixture.visit(loggedInAs: email) { _, visitor in
            let page = try await visitor.get("/campagnes/1/consultation")
            #expect(page.status == .ok)
            #expect(page.text.contains("Consultation des éditeurs — MSP des Hirondelles (fictive)"))
            #expect(page.text.contains("href=\"/campagnes/1/telechargements/reponse-consultation.csv\""))

            let csv = try await visitor.get("/campagnes/1/telechargements/reponse-consultation.csv")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(Array(csv.text.unicodeScalars.prefix(1)) == ["\u{FEFF}"])
            #expect(csv.text.dropFirst().hasPrefix("identifiant;question;réponse attendue;réponse;commentaire\r\nCONSULTATION;MSP des Hirondelles (fictive);"))

            let markdown = try await visitor.get("/campagnes/1/telechargements/consultation-editeurs.md")
            #expect(markdown.status == .ok)
            #expect(markdown.text.hasPrefix("# Consultation des éditeurs — MSP des Hirondelles (fictive)"))
            let campaign = try await visitor.get("/campagnes/1")
            #expect(campaign.text.contains("href=\"/campagnes/1/consultation\""))
        }
    }

    /// Another team's coordinator and a facilitator may not read it.
    @Test func othersAreRefused() async throws {
        try await WebFixture.visit(loggedInAs: "animation@example.org") { _, visitor in
            let page = try await visitor.get("/campagnes/1/consultation")
            let template = try await visitor.get("/campagnes/1/telechargements/reponse-consultation.csv")
            #expect(page.status == .forbidden && template.status == .forbidden)
        }
        try await WebFixture.visit(loggedInAs: "coord@example.org") { fixture, visitor in
            let other = try await visitor.get("/campagnes/\(fixture.otherTeamCampaign)/consultation")
            #expect(other.status == .forbidden)
        }
    }
}
