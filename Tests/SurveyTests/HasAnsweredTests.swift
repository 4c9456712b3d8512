import Application
import Catalog
import Comparator
import Foundation
import Reports
import Store
import Survey
import TestSupport
import Testing

/// One meaning of "has answered" (finished), the same on the campaign's counts, the synthesis, the readiness rules,
/// FHIR, the documents and the CLI; and an empty campaign says so instead of showing a verdict or a ranking.
@Suite("« A répondu » : une seule définition ; campagne vide", .serialized)
struct HasAnsweredTests {
    @Test(arguments: [
        // (answers, reached the last page, status)
        ([:], false, ResponseStatus.notStarted),
        (["visites-domicile": "true"], false, .inProgress),
        // Reaching the last page finishes, optional questions left blank; the profession comes with the invitation.
        (["visites-domicile": "true"], true, .finished),
        // An import that answers every question asked finishes without the web's last page.
        (["visites-domicile": "false", "agenda": "2", "partage": "photos", "sites": "1", "maturite-partage-donnees": "1"], false, .finished),
    ])
    func statusOfARespondent(answers: [String: String], reachedEnd: Bool, status: ResponseStatus) {
        let respondent = RespondentAnswers(respondent: "A", profession: "pharmacien", answers: answers, reachedEnd: reachedEnd)
        #expect(TinySurvey.definition.status(of: respondent) == status)
    }

    @Test func aRequiredQuestionLeftBlankIsNotFinishedEvenAtTheEnd() throws {
        let (_, survey) = try Checkout.loadSurvey()
        let respondent = RespondentAnswers(respondent: "A", profession: "infirmier", answers: ["visites-domicile": "false"], reachedEnd: true)
        #expect(survey.status(of: respondent) == .inProgress)   // aisance-numerique is required
    }

    /// One nurse stopped on page 1: started, not answered — on the campaign's counts, in the synthesis and in FHIR.
    @Test func aRespondentWhoStoppedOnPageOneIsCountedTheSameEverywhere() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let common = scratch.campaignOptions
        let store = try SurveyCampaigns.demoNurseSaves(["profession": "infirmier", "sites-exercice": "1", "visites-domicile": "true"],
                                                       on: try AppDatabase.file(path: scratch.path("f.sqlite")))
        let (catalog, survey) = try Checkout.loadSurvey()
        let snapshot = try store.campaigns.snapshot(campaignID: 1)

        let progress = CampaignProgress(snapshot: snapshot, definition: survey)
        #expect((progress.invited, progress.started, progress.completed) == (13, 1, 0))
        let profile = CampaignAnalysis(snapshot, survey: survey, criteria: catalog.criteria).profile
        #expect(profile.answered == 0 && profile.startedOnly == 1)
        #expect(profile.professions.allSatisfy { $0.answered == 0 })
        #expect(profile.items.allSatisfy { $0.respondents == 0 })
        let bundle = try #require(try CampaignExport(snapshot: snapshot, survey: survey, catalog: catalog).fhirFiles()
            .first { $0.name == "reponses-bundle.json" })
        #expect(try JSONDecoder().decode(FHIR.Bundle.self, from: bundle.data).entry.map(\.resource.status) == ["in-progress"])

        let status = try BuiltExecutable.run(["campaign", "status", "1"] + common)
        #expect(status.stdout.contains("| Infirmier·e | 3 | 1 | 0 |"))
        #expect(status.stdout.contains("| **Total** | 13 | 1 | 0 |"))
        #expect(status.stdout.contains(TeamProfile.answeredMeaning))
        #expect(status.stdout.contains("Personne n'a encore répondu au questionnaire (1 personne a commencé sans terminer)"))
    }

    /// Once they finish, the same nurse counts in every place.
    @Test func aFinishedRespondentCountsEverywhere() throws {
        let (catalog, survey) = try Checkout.loadSurvey()
        let store = try SurveyCampaigns.demoNurseSaves(SurveyCampaigns.fill(survey, profession: "infirmier", variant: 1),
                                                       completes: true, on: try TestStores.make())
        let snapshot = try store.campaigns.snapshot(campaignID: 1)
        #expect(CampaignProgress(snapshot: snapshot, definition: survey).completed == 1)
        let profile = CampaignAnalysis(snapshot, survey: survey, criteria: catalog.criteria).profile
        #expect(profile.answered == 1 && !profile.nobodyAnswered)
        let bundle = try #require(try CampaignExport(snapshot: snapshot, survey: survey, catalog: catalog).fhirFiles()
            .first { $0.name == "reponses-bundle.json" })
        #expect(try JSONDecoder().decode(FHIR.Bundle.self, from: bundle.data).entry.map(\.resource.status) == ["completed"])
    }

    @Test func anEmptyCampaignShowsNoVerdictAndNoRanking() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let common = scratch.campaignOptions
        let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
        try DemoFixture.build(on: store, run: try Checkout.loadRun(), answered: false)
        let (catalog, survey) = try Checkout.loadSurvey()
        let documents = try CampaignDocuments(store: store, campaign: 1, catalog: catalog,
                                              survey: survey,
                                              method: try ReportDataLoader.method(Checkout.catalog.appendingPathComponent("method.yaml")))
        let templates = try TemplateSet(builtIn: Checkout.root.appendingPathComponent("templates"))
        let sheet = try documents.comparisonSheet(documents.comparison(products: documents.defaultProducts, settings: .standard(asOf: EvidenceDay(year: 2026, month: 12, day: 1))), peers: [:],
                                                  date: "2026-12-01", templates: templates)
        let rendered = [try documents.maturity(date: "2026-12-01", templates: templates),
                        sheet, try documents.plan(start: "2026-12-01", date: "2026-12-01", comparison: nil, templates: templates)]
        for document in rendered {
            #expect(document.markdown.contains("Personne n'a encore répondu au questionnaire"), "\(document.slug)")
            #expect(!document.markdown.contains("Verdict"), "\(document.slug)")
            #expect(!document.markdown.contains("## Classement") && !document.markdown.contains("| Rang |"), "\(document.slug)")
            #expect(document.html.contains("Personne n’a encore répondu") || document.html.contains("Personne n'a encore répondu"))
        }

        let assess = try BuiltExecutable.run(["assess", "1"] + common)
        #expect(assess.status == 0)
        #expect(assess.stdout.contains("Personne n'a encore répondu au questionnaire\u{A0}: pas encore de synthèse"))
        #expect(!assess.stdout.contains("Verdict") && !assess.stdout.contains("Besoins pondérés"))
        let json = try BuiltExecutable.run(["assess", "1", "--format", "json"] + common)
        #expect(json.stdout.contains("\"answered\" : 0") && !json.stdout.contains("readiness"))

        let compare = try BuiltExecutable.run(["compare", "--campaign", "1", "--draws", "50"] + common)
        #expect(compare.status == 0)
        #expect(compare.stdout.contains("Personne n'a encore répondu au questionnaire"))
        #expect(!compare.stdout.contains("| Rang") && !compare.stdout.contains("Score"))
    }
}
