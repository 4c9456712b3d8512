import Application
import Foundation
import TestSupport
import Testing

/// The hand-written XLSX writer, read back by openpyxl (`scripts/xlsx_dump.py`): types kept, text never a formula.
@Suite("Classeurs XLSX : cellules typées, texte jamais formule", .serialized,
       .enabled(if: PythonScripts.hasModule("openpyxl"), "openpyxl absent : installez-le avec scripts/setup --test"))
struct XLSXWorkbookTests {
    static let instant = Date(timeIntervalSince1970: 1_783_000_000)   // 2026-07-02T13:46:40Z, 15:46 in Paris (summer time)

    static let table = SheetTable(name: "essai", header: ["texte", "entier", "nombre", "jour", "instant", "booleen"], rows: [
        [.text("IDE 1"), .integer(42), .number(0.125, decimals: 4), .day("2027-03-31"), .timestamp(instant), .boolean(true)],
        [.text("=1+1"), .integer(nil), .number(nil, decimals: 2), .day("31/03/2027"), .timestamp(nil), .boolean(false)],
    ])

    @Test func everyCellKeepsItsType() throws {
        try Scratch.using { scratch in
            let sheet = try XLSXDump.read(try XLSXWorkbook.data([Self.table]), in: scratch).sheet("essai")
            #expect(sheet.header == Self.table.header)
            #expect(sheet.rows[1] == [.init(type: "str", text: "IDE 1"), .init(type: "int", text: "42"), .init(type: "float", text: "0.125"),
                                      .init(type: "datetime", text: "2027-03-31T00:00:00"), .init(type: "datetime", text: "2026-07-02T15:46:40"),
                                      .init(type: "bool", text: "true")])
            // A day that is not one stays the text typed; an absent value is an empty cell.
            #expect(sheet.rows[2].map(\.type) == ["str", "NoneType", "NoneType", "str", "NoneType", "bool"])
            #expect(sheet.rows[2][3].text == "31/03/2027")
        }
    }

    @Test func theHeaderIsBoldFrozenFilteredAndColumnsHaveWidths() throws {
        try Scratch.using { scratch in
            let sheet = try XLSXDump.read(try XLSXWorkbook.data([Self.table]), in: scratch).sheet("essai")
            #expect(sheet.bold_header)
            #expect(sheet.freeze == "A2")
            #expect(sheet.autofilter == "A1:F3")
            #expect(sheet.widths.count == 6 && sheet.widths.values.allSatisfy { $0 >= 8 })
        }
    }

    /// In XLSX a cell is a formula only with an `<f>` element: inline strings are shown as typed, never run.
    @Test(arguments: ["=1+1", "+33 6 12", "-1+1", "@SUM(A1)", "=HYPERLINK(\"http://x\")"])
    func textThatLooksLikeAFormulaStaysText(_ text: String) throws {
        try Scratch.using { scratch in
            let data = try XLSXWorkbook.data([SheetTable(name: "s", header: ["a"], rows: [[.text(text)]])])
            let sheet = try XLSXDump.read(data, in: scratch).sheet("s")
            #expect(sheet.rows[1] == [.init(type: "str", text: text)])
            #expect(!(try worksheetXML(data, in: scratch)).contains("<f>"))
        }
    }

    @Test func markupIsEscapedAndControlCharactersRemoved() throws {
        try Scratch.using { scratch in
            let typed = "a\u{1}b\u{0}<c>&\"d\u{FFFE}\tfin\nligne"
            let data = try XLSXWorkbook.data([SheetTable(name: "s", header: ["<en-tête>"], rows: [[.text(typed)]])])
            let sheet = try XLSXDump.read(data, in: scratch).sheet("s")
            #expect(sheet.header == ["<en-tête>"])
            #expect(sheet.rows[1][0].text == "ab<c>&\"d\tfin\nligne")
        }
    }

    @Test(arguments: [
        (["reponses", "reponses"], ["reponses", "reponses-2"]),
        (["a[b]:c*?/\\d", "une feuille au nom beaucoup trop long pour Excel"], ["abcd", "une feuille au nom beaucoup tro"]),
    ])
    func sheetNamesAreOnesSpreadsheetsAccept(_ names: [String], _ expected: [String]) throws {
        try Scratch.using { scratch in
            let tables = names.map { SheetTable(name: $0, header: ["a"], rows: []) }
            let read = try XLSXDump.read(try XLSXWorkbook.data(tables), in: scratch).sheets.map(\.name)
            #expect(read == expected)
        }
    }

    /// The first sheet's XML as stored in the archive (Python's `zipfile`, another reader than ours).
    private func worksheetXML(_ data: Data, in scratch: Scratch) throws -> String {
        let path = scratch.path("brut.xlsx")
        try data.write(to: URL(fileURLWithPath: path))
        let script = "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode())"
        let result = try BuiltExecutable.run(["python3", "-c", script, path], executable: URL(fileURLWithPath: "/usr/bin/env"))
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout
    }
}
