import HTTPTypes
import HummingbirdTesting
import Store
import TestSupport
import Testing
import Web

/// The campaign's pages count "has answered" as the synthesis and FHIR do, and an empty campaign says so.
@Suite("Pages de campagne : « a répondu » et campagne vide")
struct HasAnsweredPageTests {
    @Test func anEmptyCampaignShowsTheEmptyStateAndNoVerdict() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application.test(.router) { client in
            let dim = Visitor(client)
            try await dim.login("dim@example.org")
            let campaign = try await dim.get("/campagnes/1").text
            #expect(campaign.contains("encore répondu au questionnaire"))
            #expect(campaign.contains("signifie"))
            for page in ["/campagnes/1/synthese", "/campagnes/1/comparaison", "/campagnes/1/plan"] {
                let text = try await dim.get(page).text
                #expect(text.contains("encore répondu au questionnaire"), "\(page)")
                #expect(!text.contains("Verdict") && !text.contains("Rang"), "\(page)")
            }
        }
    }

    @Test func aRespondentWhoStoppedOnPageOneHasStartedButNotAnswered() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let token = try #require(fixture.tokens["IDE 1"])
        try await fixture.application.test(.router) { client in
            let respondent = Visitor(client)
            let saved = try await respondent.submit("/r/\(token)/page/1", from: "/r/\(token)/page/1",
                                                    [("sites-exercice", "1"), ("annees-exercice", "3"), ("visites-domicile", "true")])
            #expect(saved.location == "/r/\(token)/page/2")
            let dim = Visitor(client)
            try await dim.login("dim@example.org")
            let campaign = try await dim.get("/campagnes/1").text
            #expect(campaign.contains("<td>Infirmier·e</td><td>1</td><td>1</td><td>0</td>"))
            #expect(campaign.contains("1 personne a commencé sans terminer"))
            #expect(try await dim.get("/equipes/1").text.contains("0 réponse(s) sur 3"))
        }
    }

    /// « Rien pour l'instant » is exclusive on the web form too (the same rule as the CSV import and the FHIR export);
    /// an old database holding it with another option gets a French refusal for the FHIR download, not a crash.
    @Test func theExclusiveOptionIsRefusedOnTheWebAndInTheFHIRDownload() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let token = try #require(fixture.tokens["IDE 1"])
        try await fixture.application.test(.router) { client in
            let respondent = Visitor(client)
            var sharingPage: String?
            for page in 1...30 where sharingPage == nil {
                let path = "/r/\(token)/page/\(page)"
                if try await respondent.get(path).text.contains("name=\"partage-quoi\"") { sharingPage = path }
            }
            let path = try #require(sharingPage)
            let refused = try await respondent.submit(path, from: path, [("partage-quoi[]", "antecedents"), ("partage-quoi[]", "rien")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("ne peut pas être coché avec une autre réponse"))
            #expect(try fixture.store.answers.of(respondentID: 1)["partage-quoi"] == nil)
            // Two compatible options are kept, both of them.
            let saved = try await respondent.submit(path, from: path, [("partage-quoi[]", "antecedents"), ("partage-quoi[]", "photos")])
            #expect(saved.status == .seeOther)
            #expect(try fixture.store.answers.of(respondentID: 1)["partage-quoi"] == "antecedents|photos")

            try fixture.store.savePage(respondentID: 1, answers: ["partage-quoi": "antecedents|rien"], withdrawn: [])
            let dim = Visitor(client)
            try await dim.login("dim@example.org")
            let download = try await dim.get("/campagnes/1/telechargements/reponses-bundle.json")
            #expect(download.status == .unprocessableContent)
            #expect(download.text.contains("non exportable en FHIR"))
        }
    }
}
