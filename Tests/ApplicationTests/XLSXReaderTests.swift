import Application
import Catalog
import Foundation
import Testing
import TestSupport

/// The XLSX reader on workbooks written part by part (Python's `zipfile`), for what openpyxl never writes: inline
/// strings in rich runs, a sheet file not named `sheet1.xml`, a custom date format, the 1904 date system, a blank
/// row and cells without a reference.
struct XLSXReaderTests {
    static func workbook(date1904: Bool, in scratch: Scratch) throws -> Data {
        let parts: [String: String] = [
            "xl/workbook.xml": """
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <workbookPr date1904="\(date1904 ? 1 : 0)"/><sheets><sheet name="Réponses" sheetId="1" r:id="rId7"/></sheets></workbook>
                """,
            "xl/_rels/workbook.xml.rels": """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId7" Type="worksheet" Target="worksheets/feuille.xml"/></Relationships>
                """,
            "xl/styles.xml": """
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>\
                <cellStyleXfs count="1"><xf numFmtId="164"/></cellStyleXfs>\
                <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs></styleSheet>
                """,
            "xl/worksheets/feuille.xml": """
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                  <row r="1"><c r="A1" t="inlineStr"><is><t>profession</t></is></c><c t="inlineStr"><is><t>today</t></is></c>
                    <c r="C1" t="inlineStr"><is><t>ratio</t></is></c><c r="E1" t="inlineStr"><is><t>oui</t></is></c></row>
                  <row r="2"></row>
                  <row r="3"><c r="A3" t="inlineStr"><is><r><t>infir</t></r><r><t>mier</t></r><rPh><t>x</t></rPh></is></c>
                    <c r="B3" s="1"><v>\(date1904 ? 44894 : 46356)</v></c><c r="C3" s="2"><v>0.59999999999999998</v></c>
                    <c r="E3" t="b"><v>1</v></c></row>
                </sheetData></worksheet>
                """,
        ]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: parts), as: UTF8.self)
        try scratch.write("parts.json", json)
        let script = "import json,sys,zipfile\nparts=json.load(open(sys.argv[1]))\nwith zipfile.ZipFile(sys.argv[2],'w',zipfile.ZIP_DEFLATED) as z:\n"
            + " [z.writestr(k,v) for k,v in parts.items()]\n"
        let made = try BuiltExecutable.run(["python3", "-c", script, scratch.path("parts.json"), scratch.path("w.xlsx")],
                                           executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(made.status == 0, "\(made.stderr)")
        return try Data(contentsOf: scratch.file("w.xlsx"))
    }

    @Test(arguments: [false, true])
    func cellsReadAsTheSpreadsheetShowsThem(date1904: Bool) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let table = try SurveyToolFile.table(try Self.workbook(date1904: date1904, in: scratch), name: "w.xlsx")
        #expect(table.header == ["profession", "today", "ratio", "", "oui"])
        #expect(table.rows == [LocatedCSV.Row(line: 3, fields: ["infirmier", "2026-11-30", "0.6", "", "true"])])
    }

    @Test func aDamagedWorkbookIsRefusedInFrench() {
        let data = Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 40))
        do { _ = try SurveyToolFile.table(data, name: "x.xlsx"); Issue.record("lu") } catch {
            #expect(error.issues.map(\.description) == ["x.xlsx: ce n'est pas un classeur XLSX lisible\u{A0}: enregistrez-le au format "
                                                         + "«\u{A0}Classeur Excel (.xlsx)\u{A0}» ou en CSV"])
        }
    }
}
