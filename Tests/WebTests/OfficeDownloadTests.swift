import Application
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Store
import TestSupport
import Testing
import Web

/// The documents' PDF, DOCX and ODT downloads on the web, their names (team and date), the campaign's ZIP and the
/// French page when a tool is missing.
@Suite("Téléchargements PDF, DOCX, ODT et ZIP (web)")
struct OfficeDownloadTests {
    /// `WebFixture.now`'s day.
    static let day = "2033-05-18"
    static let noTools = OfficeConversion(toolbox: OfficeToolbox(searchPath: []))

    @Test func theComparativeSheetDownloadsAsPDFNamedWithTeamAndDate() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { _, visitor in
            let response = try await visitor.get("/campagnes/1/telechargements/fiche-comparative.pdf")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/pdf")
            let name = "fiche-comparative_msp-des-hirondelles-fictive_\(Self.day).pdf"
            #expect(response.headers[.contentDisposition] == "attachment; filename=\"\(name)\"; filename*=UTF-8''\(name)")
            #expect(Array(response.body.readableBytesView.prefix(5)) == Array("%PDF-".utf8))
        }
    }

    /// The same document of two teams, the same day: two names.
    @Test func twoTeamsFilesHaveDifferentNames() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let ours = try await visitor.get("/campagnes/1/telechargements/synthese-maturite.md")
            let theirs = try await visitor.get("/campagnes/\(fixture.otherTeamCampaign)/telechargements/synthese-maturite.md")
            #expect(ours.headers[.contentDisposition]?.contains("filename=\"synthese-maturite_msp-des-hirondelles-fictive_\(Self.day).md\"") == true)
            #expect(theirs.headers[.contentDisposition]?.contains("filename=\"synthese-maturite_msp-des-saules-fictive_\(Self.day).md\"") == true)
        }
    }

    @Test func theCampaignPageOffersEveryFormatAndTheZip() async throws {
        try await WebFixture.visit(loggedInAs: "coord@example.org") { _, visitor in
            let page = try await visitor.get("/campagnes/1").text
            for format in ["md", "html", "pdf", "docx", "odt"] { #expect(page.contains("href=\"/campagnes/1/telechargements/fiche-comparative.\(format)\"")) }
            #expect(page.contains(">Fiche comparative (Word)</a>"))
            #expect(page.contains("href=\"/campagnes/1/telechargements/campagne.zip\">Tous les documents (ZIP)</a>"))
            let sheet = try await visitor.get("/campagnes/1/comparaison").text
            #expect(sheet.contains("href=\"/campagnes/1/telechargements/fiche-comparative.pdf\">Télécharger (PDF)</a>"))
        }
    }

    /// Without Chromium or pandoc: a French page naming the package, not a server error; on every page's downloads.
    @Test(arguments: ["/campagnes/1/telechargements/fiche-comparative.docx", "/equipes/1/reunion-sensibilisation.pdf", "/tableau-de-bord/tableau-de-bord.odt"])
    func aMissingToolIsAFrenchPage(path: String) async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org", office: Self.noTools) { _, visitor in
            let response = try await visitor.get(path)
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let text = response.text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "\u{00A0}", with: " ")
            #expect(text.contains("Conversion impossible"))
            #expect(text.contains("n'est pas installé (paquet Debian ") && text.contains(" ; lancez scripts/setup)."), "\(text)")
        }
    }

    /// The DIM's ZIP holds the documents and the exports; without the tools, LISEZMOI says what is missing.
    @Test func theDIMsZipHoldsDocumentsExportsAndWhatIsMissing() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org", office: Self.noTools) { fixture, visitor in
            let response = try await visitor.get("/campagnes/1/telechargements/campagne.zip")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/zip")
            #expect(response.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"campagne_msp-des-hirondelles-fictive_\(Self.day).zip\"") == true)
            let parts = try ZipParts.read(Data(response.body.readableBytesView))
            #expect(parts.names.first == "LISEZMOI.txt")
            #expect(parts.names.contains("documents/fiche-comparative_msp-des-hirondelles-fictive_\(Self.day).html"))
            #expect(parts.names.contains("documents/plan-de-projet_msp-des-hirondelles-fictive_\(Self.day).md"))
            #expect(parts.names.contains("export-csv/reponses.csv") && parts.names.contains("export-fhir/questionnaire.json"))
            #expect(!parts.names.contains { $0.hasSuffix(".pdf") })
            let readMe = try #require(parts.texts["LISEZMOI.txt"])
            #expect(readMe.contains("- PDF impossible\u{00A0}: Chromium n'est pas installé (paquet Debian chromium\u{00A0}; lancez scripts/setup).\r\n"))
            #expect(try fixture.store.auditLog.all(kind: nil).contains { $0.detail.contains("reponses.csv") }, "the export is in the audit log")
        }
    }

    /// The coordinator's ZIP has the documents only: individual answers are the DIM's, as on the campaign page.
    @Test func theCoordinatorsZipHasNoIndividualAnswers() async throws {
        try await WebFixture.visit(loggedInAs: "coord@example.org", office: Self.noTools) { _, visitor in
            let response = try await visitor.get("/campagnes/1/telechargements/campagne.zip")
            let parts = try ZipParts.read(Data(response.body.readableBytesView))
            #expect(parts.names.contains("documents/synthese-maturite_msp-des-hirondelles-fictive_\(Self.day).md"))
            #expect(!parts.names.contains { $0.hasPrefix("export-") })
            #expect(parts.texts["LISEZMOI.txt"]?.contains("réservés au DIM") == true)
        }
    }
}

extension BrowserTests {
    /// The DIM clicks « Télécharger (PDF) » on the comparative sheet (`scripts/browser_download.py`); the file that
    /// arrives is named with the team and the day and is a PDF.
    @Test func thePDFOfTheComparativeSheetArrivesInTheBrowser() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let folder = fixture.directory.appendingPathComponent("telechargements")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let name = "fiche-comparative_msp-des-hirondelles-fictive_\(OfficeDownloadTests.day).pdf"
        try await fixture.runBrowserScript("scripts/browser_download.py",
                                           ["--password", WebFixture.password, "--campaign", "1", "--folder", folder.path],
                                           expecting: "OK navigateur : téléchargé \(name)")
        let pdf = try Data(contentsOf: folder.appendingPathComponent(name))
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }
}
