import Foundation
import Store
import TestSupport
import Testing

/// `sipadvisor export ID --format xlsx|xlsform`: what it prints, the files it writes, the audit of individual answers.
@Suite("Export en classeur XLSX et en XLSForm", .serialized)
struct SpreadsheetExportCommandTests {
    @Test(arguments: [
        ("xlsx", "reponses-msp-des-hirondelles-fictive-campagne-1.xlsx", true),
        ("xlsform", "questionnaire-msp-des-hirondelles-fictive-campagne-1.xlsx", false),
    ])
    func writesOneWorkbookNamedForTheTeam(_ format: String, _ file: String, _ holdsAnswers: Bool) throws {
        try Scratch.using { scratch in
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            try DemoFixture.build(on: store, run: try Checkout.loadRun())
            let out = scratch.path("sortie")
            try expectCommand(["export", "1", "--format", format, "--out", out] + scratch.campaignOptions,
                              stdout: "1 fichier(s) écrit(s) dans \(out)\u{A0}: \(file)\n", stderr: "")
            let bytes = try Data(contentsOf: scratch.file("sortie/\(file)"))
            #expect(bytes.starts(with: Array("PK".utf8)))   // an Office Open XML file is a ZIP archive
            #expect(try store.auditLog.all(kind: .answersExport).map(\.detail) == (holdsAnswers ? [file] : []))
        }
    }
}
