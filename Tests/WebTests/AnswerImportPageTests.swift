import Foundation
import HTTPTypes
import HummingbirdTesting
import Store
import TestSupport
import Testing
import Web

/// The campaign page's import of a KoboToolbox or LimeSurvey export: a file upload (`multipart/form-data`) with its
/// CSRF token, the same use case as `answers import --from`.
struct AnswerImportPageTests {
    static let kobo = "repondant;profil/profession;profil/annees-exercice;profil/visites-domicile;_uuid\r\n"
        + "Tablette 1;infirmier;12;true;u1\r\nTablette 2;Médecin généraliste;3;false;u2\r\n"

    func upload(_ visitor: Visitor, _ text: String, tool: String = "kobo", token: String? = nil) async throws -> TestResponse {
        let page = try await visitor.get("/campagnes/1/import")
        let csrf = token ?? Visitor.csrf(in: page.text) ?? ""
        return try await visitor.upload("/campagnes/1/import", [("_csrf", csrf), ("outil", tool)],
                                        file: ("fichier", "export kobo.csv", Data(text.utf8)))
    }

    @Test func theDIMImportsAKoboExportAndSeesWhatWasAdded() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let response = try await upload(visitor, Self.kobo)
            #expect(response.status == .ok)
            #expect(response.text.contains("KoboToolbox\u{A0}: 2 personne(s) ajoutée(s) à la campagne avec 6 réponse(s)."))
            #expect(response.text.contains("Par profession\u{A0}: Médecin généraliste 1, Infirmier·e 1."))
            let added = try fixture.store.campaigns.respondents(campaignID: 1).filter { $0.label.hasPrefix("Tablette") }
            #expect(added.map(\.profession) == ["infirmier", "medecin-generaliste"])
            #expect(try fixture.store.answers.of(respondentID: added[0].id) == ["profession": "infirmier", "annees-exercice": "12", "visites-domicile": "true"])
        }
    }

    @Test func aBadFileIsListedWithItsRowsAndNothingIsWritten() async throws {
        try await WebFixture.visit(loggedInAs: "coord@example.org") { fixture, visitor in
            let bad = "repondant;profil/profession;profil/annees-exercice;profil/couleur\r\n<b>X</b>;infirmier;douze;bleu\r\n"
            let response = try await upload(visitor, bad)
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("export kobo.csv:1: colonne D («\u{A0}profil/couleur\u{A0}»)"))
            #expect(response.text.contains("export kobo.csv:2: colonne C («\u{A0}profil/annees-exercice\u{A0}»), valeur «\u{A0}douze\u{A0}»"))
            #expect(!response.text.contains("<b>X</b>"))
            #expect(try fixture.store.campaigns.respondents(campaignID: 1).count == 3)
        }
    }

    @Test func anUploadWithoutTheFormsTokenIsRefused() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let response = try await upload(visitor, Self.kobo, token: "faux")
            #expect(response.status == .forbidden)
            #expect(try fixture.store.campaigns.respondents(campaignID: 1).count == 3)
        }
    }

    @Test func anotherTeamsCoordinatorCannotImport() async throws {
        try await WebFixture.visit(loggedInAs: "coord@example.org") { fixture, visitor in
            let response = try await visitor.get("/campagnes/\(fixture.otherTeamCampaign)/import")
            #expect(response.status == .forbidden)
        }
    }

    @Test func aFormWithoutAFileSaysWhatIsMissing() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { _, visitor in
            let response = try await upload(visitor, "")
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Choisissez le fichier et l'outil."))
        }
    }
}
