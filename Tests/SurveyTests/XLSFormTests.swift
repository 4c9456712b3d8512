import Application
import Comparator
import Foundation
import Store
import Survey
import TestSupport
import Testing

/// The XLSForm export as KoboToolbox sees it: pyxform converts it with no error and no warning, and the XForm's
/// `relevant` expressions, evaluated as ODK Collect does (`scripts/xlsform_check.py`), ask exactly the questions
/// `SurveyDefinition.isAsked` asks, for every profession and several answer patterns.
@Suite("XLSForm : pyxform sans avertissement, mêmes questions posées", .serialized,
       .enabled(if: PythonScripts.hasModule("pyxform") && PythonScripts.hasModule("openpyxl"),
                "pyxform ou openpyxl absent : installez-les avec scripts/setup --test"))
struct XLSFormTests {
    struct Report: Decodable {
        var warnings: [String]
        var cases: [String: [String]]
    }

    /// One case per profession and answer pattern: answers as the questionnaire would collect them (only questions
    /// asked are answered), written the way ODK stores them (a multiple choice's codes separated by spaces).
    static func cases(_ survey: SurveyDefinition) -> [(name: String, answers: [String: String])] {
        survey.professions.flatMap { profession in
            (0..<3).flatMap { variant in
                let answers = SurveyCampaigns.fill(survey, profession: profession.id, variant: variant)
                return [("\(profession.id)-\(variant)", answers),
                        ("\(profession.id)-\(variant)-lacunaire", gaps(in: answers, survey, profession: profession.id))]
            }
        }
    }

    /// Every other answer left blank (the profession kept), then only what is still asked kept, in questionnaire
    /// order: so conditions on unanswered questions (`not` rules above all) are exercised.
    static func gaps(in answers: [String: String], _ survey: SurveyDefinition, profession: String) -> [String: String] {
        let items = survey.sections.filter { $0.audience == .respondent }.flatMap(\.items)
        var kept: [String: String] = [:]
        for (position, item) in items.enumerated() where item.id == "profession" || position % 2 == 0 {
            if let answer = answers[item.id], survey.isAsked(item, profession: profession, answers: kept) { kept[item.id] = answer }
        }
        return kept
    }

    static func check(_ form: Data, cases: [(name: String, answers: [String: String])], survey: SurveyDefinition,
                      in scratch: Scratch) throws -> (status: Int32, output: String, report: Report?) {
        try form.write(to: scratch.file("questionnaire.xlsx"))
        let json = cases.map { item -> [String: Any] in
            let odk = Dictionary(uniqueKeysWithValues: item.answers.map { id, value in
                (id, survey.item(id)?.kind == .multichoice ? value.replacingOccurrences(of: "|", with: " ") : value)
            })
            return ["name": item.name, "answers": odk]
        }
        try JSONSerialization.data(withJSONObject: json).write(to: scratch.file("cas.json"))
        let result = try PythonScripts.run("xlsform_check.py", [scratch.path("questionnaire.xlsx"), scratch.path("cas.json")])
        return (result.status, result.stdout + result.stderr, try? JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8)))
    }

    @Test func pyxformConvertsItWithNoWarningAndTheSameQuestionsAreAsked() throws {
        let built = try SurveyCampaigns.demo()
        let survey = built.survey
        let form = try CampaignExport(snapshot: try built.store.campaigns.snapshot(campaignID: built.campaign), survey: survey,
                                      catalog: built.catalog).xlsForm()
        #expect(form.name == "questionnaire-msp-des-hirondelles-fictive-campagne-\(built.campaign).xlsx")
        try Scratch.using { scratch in
            let cases = Self.cases(survey)
            let (status, output, report) = try Self.check(form.data, cases: cases, survey: survey, in: scratch)
            #expect(status == 0, "\(output)")
            let checked = try #require(report, "\(output)")
            #expect(checked.warnings.isEmpty)
            let respondentItems = Set(survey.sections.filter { $0.audience == .respondent }.flatMap(\.items).map(\.id))
            for item in cases {
                let asked = survey.itemsAsked(profession: item.answers["profession"], answers: item.answers).map(\.id)
                let relevant = try #require(checked.cases[item.name]).filter(respondentItems.contains)
                #expect(relevant == asked, "\(item.name)")
            }
            // The patterns do take the rules both ways.
            let askedCounts = Set(cases.map { survey.itemsAsked(profession: $0.answers["profession"], answers: $0.answers).count })
            #expect(askedCounts.count > 3)
        }
    }

    /// A `not` rule on an unanswered question asks nothing (XPath's `!=` alone would hold on an empty answer), and
    /// a profession outside the list is not asked.
    @Test(arguments: [
        ("outil-mssante-satisfaction", ["profession": "infirmier"], false),
        ("outil-mssante-satisfaction", ["profession": "infirmier", "outil-mssante-frequence": "0"], false),
        ("outil-mssante-satisfaction", ["profession": "infirmier", "outil-mssante-frequence": "2"], true),
        ("besoin-tournee-hors-ligne", ["profession": "pharmacien", "visites-domicile": "true"], false),
        ("besoin-tournee-hors-ligne", ["profession": "infirmier", "visites-domicile": "true"], true),
        ("besoin-tournee-hors-ligne", ["profession": "infirmier", "visites-domicile": "false"], false),
    ])
    func aRuleMeansTheSameInODK(_ itemID: String, _ answers: [String: String], _ asked: Bool) throws {
        let (_, survey) = try Checkout.loadSurvey()
        let item = try #require(survey.item(itemID))
        #expect(survey.isAsked(item, profession: answers["profession"], answers: answers) == asked)
        try Scratch.using { scratch in
            let form = try XLSForm(survey: survey).data(title: "Essai", formID: "essai")
            let (status, output, report) = try Self.check(form, cases: [("cas", answers)], survey: survey, in: scratch)
            #expect(status == 0, "\(output)")
            #expect(try #require(report?.cases["cas"]).contains(itemID) == asked)
        }
    }

    @Test func theFormFollowsTheSharedConventions() throws {
        let (_, survey) = try Checkout.loadSurvey()
        try Scratch.using { scratch in
            let book = try XLSXDump.read(try XLSForm(survey: survey).data(title: "Questionnaire — MSP", formID: "sipadvisor-msp"), in: scratch)
            #expect(book.sheets.map(\.name) == ["survey", "choices", "settings"])
            let sheet = try book.sheet("survey")
            let names = sheet.column("name").map(\.text), types = sheet.column("type").map(\.text)
            #expect(names.first == "repondant" && types.first == "text")
            // Every respondent question by its id, each section a group named by its id; the team's left out.
            let respondentSections = survey.sections.filter { $0.audience == .respondent }
            #expect(zip(types, names).filter { $0.0 == "begin_group" }.map(\.1) == respondentSections.map(\.id))
            #expect(Set(names).isSuperset(of: respondentSections.flatMap(\.items).map(\.id)))
            #expect(Set(names).isDisjoint(with: survey.teamItems.map(\.id)))
            func type(_ id: String) -> String? { zip(names, types).first { $0.0 == id }?.1 }
            #expect(type("visites-domicile") == "select_one oui_non")
            #expect(type("sites-exercice") == "integer")
            #expect(type("partage-quoi")?.hasPrefix("select_multiple ") == true)
            #expect(sheet.column("required")[try #require(names.firstIndex(of: "profession"))].text == "yes")
            #expect(sheet.column("constraint")[try #require(names.firstIndex(of: "sites-exercice"))].text == ". >= 1 and . <= 20")
            let choices = try book.sheet("choices")
            #expect(zip(choices.column("list_name").map(\.text), choices.column("name").map(\.text))
                .filter { $0.0 == "oui_non" }.map(\.1) == ["true", "false"])
            let settings = try book.sheet("settings")
            #expect(settings.rows[1].map(\.text) == ["Questionnaire — MSP", "sipadvisor-msp", survey.questionnaire.version, "French (fr)"])
        }
    }
}
