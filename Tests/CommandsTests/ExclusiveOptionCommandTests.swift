import Foundation
import Store
import TestSupport
import Testing

/// The exclusive option ("Rien pour l'instant") with another: `answers import` and `export --format fhir` refuse it,
/// exit 65, and say where.
@Suite("Option exclusive en ligne de commande", .serialized)
struct ExclusiveOptionCommandTests {
    @Test func theCSVImportRefusesAnExclusiveOptionWithAnother() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let common = scratch.campaignOptions
        try DemoFixture.build(on: try AppDatabase.file(path: scratch.path("f.sqlite")), run: try Checkout.loadRun(), answered: false)
        try scratch.write("a.csv", "repondant;question;valeur\nIDE 1;partage-quoi;photos|rien\n")
        let result = try BuiltExecutable.run(["answers", "import", "1", scratch.path("a.csv")] + common)
        #expect(result.status == 65)
        #expect(result.stderr.contains("a.csv:2: «\u{A0}Rien pour l'instant\u{A0}» ne peut pas être coché avec une autre réponse"))
        #expect(try AppDatabase.file(path: scratch.path("f.sqlite")).campaigns.snapshot(campaignID: 1).answers.isEmpty)
    }

    @Test func theFHIRExportRefusesAnExclusiveOptionWithAnother() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // Written behind the validation's back, as an old database could hold it.
        let common = scratch.campaignOptions
        let built = try DemoFixture.build(on: try AppDatabase.file(path: scratch.path("f.sqlite")), run: try Checkout.loadRun(),
                                           answered: false)
        try built.store.savePage(respondentID: try built.respondent("IDE 1").id, answers: ["partage-quoi": "photos|rien"])
        let result = try BuiltExecutable.run(["export", "1", "--format", "fhir", "--out", scratch.path("fhir")] + common)
        #expect(result.status == 65)
        #expect(result.stderr.contains("réponse de «\u{A0}IDE 1\u{A0}» non exportable en FHIR"))
        #expect(result.stderr.contains("ne peut pas être coché avec une autre réponse (question «\u{00A0}partage-quoi\u{00A0}»)"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("fhir/reponses-bundle.json")))
    }
}
