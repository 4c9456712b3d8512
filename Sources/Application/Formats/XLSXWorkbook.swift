import Foundation
import ZIPFoundation

/// A workbook of typed sheets as an Office Open XML spreadsheet (`.xlsx`), which Excel, LibreOffice, openpyxl and
/// KoboToolbox open.
///
/// Written by hand, as SpreadsheetML parts zipped with ZIPFoundation: no XLSX library is among this machine's Swift
/// packages, and LibreOffice's headless conversion of a CSV would be a 300 MB dependency that guesses the types we
/// know. Text cells are inline strings (`t="inlineStr"`): a cell is a formula only with an `<f>` element, so text
/// starting with `= + - @` is never run, and no shared-string table has to be held while the rows are written.
/// Each sheet's XML is accumulated in one byte buffer (no per-cell `String`), so 3,000 respondents × 130 questions
/// take well under a second (see docs/ARCHITECTURE.md, "Formats").
public enum XLSXWorkbook {
    public static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// The workbook's bytes: one sheet per table, in order, each with a bold frozen header row, an autofilter on it
    /// and column widths from the longest values.
    public static func data(_ tables: [SheetTable]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let names = sheetNames(tables.map(\.name))
        try add("[Content_Types].xml", contentTypes(count: tables.count), to: archive)
        try add("_rels/.rels", rootRelationships, to: archive)
        try add("xl/workbook.xml", workbook(names: names, tables: tables), to: archive)
        try add("xl/_rels/workbook.xml.rels", workbookRelationships(count: tables.count), to: archive)
        try add("xl/styles.xml", styles, to: archive)
        for (index, table) in tables.enumerated() {
            try add("xl/worksheets/sheet\(index + 1).xml", SheetXML(table).bytes, to: archive)
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private static func add(_ path: String, _ text: String, to archive: Archive) throws {
        try add(path, Array(text.utf8), to: archive)
    }

    private static func add(_ path: String, _ bytes: [UInt8], to archive: Archive) throws {
        // A fixed date: the same workbook gives the same bytes.
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: Date(timeIntervalSince1970: 1_767_225_600),
                             compressionMethod: .deflate) { position, size in
            Data(bytes[Int(position)..<Int(position) + size])
        }
    }

    /// Sheet names: at most 31 characters, none of `[ ] : * ? / \`, unique (Excel refuses the file otherwise).
    static func sheetNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.enumerated().map { index, name in
            var clean = String(name.unicodeScalars.filter { !"[]:*?/\\".unicodeScalars.contains($0) }.map(Character.init).prefix(31))
            if clean.isEmpty || used.contains(clean.lowercased()) { clean = String(clean.prefix(27)) + "-\(index + 1)" }
            used.insert(clean.lowercased())
            return clean
        }
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(count: Int) -> String {
        header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
            + #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
            + (0..<count).map {
                #"<Override PartName="/xl/worksheets/sheet\#($0 + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            }.joined() + "</Types>"
    }

    private static let rootRelationships = header
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    private static func workbook(names: [String], tables: [SheetTable]) -> String {
        let sheets = names.enumerated().map { index, name in
            #"<sheet name="\#(escaped(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }.joined()
        // Excel shows an autofilter's buttons only with this hidden name per sheet.
        let filters = names.enumerated().map { index, name in
            #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(index)" hidden="1">"#
                + escaped("'\(name.replacingOccurrences(of: "'", with: "''"))'!" + SheetXML.range(of: tables[index], absolute: true))
                + "</definedName>"
        }.joined()
        return header + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)"><sheets>\#(sheets)</sheets>"#
            + (filters.isEmpty ? "" : "<definedNames>\(filters)</definedNames>") + "</workbook>"
    }

    private static func workbookRelationships(count: Int) -> String {
        let sheets = (0..<count).map {
            #"<Relationship Id="rId\#($0 + 1)" Type="\#(relationships)/worksheet" Target="worksheets/sheet\#($0 + 1).xml"/>"#
        }.joined()
        return header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + sheets + #"<Relationship Id="rId\#(count + 1)" Type="\#(relationships)/styles" Target="styles.xml"/>"#
            + "</Relationships>"
    }

    /// Cell styles by index: 0 plain, 1 bold (the header), 2 a day (dd/mm/yyyy), 3 an instant (dd/mm/yyyy hh:mm).
    enum Style: Int { case plain = 0, header, day, instant }

    private static let styles = header + #"<styleSheet xmlns="\#(main)">"#
        + #"<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#

    /// XML text: `& < > "` escaped, and the control characters XML 1.0 cannot carry (all below U+0020 but tab, line
    /// feed and carriage return, and U+FFFE/U+FFFF) removed.
    static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        SheetXML.appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
