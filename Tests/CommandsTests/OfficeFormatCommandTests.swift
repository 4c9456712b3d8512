import Foundation
import Store
import TestSupport
import Testing

/// `report … --format pdf|docx|odt`, `export ID --format zip` and the demo's file names: real files, read back by
/// Python's `zipfile`; what is printed when a tool is missing. One conversion per format, not per document.
@Suite("Documents en PDF, DOCX, ODT et ZIP de campagne (ligne de commande)", .serialized)
struct OfficeFormatCommandTests {
    static let date = "2026-11-23"
    static let team = "msp-des-hirondelles-fictive"

    /// A scratch federation with the demo campaign, answered.
    struct Federation {
        let scratch: Scratch
        var common: [String] { scratch.campaignOptions }

        init() throws {
            scratch = try Scratch()
            try scratch.addDemoCampaign()
        }

        func comparison(_ format: String, environment: [String: String] = [:], status: Int32 = 0, stderr: String? = nil) throws -> CommandOutcome {
            try expectCommand(["report", "comparison", "--campaign", "1", "--date", OfficeFormatCommandTests.date, "--format", format,
                               "--out", scratch.path("fiche.\(format)")] + common, status: status, stderr: stderr, environment: environment)
        }
    }

    @Test func theComparativeSheetIsPrintedToPDF() throws {
        let federation = try Federation()
        defer { federation.scratch.remove() }
        try federation.comparison("pdf", stderr: "Document écrit\u{A0}: \(federation.scratch.path("fiche.pdf"))")
        let pdf = try Data(contentsOf: federation.scratch.file("fiche.pdf"))
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(pdf.count > 20_000, "a real print of several pages, charts included: \(pdf.count) bytes")
    }

    /// Word and LibreOffice files: the heading's text, tables as tables across the page's width (`OfficeStyles`),
    /// and the two charts as PNG pictures.
    @Test(arguments: [("docx", "word/document.xml", "word/media/", "<w:tbl>", "<w:tblW w:type=\"pct\" w:w=\"5000\" />"),
                      ("odt", "content.xml", "Pictures/", "<table:table ", "style:rel-width=\"100%\"")])
    func theComparativeSheetIsAnOfficeDocumentWithItsCharts(format: String, body: String, media: String, table: String, fullWidth: String) throws {
        let federation = try Federation()
        defer { federation.scratch.remove() }
        let temporary = federation.scratch.file("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        try federation.comparison(format, environment: ["TMPDIR": temporary.path])
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [], "the conversion's temporary files are removed")
        let parts = try ZipParts.read(federation.scratch.file("fiche.\(format)"))
        let text = try #require(parts.texts[body], "\(parts.names)")
        #expect(text.contains("Fiche comparative des logiciels — MSP des Hirondelles (fictive)"))
        #expect(text.contains("Comment lire ce classement"))
        #expect(text.contains(table))
        #expect(text.contains(fullWidth))
        let pictures = parts.names.filter { $0.hasPrefix(media) && $0.hasSuffix(".png") }
        #expect(pictures.count == 2, "the score chart and the heat map: \(parts.names)")
        #expect(pictures.allSatisfy { parts.heads[$0]?.hasPrefix("\u{89}PNG") == true })
        if format == "docx" {
            // Printed like the PDF: A4, French, tables with borders (pandoc's own reference document has none).
            #expect(text.contains("<w:pgSz w:h=\"16838\" w:w=\"11906\" />"))
            let styles = try #require(parts.texts["word/styles.xml"])
            #expect(styles.contains("w:val=\"fr-FR\"") && styles.contains("<w:tblBorders>"))
        }
    }

    /// No Chromium, no pandoc on the PATH: the package to install is named, exit 69, no file.
    @Test(arguments: [
        ("pdf", "erreur : PDF impossible : Chromium n'est pas installé (paquet Debian chromium ; lancez scripts/setup)."),
        ("docx", "erreur : DOCX impossible : pandoc n'est pas installé (paquet Debian pandoc ; lancez scripts/setup)."),
    ])
    func aMissingToolIsSaidWithItsPackage(format: String, message: String) throws {
        let federation = try Federation()
        defer { federation.scratch.remove() }
        let outcome = try federation.comparison(format, environment: ["PATH": "/nonexistent"], status: 69)
        #expect(outcome.stderr.replacingOccurrences(of: "\u{00A0}", with: " ") == message + "\n")
        #expect(!FileManager.default.fileExists(atPath: federation.scratch.path("fiche.\(format)")))
    }

    /// The campaign's ZIP on a machine with Chromium but without pandoc: every document in md, html and pdf (named
    /// with team and date), the exports, and a LISEZMOI that says DOCX and ODT are missing and why.
    @Test func theCampaignZipHoldsItsDocumentsAndExports() throws {
        let federation = try Federation()
        defer { federation.scratch.remove() }
        let tools = federation.scratch.file("outils")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: tools.appendingPathComponent("chromium"),
                                                   withDestinationURL: URL(fileURLWithPath: "/usr/lib/chromium/chromium"))
        let zipName = "campagne_\(Self.team)_\(Self.date).zip"
        let outcome = try expectCommand(["export", "1", "--format", "zip", "--date", Self.date, "--out", federation.scratch.path("zip")]
                                        + federation.common, environment: ["PATH": tools.path])
        let lines = outcome.stdout.replacingOccurrences(of: "\u{00A0}", with: " ").split(separator: "\n").map(String.init)
        #expect(lines.first == "Fichier écrit : \(federation.scratch.path("zip/\(zipName)")) (45 fichiers)")
        #expect(lines.dropFirst() == [
            "  manquant : DOCX impossible : pandoc n'est pas installé (paquet Debian pandoc ; lancez scripts/setup).",
            "  manquant : ODT impossible : pandoc n'est pas installé (paquet Debian pandoc ; lancez scripts/setup).",
        ])
        let parts = try ZipParts.read(federation.scratch.file("zip/\(zipName)"))
        #expect(parts.names.first == "LISEZMOI.txt")
        for slug in ["synthese-maturite", "fiche-comparative", "plan-de-projet", "consultation-editeurs"] {
            for format in ["md", "html", "pdf"] { #expect(parts.names.contains("documents/\(slug)_\(Self.team)_\(Self.date).\(format)")) }
            #expect(parts.heads["documents/\(slug)_\(Self.team)_\(Self.date).pdf"]?.hasPrefix("%PDF-") == true)
        }
        #expect(!parts.names.contains { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") })
        #expect(parts.names.contains("documents/reponse-consultation.csv"))
        #expect(parts.names.contains("export-csv/reponses.csv") && parts.names.contains("export-fhir/reponses-bundle.json"))
        // The workbook beside the CSV, the offline questionnaire in every ZIP.
        #expect(parts.names.contains("export-xlsx/reponses-\(Self.team)-campagne-1.xlsx"))
        #expect(parts.names.contains("questionnaire-hors-ligne/questionnaire-\(Self.team)-campagne-1.xlsx"))
        #expect(parts.names.contains("export-csv/codebook.csv"))
        #expect(parts.names.contains("calendriers/jalons_\(Self.team)_\(Self.date).ics"))
        let readMe = try #require(parts.texts["LISEZMOI.txt"])
        #expect(readMe.hasPrefix("Campagne «\u{00A0}Recueil des besoins\u{00A0}» de l'équipe «\u{00A0}MSP des Hirondelles (fictive)\u{00A0}», fichiers du 23 novembre 2026.\r\n"))
        #expect(readMe.contains("- DOCX impossible\u{00A0}: pandoc n'est pas installé (paquet Debian pandoc\u{00A0}; lancez scripts/setup).\r\n"))
        #expect(readMe.contains("- export-csv/reponses.csv\r\n"))
    }

    /// The demo names its documents with the team and the date, and still runs without the office tools, saying so.
    @Test func theDemoNamesItsFilesWithTeamAndDate() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let outcome = try expectCommand(["demo", "--out", scratch.path("x"), "--date", Self.date, "--catalog", Checkout.catalog.path],
                                        environment: ["PATH": "/nonexistent"])
        for format in ["md", "html"] {
            #expect(FileManager.default.fileExists(atPath: scratch.path("x/fiche-comparative_\(Self.team)_\(Self.date).\(format)")))
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path("x/fiche-comparative.html")))
        let printed = outcome.stdout.replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(printed.contains("  manquant : PDF impossible : Chromium n'est pas installé (paquet Debian chromium ; lancez scripts/setup).\n"))
        #expect(printed.contains("  manquant : ODT impossible : pandoc n'est pas installé (paquet Debian pandoc ; lancez scripts/setup).\n"))
    }
}

extension OfficeFormatCommandTests {
    /// `compare` prints the comparative sheet of `report comparison`, here as a PDF's bytes for a redirection.
    @Test func comparePrintsThePDFOfTheSheet() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let process = Process()
        process.executableURL = BuiltExecutable.url
        process.arguments = ["compare", "--needs", Checkout.demo.appendingPathComponent("needs.yaml").path, "--products", "demo",
                             "--date", Self.date, "--format", "pdf", "--catalog", Checkout.catalog.path]
        FileManager.default.createFile(atPath: scratch.path("fiche.pdf"), contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: scratch.file("fiche.pdf"))
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: try Data(contentsOf: scratch.file("fiche.pdf")).prefix(5), as: UTF8.self) == "%PDF-")
    }
}
