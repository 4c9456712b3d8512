import Application
import Catalog
import Comparator
import Foundation
import Store
import Survey
import TestSupport
import Testing

/// FHIR means what FHIR says: every exported response is evaluated the way a FHIR R4 form filler does
/// (`scripts/fhir_enablewhen.py`, independent of the Swift export) and must agree with the Survey's own skip rules.
@Suite("FHIR R4 : enableWhen, required, canonique, identifiant, option exclusive", .serialized)
struct FHIRSemanticsTests {
    enum Campaign: String, CaseIterable { case demo, skipRules }

    @Test(arguments: Campaign.allCases)
    func formFillerAgreesWithTheSurveySkipRules(_ which: Campaign) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let built = try which == .demo ? SurveyCampaigns.demo() : SurveyCampaigns.everySkipRule()
        let survey = built.survey, snapshot = try built.store.campaigns.snapshot(campaignID: built.campaign)
        let files = try CampaignExport(snapshot: snapshot, survey: survey, catalog: built.catalog).fhirFiles()
        let report = try FHIREvaluator.run(files, in: scratch)
        #expect(report.status == 0, "\(report.output)")

        let started = snapshot.pooled.filter { !$0.answers.isEmpty }
        #expect(report.responses.count == started.count + (snapshot.teamAnswers.isEmpty ? 0 : 1))
        for respondent in started {
            let response = try #require(report.responses.values.first { $0.identifier == respondent.respondent }, "\(respondent.respondent)")
            let asked = survey.itemsAsked(profession: respondent.profession, answers: survey.knownAnswers(of: respondent)).map(\.id)
            #expect(response.enabled == asked.sorted(), "\(respondent.respondent)")
            #expect(response.questionnaire == "urn:sipadvisor:questionnaire:\(survey.questionnaire.id)|\(survey.questionnaire.version)")
            #expect(response.status == (survey.hasAnswered(respondent) ? "completed" : "in-progress"), "\(respondent.respondent)")
        }
        let team = try #require(report.responses.values.first { $0.identifier == "équipe" })
        #expect(team.enabled == survey.teamItemsAsked(snapshot.teamAnswers).map(\.id).sorted())
        #expect(team.questionnaire.hasPrefix("urn:sipadvisor:questionnaire:\(survey.questionnaire.id):equipe|"))
        if which == .skipRules {
            // The campaign does exercise the rules: someone was not asked the follow-up of an unanswered `not` rule,
            // someone stopped early, and the team has no project team.
            #expect(started.contains { $0.answers["partage-quoi"] == nil && survey.hasAnswered($0) })
            #expect(report.responses.values.contains { $0.status == "in-progress" })
            #expect(!team.enabled.contains("equipe-projet-professions"))
        }
    }

    @Test func theRespondentKeyJoinsTheCSVExport() throws {
        let built = try SurveyCampaigns.everySkipRule()
        let snapshot = try built.store.campaigns.snapshot(campaignID: built.campaign)
        let export = CampaignExport(snapshot: snapshot, survey: built.survey, catalog: built.catalog)
        let analysis = CampaignAnalysis(snapshot, survey: built.survey, criteria: built.catalog.criteria)
        let (profile, plan) = (analysis.profile, analysis.plan)
        let csv = try #require(try export.csvFiles(profile: profile, plan: plan).first { $0.name == "reponses.csv" })
        let csvKeys = Set(String(decoding: csv.data, as: UTF8.self).split(whereSeparator: \.isNewline).dropFirst()
            .map { String($0.split(separator: ",", omittingEmptySubsequences: false)[0]) })
        let bundle = try #require(try export.fhirFiles().first { $0.name == "reponses-bundle.json" })
        let fhirKeys = Set(try JSONDecoder().decode(FHIR.Bundle.self, from: bundle.data).entry.map(\.resource.identifier.value))
        #expect(!fhirKeys.isEmpty)
        #expect(fhirKeys == csvKeys)
    }

    @Test func theTeamsQuestionsAreTheirOwnQuestionnaire() throws {
        let (_, survey) = try Checkout.loadSurvey()
        let export = FHIRExport(definition: survey)
        let respondent = export.questionnaire(.respondent), team = export.questionnaire(.team)
        func ids(_ items: [FHIR.QuestionnaireItem]) -> Set<String> { Set(items.flatMap { [$0.linkId] + ids($0.item ?? []) }) }
        #expect(ids(respondent.item).isDisjoint(with: survey.teamItems.map(\.id)))
        #expect(ids(team.item).isSuperset(of: survey.teamItems.map(\.id)))
        #expect(!ids(team.item).contains("profession"))
        #expect(respondent.url != team.url && respondent.version == survey.questionnaire.version)
    }

    @Test func aNotRuleIsGuardedByExists() throws {
        let (_, survey) = try Checkout.loadSurvey()
        let questionnaire = FHIRExport(definition: survey).questionnaire()
        func find(_ id: String, in items: [FHIR.QuestionnaireItem]) -> FHIR.QuestionnaireItem? {
            for item in items { if item.linkId == id { return item }; if let found = find(id, in: item.item ?? []) { return found } }
            return nil
        }
        let sharedWith = try #require(find("partage-avec", in: questionnaire.item))
        #expect(sharedWith.enableWhen?.map(\.operator) == ["exists", "!="])
        #expect(sharedWith.enableBehavior == "all")
    }

    // MARK: The exclusive option ("rien")

    @Test(arguments: ["antecedents|rien", "rien|photos", "Rien pour l'instant|Photos (plaies, lésions…)"])
    func anExclusiveOptionIsRefusedWithAnother(raw: String) throws {
        let (_, survey) = try Checkout.loadSurvey()
        let item = try #require(survey.item("partage-quoi"))
        guard case .failure(let problem) = AnswerValidation.normalise(raw, for: item, in: survey) else {
            Issue.record("« \(raw) » accepted")
            return
        }
        #expect(problem.detail == "«\u{A0}Rien pour l'instant\u{A0}» ne peut pas être coché avec une autre réponse")
        #expect(try AnswerValidation.normalise("rien", for: item, in: survey).get() == "rien")
    }

    @Test func theExclusiveOptionCarriesTheFHIRExtension() throws {
        let (_, survey) = try Checkout.loadSurvey()
        let json = String(decoding: try JSONEncoder().encode(FHIRExport(definition: survey).questionnaire()), as: UTF8.self)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        func items(_ list: Any?) -> [[String: Any]] {
            (list as? [[String: Any]] ?? []).flatMap { [$0] + items($0["item"]) }
        }
        let sharing = try #require(items(object["item"]).first { $0["linkId"] as? String == "partage-quoi" })
        let options = try #require(sharing["answerOption"] as? [[String: Any]])
        let exclusive = options.filter { ($0["extension"] as? [[String: Any]])?.first?["url"] as? String
            == "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive" }
        #expect(exclusive.compactMap { ($0["valueCoding"] as? [String: Any])?["code"] as? String } == ["rien"])
    }

    // The CLI's refusals of an exclusive option with another (import, FHIR export): CommandsTests, ExclusiveOptionCommandTests.

    // MARK: Skip rules per answer

    @Test(arguments: [
        // (rule, multichoice answer, asked?)
        (Condition(item: "partage", equals: "photos"), "antecedents|photos", true),
        (Condition(item: "partage", equals: "photos"), "antecedents", false),
        (Condition(item: "partage", not: "photos"), "antecedents|photos", false),
        (Condition(item: "partage", not: "photos"), "antecedents", true),
    ])
    func aConditionOnAMultichoiceIsEvaluatedPerAnswer(condition: Condition, answer: String, asked: Bool) {
        let item = Item(id: "suite", text: "Suite", kind: .boolean, condition: condition)
        #expect(TinySurvey.definition.isAsked(item, profession: "infirmier", answers: ["partage": answer]) == asked)
        #expect(!TinySurvey.definition.isAsked(item, profession: "infirmier", answers: [:]))
    }
}

/// Campaigns for the FHIR and "has answered" tests.
enum SurveyCampaigns {
    struct Built {
        var store: AppDatabase
        var campaign: Int64
        var survey: SurveyDefinition
        var catalog: ProductCatalog
    }

    /// The demo team's campaign with `catalog/demo/answers.csv` imported, in memory.
    static func demo() throws -> Built {
        let run = try Checkout.loadRun()
        let built = try DemoFixture.build(on: try TestStores.make(), run: run)
        return Built(store: built.store, campaign: built.campaign.id, survey: run.survey, catalog: run.catalog)
    }

    /// The demo team's campaign where only the nurse « IDE 1 » has saved a page (`completes`: the last one), on
    /// `store` (a file when the test then runs a command on it).
    @discardableResult
    static func demoNurseSaves(_ answers: [String: String], completes: Bool = false, on store: AppDatabase) throws -> AppDatabase {
        let built = try DemoFixture.build(on: store, run: try Checkout.loadRun(), answered: false)
        try store.savePage(respondentID: try built.respondent("IDE 1").id, answers: answers, withdrawn: [], completes: completes)
        return store
    }

    /// Every profession three times, answering with choices that take each skip rule both ways (home visits or not,
    /// a tool never used or used, "rien" shared, something shared, the sharing question left blank), finished on
    /// the web; plus one nurse who stopped on page 1, one person who never started, and a team without project team.
    static func everySkipRule() throws -> Built {
        let (catalog, survey) = try Checkout.loadSurvey()
        let store = try TestStores.make()
        let team = try store.teams.add(name: "MSP des règles (fictive)", fictional: true)
        var people: [(label: String, profession: String)] = []
        for profession in survey.professions { for variant in 0..<3 { people.append(("\(profession.id) \(variant)", profession.id)) } }
        people += [("page 1", "infirmier"), ("silencieux", "pharmacien")]
        let (campaign, records) = try store.campaigns.create(teamID: team.id, name: "Règles", questionnaireVersion: "1", respondents: people)
        for (index, record) in records.enumerated() {
            switch record.label {
            case "silencieux": continue
            case "page 1":
                try store.savePage(respondentID: record.id, answers: ["profession": "infirmier", "sites-exercice": "1",
                                                                       "visites-domicile": "true"], withdrawn: [])
            default:
                try store.savePage(respondentID: record.id, answers: fill(survey, profession: record.profession, variant: index % 3),
                                   withdrawn: [], completes: true)
            }
        }
        var teamAnswers: [String: String] = [:]
        for (position, item) in survey.teamItems.enumerated() where survey.isAsked(item, profession: nil, answers: teamAnswers) {
            teamAnswers[item.id] = value(for: item, survey, variant: 1, position: position)
        }
        try store.saveAnswers(campaignID: campaign.id, respondentAnswers: [], teamAnswers: teamAnswers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        return Built(store: store, campaign: campaign.id, survey: survey, catalog: catalog)
    }

    /// Answers everything asked, in questionnaire order, so that each answer can switch the later skip rules.
    static func fill(_ survey: SurveyDefinition, profession: String, variant: Int) -> [String: String] {
        var answers = ["profession": profession]
        let items = survey.sections.filter { $0.audience == .respondent }.flatMap(\.items)
        for (position, item) in items.enumerated() where item.id != "profession" && survey.isAsked(item, profession: profession, answers: answers) {
            answers[item.id] = value(for: item, survey, variant: variant, position: position)
        }
        return answers
    }

    static func value(for item: Item, _ survey: SurveyDefinition, variant: Int, position: Int) -> String? {
        switch item.kind {
        case .boolean: return variant % 2 == 0 ? "true" : "false"
        case .integer: return String(item.minimum ?? 0)
        case .text: return "Réponse de test"
        case .scale:
            let options = item.scale.flatMap { survey.questionnaire.scale($0) }?.options ?? []
            return options[(variant + position) % options.count].code
        case .choice: return item.options[(variant + position) % item.options.count].code
        case .multichoice:
            switch variant % 3 {
            case 0: return (item.options.first(where: \.exclusive) ?? item.options[0]).code
            case 1: return item.options.filter { !$0.exclusive }.prefix(2).map(\.code).joined(separator: "|")
            default: return item.required ? item.options[0].code : nil   // optional: left blank
            }
        }
    }
}

/// Runs `scripts/fhir_enablewhen.py` on exported files.
enum FHIREvaluator {
    struct Response: Decodable {
        var identifier: String?
        var questionnaire: String
        var status: String
        var enabled: [String]
        var answered: [String]
        var problems: [String]
    }

    static func run(_ files: [(name: String, data: Data)], in scratch: Scratch) throws -> (status: Int32, output: String, responses: [String: Response]) {
        for file in files { try file.data.write(to: URL(fileURLWithPath: scratch.path(file.name))) }
        let inputs = ["questionnaire.json", "questionnaire-equipe.json", "reponses-bundle.json"].map(scratch.path)
        let result = try BuiltExecutable.run(["python3", Checkout.root.appendingPathComponent("scripts/fhir_enablewhen.py").path] + inputs,
                                             executable: URL(fileURLWithPath: "/usr/bin/env"))
        let responses = (try? JSONDecoder().decode([String: Response].self, from: Data(result.stdout.utf8))) ?? [:]
        return (result.status, result.stdout + result.stderr, responses)
    }
}

