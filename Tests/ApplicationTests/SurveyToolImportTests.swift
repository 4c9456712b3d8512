import Application
import Catalog
import Foundation
import Store
import Survey
import Testing
import TestSupport

/// `answers import --from kobo|limesurvey`: the exports of the tools, in the encodings and formats they come in,
/// give the same stored answers as the product's own long file; a bad file is reported whole and writes nothing.
@Suite struct SurveyToolImportTests {
    /// The demo team with its campaign answered through the product's own import, and a second, empty campaign.
    struct Campaigns {
        let store: AppDatabase
        let typed: Int64
        let imported: Int64
        let survey: SurveyDefinition
    }

    static func campaigns() throws -> Campaigns {
        let run = try Checkout.loadRun()
        let built = try DemoFixture.build(on: try TestStores.make(), run: run)
        let (empty, _) = try CampaignSetup(database: built.store, survey: run.survey).create(team: built.team, name: "Import", respondents: [])
        return Campaigns(store: built.store, typed: built.campaign.id, imported: empty.id, survey: run.survey)
    }

    /// Each respondent's label, profession, answers and whether they count as having answered (those with answers:
    /// one invited person of the demo never answered).
    static func stored(_ campaign: Int64, in setup: Campaigns) throws -> [String] {
        let snapshot = try setup.store.campaigns.snapshot(campaignID: campaign)
        return zip(snapshot.respondents, snapshot.pooled).filter { !$0.1.answers.isEmpty }.map { record, pooled in
            let answers = pooled.answers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            return "\(pooled.respondent)|\(pooled.profession)|\(record.completedAt != nil)|\(answers)"
        }.sorted()
    }

    func importing(_ data: Data, _ tool: SurveyTool, into setup: Campaigns, name: String = "export.csv") throws -> Result<SurveyToolImport.Summary, CatalogLoadError> {
        try SurveyToolImport(database: setup.store, survey: setup.survey).importFile(data, name: name, from: tool, campaignID: setup.imported)
    }

    @Test func koboSemicolonCSVWithBOMGivesTheSameAnswersAsTheProductsOwnFile() throws {
        let setup = try Self.campaigns()
        let export = SurveyToolExports.csv(SurveyToolExports.kobo(try SurveyToolExports.demoAnswers(), survey: setup.survey))
        let summary = try importing(Data([0xEF, 0xBB, 0xBF] + Array(export.utf8)), .kobo, into: setup).get()
        #expect(try Self.stored(setup.imported, in: setup) == Self.stored(setup.typed, in: setup))
        #expect(summary.respondents == 12 && summary.completed == 12)
        #expect(summary.byProfession.contains("Infirmier·e 3"))
    }

    @Test func koboHeadersWithoutGroupsAreReadToo() throws {
        let setup = try Self.campaigns()
        let export = SurveyToolExports.csv(SurveyToolExports.kobo(try SurveyToolExports.demoAnswers(), survey: setup.survey, groups: false), separator: ",")
        _ = try importing(Data(export.utf8), .kobo, into: setup).get()
        #expect(try Self.stored(setup.imported, in: setup) == Self.stored(setup.typed, in: setup))
    }

    @Test func limeSurveyCodesExportGivesTheSameAnswersAndSkipsResponsesNeverSubmitted() throws {
        let setup = try Self.campaigns()
        var rows = SurveyToolExports.limeSurvey(try SurveyToolExports.demoAnswers(), survey: setup.survey)
        var unfinished = rows[1]
        unfinished[0] = "99"; unfinished[1] = ""; unfinished[5] = "Parti avant la fin"
        rows.append(unfinished)
        let summary = try importing(Data(SurveyToolExports.csv(rows, separator: ",").utf8), .limesurvey, into: setup).get()
        #expect(try Self.stored(setup.imported, in: setup) == Self.stored(setup.typed, in: setup))
        #expect(summary.skipped.map(\.description) == ["export.csv:14: réponse jamais envoyée («\u{A0}submitdate\u{A0}» vide)"])
    }

    /// A Kobo export without `repondant`, saved by Excel as a French CSV (Windows-1252, `;`, CRLF): labels come
    /// from the profession and the row, accents and `œ` read right.
    @Test func windows1252CSVFromExcelIsReadWithItsAccents() throws {
        let setup = try Self.campaigns()
        let people = [(label: "Hélène Cœur", answers: ["profession": "Infirmier·e", "annees-exercice": "12"]),
                      (label: "", answers: ["profession": "Médecin généraliste"])]
        let text = SurveyToolExports.csv(SurveyToolExports.kobo(people, survey: setup.survey))
        let bytes = text.unicodeScalars.map { scalar -> UInt8 in scalar == "œ" ? 0x9C : UInt8(scalar.value) }
        let summary = try importing(Data(bytes), .kobo, into: setup).get()
        let labels = try setup.store.campaigns.respondents(campaignID: setup.imported).map(\.label)
        #expect(labels == ["Hélène Cœur", "Médecin généraliste (Kobo uuid-1)"])
        #expect(summary.byProfession == ["Médecin généraliste 1", "Infirmier·e 1"])
    }

    /// Excel's « texte Unicode »: UTF-16 LE with a byte-order mark, tab-separated.
    @Test func utf16TabSeparatedFileIsRead() throws {
        let setup = try Self.campaigns()
        let text = SurveyToolExports.csv(SurveyToolExports.kobo(try SurveyToolExports.demoAnswers(), survey: setup.survey), separator: "\t")
        let data = Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        _ = try importing(data, .kobo, into: setup).get()
        #expect(try Self.stored(setup.imported, in: setup) == Self.stored(setup.typed, in: setup))
    }

    /// Kobo's « XLS » export (an XLSX written by openpyxl: shared strings, numbers, booleans, a date column).
    @Test(.enabled(if: PythonScript.hasModule("openpyxl"), "openpyxl absent : scripts/setup --test l'installe"))
    func koboXLSXGivesTheSameAnswersWithItsDatesAsISODates() throws {
        let setup = try Self.campaigns()
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("kobo.csv", SurveyToolExports.csv(SurveyToolExports.kobo(try SurveyToolExports.demoAnswers(), survey: setup.survey)))
        let made = try PythonScript.run("kobo_xlsx.py", [scratch.path("kobo.csv"), scratch.path("kobo.xlsx")])
        #expect(made.status == 0, "\(made.stderr)")
        let data = try Data(contentsOf: scratch.file("kobo.xlsx"))
        let table = try SurveyToolFile.table(data, name: "kobo.xlsx")
        let today = try #require(table.header.firstIndex(of: "today")), submitted = try #require(table.header.firstIndex(of: "_submission_time"))
        #expect(table.rows.first?.fields[today] == "2026-11-30")
        #expect(table.rows.first?.fields[submitted] == "2026-11-30T08:21:00")
        #expect(table.rows.map(\.line) == Array(2...13))
        _ = try importing(data, .kobo, into: setup, name: "kobo.xlsx").get()
        #expect(try Self.stored(setup.imported, in: setup) == Self.stored(setup.typed, in: setup))
    }

    /// LimeSurvey's Excel export reads as its CSV does (the XLSX reader is the same for every tool).
    @Test(.enabled(if: PythonScript.hasModule("openpyxl"), "openpyxl absent : scripts/setup --test l'installe"))
    func limeSurveyXLSXGivesTheSameAnswers() throws {
        let setup = try Self.campaigns()
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("lime.csv", SurveyToolExports.csv(SurveyToolExports.limeSurvey(try SurveyToolExports.demoAnswers(), survey: setup.survey)))
        let made = try PythonScript.run("kobo_xlsx.py", [scratch.path("lime.csv"), scratch.path("lime.xlsx")])
        #expect(made.status == 0, "\(made.stderr)")
        _ = try importing(try Data(contentsOf: scratch.file("lime.xlsx")), .limesurvey, into: setup, name: "lime.xlsx").get()
        #expect(try Self.stored(setup.imported, in: setup) == Self.stored(setup.typed, in: setup))
    }

    @Test func everyBadValueAndUnknownColumnIsReportedAndNothingIsWritten() throws {
        let setup = try Self.campaigns()
        let text = """
        repondant;profil/profession;profil/annees-exercice;profil/visites-domicile;profil/couleur-preferee;_uuid\r
        A;infirmier;douze;true;bleu;u1\r
        B;infirmier;3;peut-être;;u2\r

        """
        let problems = try #require(importing(Data(text.utf8), .kobo, into: setup).failure)
        #expect(problems.issues.map(\.description) == [
            "export.csv:1: colonne E («\u{A0}profil/couleur-preferee\u{A0}»)\u{A0}: aucune question «\u{A0}couleur-preferee\u{A0}» dans le questionnaire",
            "export.csv:2: colonne C («\u{A0}profil/annees-exercice\u{A0}»), valeur «\u{A0}douze\u{A0}»\u{A0}: « douze » n'est pas un nombre entier (question « annees-exercice »)",
            "export.csv:3: colonne D («\u{A0}profil/visites-domicile\u{A0}»), valeur «\u{A0}peut-être\u{A0}»\u{A0}: « peut-être » : oui ou non attendu (question « visites-domicile »)",
        ])
        #expect(try setup.store.campaigns.respondents(campaignID: setup.imported).isEmpty)
    }

    /// Kobo's 0/1 columns per option are ignored, so the item's own column must be there: without it, the answers
    /// would be lost without a word.
    @Test func koboOptionColumnsWithoutTheirQuestionAreRefused() throws {
        let setup = try Self.campaigns()
        let text = "profil/profession;partage/partage-quoi/photos;partage/partage-quoi/biologie\r\ninfirmier;1;0\r\n"
        let problems = try #require(importing(Data(text.utf8), .kobo, into: setup).failure)
        #expect(problems.issues.map(\.description) == ["B", "C"].map { column in
            "export.csv:1: colonne \(column) («\u{A0}partage/partage-quoi/\(column == "B" ? "photos" : "biologie")\u{A0}»)\u{A0}: case de la question "
                + "«\u{A0}partage-quoi\u{A0}» sans la colonne de la question elle-même (réponses séparées par des espaces)\u{A0}: exportez-la aussi"
        })
    }

    /// Survey tools export every submission each time: importing the next export adds only the new people, the
    /// others are skipped and said; unnamed people are recognised by the tool's id, not their row.
    @Test func aCumulativeExportAddsOnlyTheNewPeople() throws {
        let setup = try Self.campaigns()
        let first = "_uuid;profil/profession;profil/sites-exercice\r\nuuid:aaaa1111-x;infirmier;2\r\nuuid:bbbb2222-y;medecin-generaliste;1\r\n"
        _ = try importing(Data(first.utf8), .kobo, into: setup).get()
        // The next export, sorted differently, with one new submission.
        let next = "_uuid;profil/profession;profil/sites-exercice\r\nuuid:cccc3333-z;sage-femme;3\r\nuuid:bbbb2222-y;medecin-generaliste;1\r\n"
            + "uuid:aaaa1111-x;infirmier;2\r\n"
        let summary = try importing(Data(next.utf8), .kobo, into: setup).get()
        #expect(summary.respondents == 1)
        #expect(summary.lines.first == "KoboToolbox\u{A0}: 1 personne(s) ajoutée(s) à la campagne avec 2 réponse(s).")
        #expect(summary.skipped.map(\.description) == [
            "export.csv:3: «\u{A0}Médecin généraliste (Kobo bbbb2222)\u{A0}» est déjà dans la campagne (import précédent)",
            "export.csv:4: «\u{A0}Infirmier·e (Kobo aaaa1111)\u{A0}» est déjà dans la campagne (import précédent)"])
        let labels = try setup.store.campaigns.respondents(campaignID: setup.imported).map(\.label).sorted()
        #expect(labels == ["Infirmier·e (Kobo aaaa1111)", "Médecin généraliste (Kobo bbbb2222)", "Sage-femme (Kobo cccc3333)"])
        // The same export once more: nobody new, said plainly.
        let again = try importing(Data(next.utf8), .kobo, into: setup).get()
        #expect(again.lines.first == "KoboToolbox\u{A0}: aucune personne ajoutée à la campagne.")
        #expect(try setup.store.campaigns.respondents(campaignID: setup.imported).count == 3)
    }

    /// Kobo's « labels » export: option labels instead of codes, a multiple choice as labels one after the other.
    @Test func koboLabelsAreAcceptedForCodes() throws {
        let setup = try Self.campaigns()
        let item = try #require(setup.survey.item("partage-quoi"))
        let labels = item.options.prefix(2).map(\.label).joined(separator: " ")
        let text = "profil/profession;partage/partage-quoi\r\nMédecin généraliste;\(labels)\r\n"
        _ = try importing(Data(text.utf8), .kobo, into: setup).get()
        let stored = try Self.stored(setup.imported, in: setup)
        let codes = item.options.prefix(2).map(\.code).joined(separator: "|")
        #expect(stored.first?.contains("partage-quoi=\(codes),profession=medecin-generaliste") == true)
    }

    @Test func aFileNoEncodingDecodesIsRefusedAtItsLine() throws {
        let setup = try Self.campaigns()
        let problems = try #require(importing(Data("profil/profession\nA\u{0}B\n".utf8), .kobo, into: setup).failure)
        #expect(problems.issues.map(\.line) == [2])
        #expect(problems.issues.first?.message.hasPrefix("ni UTF-8, ni UTF-16, ni Windows-1252") == true)
    }

    @Test func limeSurveyCodesTwoQuestionsShareAreRefused() throws {
        let base = TinySurvey.definition
        var sections = base.questionnaire.sections
        sections[0].items.append(Item(id: "visitesdomicile", text: "Doublon", kind: .boolean))
        let survey = SurveyDefinition(professions: base.professions, questionnaire: Questionnaire(
            id: "mini", version: "1", title: "Mini", scales: base.questionnaire.scales, sections: sections), grid: base.grid, rules: base.rules)
        let store = try TestStores.make()
        let team = try store.teams.add(name: "Équipe", fictional: true)
        let (campaign, _) = try CampaignSetup(database: store, survey: survey).create(team: team, name: "C", respondents: [])
        let text = "id,submitdate,profession\n1,2026-11-30,infirmier\n"
        let problems = try #require(try SurveyToolImport(database: store, survey: survey)
            .importFile(Data(text.utf8), name: "lime.csv", from: .limesurvey, campaignID: campaign.id).failure)
        #expect(problems.issues.map(\.description) == ["lime.csv:1: les questions «\u{A0}visites-domicile\u{A0}» et «\u{A0}visitesdomicile\u{A0}» "
            + "ont le même code LimeSurvey «\u{A0}visitesdomicile\u{A0}» (LimeSurvey ne garde que les lettres et les chiffres)\u{A0}: "
            + "renommez l'une d'elles dans le questionnaire"])
    }
}

extension Result {
    var failure: Failure? { if case .failure(let failure) = self { failure } else { nil } }
}
