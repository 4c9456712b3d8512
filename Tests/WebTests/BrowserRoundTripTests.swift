import Application
import Catalog
import Comparator
import Deployment
import Foundation
import HummingbirdTesting
import Store
import Survey
import TestSupport
import Testing
import Web

/// Every item of the questionnaire, for every profession, typed in a real browser, then found again the same in
/// the store, on the page, in the CSV export and in the FHIR export.
// In the serialized browser suite: one Chromium at a time on a 2-core machine.
extension BrowserTests {
    @Test func everyItemForEveryProfessionSurvivesTheRoundTrip() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let catalog = try CatalogLoader.load(directory: Checkout.catalog)
        let survey = try SurveyLoader.load(directory: Checkout.catalog, catalog: catalog)
        let professions = catalog.professions.map(\.id)
        let (campaign, respondents) = try fixture.store.campaigns.create(
            teamID: 1, name: "Toutes professions", questionnaireVersion: survey.questionnaire.version,
            respondents: professions.map { ("R-\($0)", $0) })
        var plans: [String: [String: String]] = [:]
        for profession in professions {
            let plan = AnswerPlan.respondent(profession, survey: survey)
            // The plan reaches every question this profession may be asked, follow-ups included.
            let possible = survey.sections.filter { $0.audience == .respondent }.flatMap(\.items)
                .filter { ($0.professions.isEmpty || $0.professions.contains(profession)) && $0.id != "profession" }.map(\.id)
            #expect(Set(plan.keys) == Set(possible), "\(profession): the plan misses \(Set(possible).subtracting(plan.keys))")
            plans[profession] = plan
        }
        let teamPlan = AnswerPlan.team(survey: survey)
        let planFile = fixture.directory.appendingPathComponent("plan.json")
        let json: [String: Any] = [
            "email": "dim@example.org", "facilitator": "animation@example.org", "password": WebFixture.password, "campaign": campaign.id, "team": teamPlan,
            "respondents": respondents.map { ["token": $0.token, "answers": plans[$0.profession]!] },
        ]
        try JSONSerialization.data(withJSONObject: json).write(to: planFile)

        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let (status, output) = try await runPython(["scripts/browser_roundtrip.py", "--base", "http://127.0.0.1:\(port)",
                                                        "--plan", planFile.path])
            #expect(status == 0, "\(output)")
            #expect(output.contains("OK aller-retour navigateur"))
        }

        // What the store keeps, what the CSV says and what FHIR says: the same answers.
        let snapshot = try fixture.store.campaigns.snapshot(campaignID: campaign.id)
        let export = CampaignExport(snapshot: snapshot, survey: survey, catalog: catalog)
        let csv = try #require(try export.csvFiles(profile: Pooling.pool(.init(team: "T", campaign: "C", respondents: snapshot.pooled,
                                                                                 criteria: catalog.criteria), definition: survey),
                                                   plan: []).first { $0.name == "reponses.csv" })
        let rows = try RecordsCSV.read(csv.data, name: "reponses.csv", required: ["repondant", "question", "valeur"])
        let bundle = try #require(try export.fhirFiles().first { $0.name == "reponses-bundle.json" })
        let fhir = try FHIRAnswers(bundle.data)
        for respondent in respondents {
            let expected = AnswerPlan.stored(plans[respondent.profession]!, survey: survey)
                .merging(["profession": respondent.profession]) { a, _ in a }
            let stored = try fixture.store.answers.of(respondentID: respondent.id)
            #expect(stored == expected, "\(respondent.profession): stored \(stored.filter { expected[$0.key] != $0.value })")
            var fromCSV: [String: String] = [:]
            for row in rows where row["repondant"] == respondent.label { fromCSV[row["question"]!] = row["valeur"]! }
            #expect(fromCSV == expected, "\(respondent.profession): CSV \(fromCSV.filter { expected[$0.key] != $0.value })")
            let fromFHIR = try #require(fhir.byProfession[respondent.profession], "no FHIR response for \(respondent.profession)")
            #expect(fromFHIR == expected, "\(respondent.profession): FHIR \(fromFHIR.filter { expected[$0.key] != $0.value })")
        }
        #expect(snapshot.teamAnswers == AnswerPlan.stored(teamPlan, survey: survey))
        let session = try #require(try fixture.store.userGroups.all().first).session
        #expect(session.agenda.contains(["Tour de table", "Tournées sur tablette", "Questions diverses"]), "\(session.agenda)")
    }
}

/// Answers that ask every question: follow-ups enabled, several boxes ticked, multi-line text with accents typed as
/// combining characters.
enum AnswerPlan {
    static let text = "Première ligne : Ste\u{301}phanie, «\u{A0}guillemets\u{A0}»\nDeuxième ligne — fin"

    static func respondent(_ profession: String, survey: SurveyDefinition) -> [String: String] {
        var plan: [String: String] = [:]
        let items = survey.sections.filter { $0.audience == .respondent }.flatMap(\.items)
            .filter { ($0.professions.isEmpty || $0.professions.contains(profession)) && $0.id != "profession" }
        for (index, item) in items.enumerated() { plan[item.id] = value(item, index, survey) }
        // Only what is asked given these answers (all of it, when the plan enables every follow-up).
        let asked = Set(survey.itemsAsked(profession: profession, answers: plan.merging(["profession": profession]) { a, _ in a }).map(\.id))
        return plan.filter { asked.contains($0.key) }
    }

    static func team(survey: SurveyDefinition) -> [String: String] {
        var plan: [String: String] = [:]
        for (index, item) in survey.teamItems.enumerated() { plan[item.id] = value(item, index, survey) }
        return plan.filter { survey.isAsked(survey.item($0.key)!, profession: nil, answers: plan) }
    }

    /// Never the first option of a scale (conditions such as "not 0" then hold); "yes" to yes/no questions; up to
    /// three ticked boxes, never an exclusive "nothing".
    static func value(_ item: Item, _ index: Int, _ survey: SurveyDefinition) -> String {
        switch item.kind {
        case .boolean: return "true"
        case .integer: return String(max(item.minimum ?? 0, min(item.maximum ?? 9, 2 + index % 3)))
        case .text: return text
        case .scale:
            let options = item.scale.flatMap { survey.questionnaire.scale($0) }?.options ?? []
            return options[1 + index % (options.count - 1)].code
        case .choice: return item.options[index % item.options.count].code
        case .multichoice:
            let codes = item.options.map(\.code).filter { $0 != "rien" }
            return codes.enumerated().filter { ($0.offset + index) % 2 == 0 }.prefix(3).map(\.element).joined(separator: "|")
        }
    }

    /// The plan as the store keeps it: cleaned text, canonical codes.
    static func stored(_ plan: [String: String], survey: SurveyDefinition) -> [String: String] {
        plan.reduce(into: [:]) { result, entry in
            let typed = TypedText.cleaned(entry.value)
            result[entry.key] = (try? AnswerValidation.normalise(typed, for: survey.item(entry.key)!, in: survey).get()) ?? typed
        }
    }
}

/// The answers of each QuestionnaireResponse of a FHIR bundle, by the respondent's profession, in the store's form.
struct FHIRAnswers {
    var byProfession: [String: [String: String]] = [:]

    init(_ data: Data) throws {
        let bundle = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        for entry in bundle["entry"] as? [[String: Any]] ?? [] {
            guard let resource = entry["resource"] as? [String: Any] else { continue }
            var answers: [String: String] = [:]
            Self.collect(resource["item"] as? [[String: Any]] ?? [], into: &answers)
            if let profession = answers["profession"] { byProfession[profession] = answers }
        }
    }

    private static func collect(_ items: [[String: Any]], into answers: inout [String: String]) {
        for item in items {
            let values = (item["answer"] as? [[String: Any]] ?? []).compactMap { answer -> String? in
                if let coding = answer["valueCoding"] as? [String: Any] { return coding["code"] as? String }
                if let text = answer["valueString"] as? String { return text }
                if let number = answer["valueInteger"] as? Int { return String(number) }
                if let flag = answer["valueBoolean"] as? Bool { return flag ? "true" : "false" }
                return nil
            }
            if !values.isEmpty, let id = item["linkId"] as? String { answers[id] = values.joined(separator: "|") }
            collect(item["item"] as? [[String: Any]] ?? [], into: &answers)
            for answer in item["answer"] as? [[String: Any]] ?? [] { collect(answer["item"] as? [[String: Any]] ?? [], into: &answers) }
        }
    }
}

/// Runs a Python script of the repository and returns its exit status and output.
func runPython(_ arguments: [String]) async throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Checkout.root.appendingPathComponent(arguments[0]).path] + arguments.dropFirst()
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = await onOwnThread {
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
    return (process.terminationStatus, output)
}

extension WebFixture {
    /// Serves this federation on a live port and runs a browser script against it (`--base` given first), expecting
    /// exit 0 and its success line; the calling test then checks the store.
    func runBrowserScript(_ script: String, _ arguments: [String], expecting success: String,
                          sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await application.test(.live) { client in
            let port = try #require(client.port)
            let (status, output) = try await runPython([script, "--base", "http://127.0.0.1:\(port)"] + arguments)
            #expect(status == 0, "\(output)", sourceLocation: sourceLocation)
            #expect(output.contains(success), "\(output)", sourceLocation: sourceLocation)
        }
    }
}

extension BrowserTests {
    @Test func everyOtherFormSubmittedThroughChromiumIsStored() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.runBrowserScript("scripts/browser_forms.py", ["--email", "admin@example.org", "--password", WebFixture.password],
                                           expecting: "OK formulaires navigateur")
        let team = try #require(try fixture.store.teams.find(named: "Maison de santé des Tilleuls (fictive)"), "team name stored in NFC")
        let campaign = try #require(try fixture.store.campaigns.all(teamID: team.id).first)
        let respondents = try fixture.store.campaigns.respondents(campaignID: campaign.id)
        #expect(respondents.map(\.label).sorted() == ["IDE Tilleuls", "Kiné Tilleuls"])
        #expect(respondents.map(\.profession).sorted() == ["infirmier", "masseur-kinesitherapeute"])
        #expect(respondents.filter(\.revoked).count == 1)
        let account = try #require(try fixture.store.accounts.find(email: "secretariat.tilleuls@example.org"))
        #expect(account.email == "secretariat.tilleuls@example.org")
        #expect(account.role == .coordinator && account.teamId == team.id)
        let session = try #require(try fixture.store.userGroups.all().first).session
        let request = try #require(session.requests.first { $0.id == "VAD-001" })
        #expect([request.title, request.description ?? ""].contains { $0.contains("Saisir sans réseau\nsynchroniser au retour") })
    }
}
