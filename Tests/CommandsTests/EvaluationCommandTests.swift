import Application
import Foundation
import Reports
import Store
import Survey
import TestSupport
import Testing

/// `sipadvisor evaluation create|close` and `report evaluation`: what they print, their French errors naming the
/// option, and nothing written on error.
@Suite("Commandes d'évaluation de démonstration")
struct EvaluationCommandTests {
    static let day = "2026-11-12"

    /// Sheets saved as the web saves them: `people` with one choice on every scenario.
    func score(_ store: AppDatabase, evaluation id: Int64, people: [(String, DemoChoice, String?)]) throws {
        let run = try Checkout.loadRun()
        let evaluations = DemoEvaluation(store: store, reference: run.catalog, survey: run.survey)
        let snapshot = try evaluations.snapshot(id)
        for (profession, choice, comment) in people {
            let sheet = try evaluations.startSheet(evaluation: snapshot.evaluation, profession: profession, name: "")
            let scores = Dictionary(uniqueKeysWithValues: snapshot.scenarios.map { ($0.id, (choice: Optional(choice.rawValue), comment: comment)) })
            try evaluations.save(sheet: sheet, EvaluationSheetChange(profession: profession, name: nil, scores: scores))
        }
    }

    @Test func createPrintsTheGridAndThePhonesLinkThenCloseRecordsAndReportSynthesises() throws {
        try Scratch.using { scratch in
            let common = scratch.campaignOptions
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            try DemoFixture.build(on: store, run: try Checkout.loadRun())
            let created = try BuiltExecutable.run(["evaluation", "create", "--campaign", "1", "--product", "vadrouille", "--date", Self.day,
                                                   "--base-url", "https://sip.example.org"] + common)
            #expect(created.status == 0, "\(created.stderr)")
            let scenarios = try #require(try store.evaluations.snapshot(id: 1)).scenarios
            let token = try #require(try store.evaluations.find(id: 1)).token
            let lines = created.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines[0] == "Évaluation n° 1 préparée\u{00A0}: démonstration de Vadrouille Soins (fictif) le 12 novembre 2026, \(scenarios.count) scénario(s).")
            #expect(lines[1] == "Lien à ouvrir sur les téléphones (sans compte\u{00A0}; chacun·e indique sa profession)\u{00A0}:")
            #expect(lines[2] == "https://sip.example.org/d/\(token)")
            #expect(lines[4] == "| N° | Critère | Scénario |")
            #expect(lines[6] == "| 1 | \(scenarios[0].criterionId)\(scenarios[0].mustHave ? " (éliminatoire)" : "") | \(scenarios[0].text) |")
            #expect(created.stderr.isEmpty)

            try score(store, evaluation: 1, people: [("infirmier", .convincing, "Tournée\nvue en entier"), ("infirmier", .reservations, nil),
                                                     ("pharmacien", .unavailable, nil)])
            let report = try BuiltExecutable.run(["report", "evaluation", "--evaluation", "1", "--date", "2026-12-01"] + common)
            #expect(report.status == 0, "\(report.stderr)")
            #expect(report.stdout.contains("**Évaluation encore ouverte**"))
            #expect(report.stdout.contains("| Infirmier·e | 1 | 1 | 0 | 0 |"))
            // One pharmacist present: not shown on their own, still counted in the verdict.
            #expect(!report.stdout.contains("| Pharmacien"))
            #expect(report.stdout.contains("1 avis d'une profession représentée par une seule personne"))
            #expect(report.stdout.contains("- Tournée vue en entier"))

            let closed = try BuiltExecutable.run(["evaluation", "close", "--evaluation", "1", "--by", "dim@example.org"] + common)
            #expect(closed.status == 0, "\(closed.stderr)")
            let printed = closed.stdout.split(separator: "\n").map(String.init)
            #expect(printed[0] == "Évaluation n° 1 close\u{00A0}: démonstration du 12 novembre 2026, 3 professionnels de 2 professions.")
            #expect(printed[1] == "\(scenarios.count) fait(s) «\u{00A0}vu en démonstration\u{00A0}» enregistré(s) pour l'équipe «\u{00A0}MSP des Hirondelles (fictive)\u{00A0}», 0 inchangé(s).")
            // Nurses ¾, the pharmacist 0: (0.75 + 0) / 2 = 0.375, "with reservations": seen, so `oui`.
            #expect(printed[4] == "| 1 | \(scenarios[0].criterionId) | vu avec réserves | oui (vu en démonstration) |")
            try expectCommand(["evaluation", "close", "--evaluation", "1"] + common, status: 65,
                              stderr: "erreur\u{00A0}: --evaluation\u{00A0}: n° 1 déjà close le \(FrenchDate.long(Date()))")
        }
    }

    @Test(arguments: [
        (["--campaign", "1", "--product", "inconnu", "--date", day], "erreur\u{00A0}: --product\u{00A0}: inconnu «\u{00A0}inconnu\u{00A0}» (voir sipadvisor product list)"),
        (["--campaign", "1", "--product", "vadrouille", "--date", "12/11/2026"],
         "erreur\u{00A0}: --date\u{00A0}: attendu\u{00A0}: le jour de la démonstration, AAAA-MM-JJ (par exemple 2027-03-12)"),
        (["--campaign", "9", "--product", "vadrouille", "--date", day], "erreur\u{00A0}: --campaign\u{00A0}: n° 9 inconnue"),
    ])
    func createRefusesBadInputNamingTheOptionAndWritesNothing(arguments: [String], message: String) throws {
        try Scratch.using { scratch in
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            try DemoFixture.build(on: store, run: try Checkout.loadRun())
            try expectCommand(["evaluation", "create"] + arguments + scratch.campaignOptions, status: 65, stdout: "", stderr: message)
            #expect(try store.evaluations.all(campaignID: 1).isEmpty)
        }
    }

    @Test func closingWithoutSheetsIsRefusedAndWritesNothing() throws {
        try Scratch.using { scratch in
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            try DemoFixture.build(on: store, run: try Checkout.loadRun())
            _ = try BuiltExecutable.run(["evaluation", "create", "--campaign", "1", "--product", "vadrouille", "--date", Self.day] + scratch.campaignOptions)
            let outcome = try expectCommand(["evaluation", "close", "--evaluation", "1"] + scratch.campaignOptions, status: 65, stdout: "")
            #expect(outcome.stderr.hasPrefix("erreur\u{00A0}: --evaluation\u{00A0}: aucune fiche remplie"))
            #expect(try store.evaluations.find(id: 1)?.isClosed == false)
            #expect(try store.products.currentFacts(team: 1).allSatisfy { $0.teamId == nil })
        }
    }
}
