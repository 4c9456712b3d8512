import Foundation
import HTTPTypes
import HummingbirdTesting
import Store
import Testing
import Web

/// The campaign page's workbook (individual answers: the DIM's, audited) and XLSForm (no answers: every user of the
/// page) downloads.
@Suite("Téléchargements XLSX et XLSForm d'une campagne")
struct SpreadsheetDownloadTests {
    @Test func theDIMDownloadsTheWorkbookAndTheExportIsRecorded() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let page = try await visitor.get("/campagnes/1")
            #expect(page.text.contains("/campagnes/1/telechargements/reponses.xlsx"))
            #expect(page.text.contains("/campagnes/1/telechargements/questionnaire-xlsform.xlsx"))
            let workbook = try await visitor.get("/campagnes/1/telechargements/reponses.xlsx")
            #expect(workbook.status == .ok)
            #expect(workbook.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(workbook.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"reponses_msp-") == true)
            #expect(workbook.text.hasPrefix("PK"))   // an Office Open XML file is a ZIP archive
            #expect(try fixture.store.auditLog.all(kind: .answersExport).map(\.detail) == ["reponses.xlsx"])
        }
    }

    @Test func aCoordinatorGetsTheFormButNotTheAnswers() async throws {
        try await WebFixture.visit(loggedInAs: "coord@example.org") { fixture, visitor in
            let page = try await visitor.get("/campagnes/1")
            #expect(!page.text.contains("reponses.xlsx"))
            #expect(try await visitor.get("/campagnes/1/telechargements/reponses.xlsx").status == .forbidden)
            let form = try await visitor.get("/campagnes/1/telechargements/questionnaire-xlsform.xlsx")
            #expect(form.status == .ok)
            #expect(form.headers[.contentDisposition]?.contains("filename=\"questionnaire-xlsform_msp-") == true)
            #expect(try fixture.store.auditLog.all(kind: .answersExport).isEmpty)
        }
    }
}
