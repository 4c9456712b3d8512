import Comparator
import Foundation
import Store
import Survey
import TestSupport
import Testing

/// What a DIM does from the CLI alone, on the fictional demo team: 13 invited, 12 answers, 6 professions.
@Suite("Parcours du DIM en ligne de commande", .serialized)
struct DIMWorkflowTests {
    @Test func fromTeamToComparisonAndExports() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let common = ["--catalog", Checkout.catalog.path, "--database", scratch.path("federation.sqlite")]
        #expect(runInProcess(["team", "add", "--name", "MSP des Hirondelles (fictive)", "--fictional"] + common) == 0)
        #expect(runInProcess(["campaign", "create", "--team", "MSP des Hirondelles (fictive)", "--respondents",
                     Checkout.catalog.appendingPathComponent("demo/respondents.csv").path] + common) == 0)

        // A file with one bad row is rejected whole.
        try scratch.write("bad.csv", "repondant;question;valeur\nIDE 1;visites-domicile;oui\nIDE 1;besoin-facturation-ide;énormément\n")
        let refused = try expectCommand(["answers", "import", "1", scratch.path("bad.csv")] + common, status: 65, stdout: "")
        #expect(refused.stderr.contains("bad.csv:3: "), "\(refused.stderr)")
        let store = try AppDatabase.file(path: scratch.path("federation.sqlite"))
        #expect(try store.campaigns.snapshot(campaignID: 1).answers.isEmpty)

        #expect(runInProcess(["answers", "import", "1", Checkout.catalog.appendingPathComponent("demo/answers.csv").path] + common) == 0)
        let status = try expectCommand(["campaign", "status", "1"] + common, stderr: "")
        #expect(status.stdout.contains("Infirmier·e"), "\(status.stdout)")
        let assess = try expectCommand(["assess", "1"] + common, stderr: "")
        #expect(assess.stdout.hasPrefix("# Synthèse de maturité — MSP des Hirondelles (fictive)"), "\(assess.stdout)")

        let (catalog, survey) = try Checkout.loadSurvey()
        let (profile, plan) = try store.profile(campaignID: 1, definition: survey, criteria: catalog.criteria)
        #expect(profile.answered >= 10)
        #expect(profile.professions.filter { $0.answered > 0 }.count >= 5)
        #expect(profile.missingProfessions == ["dieteticien"])
        #expect(profile.readiness.verdict != .prete)
        #expect(!profile.needs.weights.isEmpty)
        #expect(profile.needs.mustHaves.contains { $0.criterion == "BES-FACT-IDE" })
        #expect(!plan.isEmpty)

        try expectCommand(["plan", "1", "--dimension", plan[0].dimension, "--lead", "Coordinatrice", "--due", "2027-03-31"] + common,
                          stderr: "")
        let badDate = try expectCommand(["plan", "1", "--dimension", plan[0].dimension, "--due", "31/03/2027"] + common, status: 64, stdout: "")
        #expect(badDate.stderr.contains("--due"), "\(badDate.stderr)")
        #expect(try store.actionPlans.saved(campaignID: 1).first?.lead == "Coordinatrice")

        let compare = try expectCommand(["compare", "--campaign", "1", "--draws", "100"] + common, stderr: "")
        #expect(compare.stdout.hasPrefix("# Fiche comparative"), "\(compare.stdout)")
        let both = try expectCommand(["compare", "--campaign", "1", "--needs", "x.yaml"] + common, status: 64, stdout: "")
        #expect(both.stderr.contains("Donnez soit --needs FICHIER.yaml, soit --campaign NUMÉRO."), "\(both.stderr)")

        #expect(runInProcess(["export", "1", "--format", "csv", "--out", scratch.path("csv")] + common) == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: scratch.path("csv/reponses-tableur.csv")))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))   // byte-order mark: spreadsheet software reads UTF-8
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("repondant;profession;section;question;valeur"))
        #expect(csv.contains("\r\n"))

        #expect(runInProcess(["export", "1", "--format", "fhir", "--out", scratch.path("fhir")] + common) == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: scratch.path("fhir")).sorted()
        #expect(files.contains("questionnaire.json") && files.contains("reponses-bundle.json"))
        #expect(files.filter { $0.hasPrefix("reponse-") }.count == 13)   // 12 respondents + the team
        let validation = try validateFHIR(["questionnaire.json", "questionnaire-equipe.json", "reponses-bundle.json"]
                                          + files.filter { $0.hasPrefix("reponse-") },
                                          in: scratch.path("fhir"))
        #expect(validation.status == 0, "\(validation.output)")

        // The validator is not a rubber stamp: an unknown element and a wrong type are refused.
        var broken = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: scratch.path("fhir/reponse-001.json")))) as! [String: Any]
        broken["statut"] = "fini"
        broken["status"] = 3
        try JSONSerialization.data(withJSONObject: broken).write(to: URL(fileURLWithPath: scratch.path("fhir/broken.json")))
        #expect(try validateFHIR(["broken.json"], in: scratch.path("fhir")).status != 0)
    }

    @Test(arguments: [
        "identifiant,profession\nIDE 1,astronaute\n",
        "identifiant,profession\nIDE 1,infirmier\nIDE 1,infirmier\n",
        "nom,metier\nIDE 1,infirmier\n",
    ])
    func badRespondentFilesCreateNothing(text: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let common = ["--catalog", Checkout.catalog.path, "--database", scratch.path("f.sqlite")]
        #expect(runInProcess(["team", "add", "--name", "MSP"] + common) == 0)
        try scratch.write("r.csv", text)
        let refused = try expectCommand(["campaign", "create", "--team", "MSP", "--respondents", scratch.path("r.csv")] + common,
                                        status: 65, stdout: "")
        #expect(refused.stderr.contains("r.csv:"), "\(refused.stderr)")
        #expect(try AppDatabase.file(path: scratch.path("f.sqlite")).campaigns.all().isEmpty)
    }

    private func validateFHIR(_ files: [String], in directory: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Checkout.root.appendingPathComponent("scripts/validate_fhir.py").path] + files
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
