import Application
import Foundation
import Reports
import Testing

/// The naming rule of every file given to a user, and the conversion's refusals when a tool is missing.
@Suite("Formats bureautiques : noms de fichiers et outils absents")
struct OfficeFormatTests {
    @Test(arguments: [
        ("MSP des Tilleuls", "fiche-comparative_msp-des-tilleuls_2026-12-02.pdf", "fiche-comparative_msp-des-tilleuls_2026-12-02.pdf"),
        ("Maison de santé de l'Étang (fictive)", "fiche-comparative_maison-de-sante-de-l-etang-fictive_2026-12-02.pdf",
         "fiche-comparative_maison-de-santé-de-l-étang-fictive_2026-12-02.pdf"),
        ("Cœur d'Œuvre / Saint-Jean", "fiche-comparative_coeur-d-oeuvre-saint-jean_2026-12-02.pdf",
         "fiche-comparative_coeur-d-oeuvre-saint-jean_2026-12-02.pdf"),
        ("../../etc/passwd\"; x=y", "fiche-comparative_etc-passwd-x-y_2026-12-02.pdf", "fiche-comparative_etc-passwd-x-y_2026-12-02.pdf"),
        ("???", "fiche-comparative_2026-12-02.pdf", "fiche-comparative_2026-12-02.pdf"),
    ])
    func aDownloadIsNamedWithItsTeamAndDay(team: String, ascii: String, unicode: String) {
        let name = DownloadName(document: "fiche-comparative", subject: team, date: "2026-12-02", fileExtension: "pdf")
        #expect(name.ascii == ascii)
        #expect(name.unicode == unicode)
        #expect(name.ascii.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
    }

    @Test func theContentDispositionGivesBothForms() {
        let name = DownloadName(document: "plan-de-projet", subject: "Pôle Santé", date: "2026-12-02", fileExtension: "docx")
        #expect(name.contentDisposition
                == "attachment; filename=\"plan-de-projet_pole-sante_2026-12-02.docx\"; filename*=UTF-8''plan-de-projet_p%C3%B4le-sant%C3%A9_2026-12-02.docx")
    }

    @Test func twoTeamsNeverShareAName() {
        let names = ["MSP des Tilleuls", "MSP des Saules"].map {
            DownloadName(document: "synthese-maturite", subject: $0, date: "2026-12-02", fileExtension: "pdf").ascii
        }
        #expect(names[0] != names[1])
    }

    static let document = ReportDocument(title: "Essai", slug: "essai", source: "# Essai\n\n⟦graphique:a⟧\n",
                                         charts: ["a": "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 50\"></svg>"])

    /// Without the tools, each office format says which Debian package to install; Markdown and HTML need none.
    @Test(arguments: [
        (DocumentFormat.pdf, "PDF impossible\u{00A0}: Chromium n'est pas installé (paquet Debian chromium\u{00A0}; lancez scripts/setup)."),
        (.docx, "DOCX impossible\u{00A0}: pandoc n'est pas installé (paquet Debian pandoc\u{00A0}; lancez scripts/setup)."),
        (.odt, "ODT impossible\u{00A0}: pandoc n'est pas installé (paquet Debian pandoc\u{00A0}; lancez scripts/setup)."),
    ])
    func aMissingToolIsNamedWithItsPackage(format: DocumentFormat, message: String) throws {
        let conversion = OfficeConversion(toolbox: OfficeToolbox(searchPath: []))
        let failure = #expect(throws: OfficeConversion.Failure.self) { try conversion.data(Self.document, as: format) }
        #expect(failure?.description == message)
        #expect(try conversion.data(Self.document, as: .md).count > 0)
        #expect(try conversion.data(Self.document, as: .html).count > 0)
    }

    /// pandoc alone is not enough for a document with charts: they are drawn by rsvg-convert (librsvg2-bin).
    @Test func chartsNeedRsvgConvert() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("outils-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createSymbolicLink(at: scratch.appendingPathComponent("pandoc"), withDestinationURL: URL(fileURLWithPath: "/bin/true"))
        let conversion = OfficeConversion(toolbox: OfficeToolbox(searchPath: [scratch.path]))
        #expect(conversion.missingTools(for: .docx, charts: true) == [.rsvgConvert])
        #expect(conversion.missingTools(for: .docx, charts: false) == [])
        let failure = #expect(throws: OfficeConversion.Failure.self) { try conversion.data(Self.document, as: .docx) }
        #expect(failure == .missingTool(.docx, .rsvgConvert))
        #expect(failure?.description.contains("paquet Debian librsvg2-bin") == true)
    }
}
