import Application
import Foundation
import Store
import Survey
import Testing
import TestSupport

/// `sipadvisor answers import ID FILE --from kobo|limesurvey`: what it prints, its exit status, what it writes.
@Suite("Import d'exports KoboToolbox et LimeSurvey", .serialized)
struct SurveyToolImportCommandTests {
    /// The demo team on a database file, with an empty campaign (number 2) to import into.
    static func prepared(_ scratch: Scratch) throws -> SurveyDefinition {
        let run = try Checkout.loadRun()
        let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
        let built = try DemoFixture.build(on: store, run: run, answered: false)
        _ = try CampaignSetup(database: store, survey: run.survey).create(team: built.team, name: "Tablettes", respondents: [])
        return run.survey
    }

    static let byProfession = "Par profession\u{A0}: Médecin généraliste 4, Infirmier·e 3, Masseur-kinésithérapeute 2, Pharmacien·ne 1, "
        + "Orthophoniste 1, Coordinateur·rice 1."

    @Test func aKoboExportIsImportedAndCountedByProfession() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let survey = try Self.prepared(scratch)
        let people = try SurveyToolExports.demoAnswers()
        try scratch.write("kobo.csv", SurveyToolExports.csv(SurveyToolExports.kobo(people, survey: survey)))
        let answers = people.map(\.answers.count).reduce(0, +)
        try expectCommand(["answers", "import", "2", scratch.path("kobo.csv"), "--from", "kobo"] + scratch.campaignOptions, stdout: """
            KoboToolbox\u{A0}: 12 personne(s) ajoutée(s) à la campagne avec \(answers) réponse(s).
            \(Self.byProfession)
            12 personne(s) sur 12 ont répondu (toutes les questions obligatoires renseignées)\u{A0}; les autres restent «\u{A0}en cours\u{A0}» et ne comptent pas dans la synthèse.
            """, stderr: "")
        #expect(try AppDatabase.file(path: scratch.path("f.sqlite")).campaigns.respondents(campaignID: 2).count == 12)
    }

    @Test func aLimeSurveyExportSaysWhichResponsesWereNeverSubmitted() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let survey = try Self.prepared(scratch)
        var rows = SurveyToolExports.limeSurvey(try SurveyToolExports.demoAnswers(), survey: survey)
        rows = [rows[0], rows[1], rows[5]]
        rows[2][1] = ""
        try scratch.write("lime.csv", SurveyToolExports.csv(rows, separator: ","))
        let result = try BuiltExecutable.run(["answers", "import", "2", scratch.path("lime.csv"), "--from", "limesurvey"] + scratch.campaignOptions)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("LimeSurvey\u{A0}: 1 personne(s) ajoutée(s) à la campagne avec ") == true)
        #expect(lines.dropFirst().first == "Par profession\u{A0}: Médecin généraliste 1.")
        #expect(lines.last == "Ligne ignorée\u{A0}: \(scratch.path("lime.csv")):3: réponse jamais envoyée («\u{A0}submitdate\u{A0}» vide)")
    }

    @Test func everyProblemIsPrintedWithItsRowAndColumnAndNothingIsWritten() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try Self.prepared(scratch)
        try scratch.write("kobo.csv", """
            repondant;profil/profession;profil/annees-exercice;profil/visites-domicile;profil/couleur;_uuid
            A;infirmier;douze;true;bleu;u1
            B;infirmier;3;peut-être;;u2

            """)
        let file = scratch.path("kobo.csv")
        try expectCommand(["answers", "import", "2", file, "--from", "kobo"] + scratch.campaignOptions, status: 65, stdout: "", stderr: """
            \(file):1: colonne E («\u{A0}profil/couleur\u{A0}»)\u{A0}: aucune question «\u{A0}couleur\u{A0}» dans le questionnaire
            \(file):2: colonne C («\u{A0}profil/annees-exercice\u{A0}»), valeur «\u{A0}douze\u{A0}»\u{A0}: «\u{A0}douze\u{A0}» n'est pas un nombre entier (question «\u{A0}annees-exercice\u{A0}»)
            \(file):3: colonne D («\u{A0}profil/visites-domicile\u{A0}»), valeur «\u{A0}peut-être\u{A0}»\u{A0}: «\u{A0}peut-être\u{A0}»\u{A0}: oui ou non attendu (question «\u{A0}visites-domicile\u{A0}»)
            3 erreurs\u{A0}: rien n'a été écrit.
            """)
        #expect(try AppDatabase.file(path: scratch.path("f.sqlite")).campaigns.respondents(campaignID: 2).isEmpty)
    }

    /// The product's own long file saved by Excel as a French CSV (Windows-1252, `;`) or as « texte Unicode »
    /// (UTF-16 LE, tabs): read with its accents, not refused as one column.
    @Test(arguments: ["windows-1252", "utf-16"])
    func theProductsOwnAnswersFileIsReadInExcelsEncodings(encoding: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try Self.prepared(scratch)
        let separator = encoding == "utf-16" ? "\t" : ";"
        let text = ["repondant", "question", "valeur"].joined(separator: separator) + "\r\n"
            + ["IDE 1", "logiciel-metier", "Médiclic édition été"].joined(separator: separator) + "\r\n"
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let bytes: [UInt8] = encoding == "utf-16" ? utf16 : text.unicodeScalars.map { UInt8($0.value) }
        try Data(bytes).write(to: scratch.file("a.csv"))
        let result = try BuiltExecutable.run(["answers", "import", "1", scratch.path("a.csv")] + scratch.campaignOptions)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("1 réponse(s) individuelle(s) et 0 réponse(s) d'équipe importées."))
        let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
        let ide = try #require(try store.campaigns.respondents(campaignID: 1).first { $0.label == "IDE 1" })
        #expect(try store.answers.of(respondentID: ide.id) == ["logiciel-metier": "Médiclic édition été"])
    }
}
