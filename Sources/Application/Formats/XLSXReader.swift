import Catalog
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads the first sheet of an XLSX workbook (KoboToolbox's « XLS » export, LimeSurvey's Excel export, a file saved
/// from Excel or LibreOffice) into rows numbered as the spreadsheet numbers them.
///
/// Written by hand over ZIPFoundation and Foundation's `XMLParser` because no XLSX library is among this machine's
/// Swift packages, and what an answers file needs is small: the workbook's first sheet, shared strings, inline
/// strings, numbers, booleans, and dates (a number whose cell style has a date format becomes an ISO date). Formulas
/// are read as their cached value; merged cells, rich text runs and other sheets are not needed.
public enum XLSXReader {
    public struct Problem: Error, Sendable, Equatable { public let message: String }

    /// A ZIP archive's signature: every XLSX (and ODS) file starts with it.
    public static func isArchive(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    public static func firstSheet(_ data: Data) throws(Problem) -> LocatedCSV.Table {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw Problem(message: notWorkbook) }
        let workbook = try element(archive, "xl/workbook.xml")
        let date1904 = workbook.first("workbookPr").map { ["1", "true"].contains($0.attributes["date1904"] ?? "") } ?? false
        let sheetPath = try firstSheetPath(archive, workbook: workbook)
        let strings = try optionalElement(archive, "xl/sharedStrings.xml").map(sharedStrings) ?? []
        let dateStyles = try optionalElement(archive, "xl/styles.xml").map(Self.dateStyles) ?? []
        let cells = CellReading(strings: strings, dateStyles: dateStyles, date1904: date1904)
        return table(try element(archive, sheetPath).all("row").map(cells.row))
    }

    static let notWorkbook = "ce n'est pas un classeur XLSX lisible\u{A0}: enregistrez-le au format «\u{A0}Classeur Excel (.xlsx)\u{A0}» ou en CSV"

    private static func firstSheetPath(_ archive: Archive, workbook: XMLElementTree) throws(Problem) -> String {
        guard let relation = workbook.first("sheet")?.attributes["r:id"],
              let target = try optionalElement(archive, "xl/_rels/workbook.xml.rels")?.all("Relationship")
                .first(where: { $0.attributes["Id"] == relation })?.attributes["Target"] else {
            return "xl/worksheets/sheet1.xml"
        }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    private static func optionalElement(_ archive: Archive, _ path: String) throws(Problem) -> XMLElementTree? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do { _ = try archive.extract(entry, skipCRC32: true) { data.append($0) } } catch { throw Problem(message: notWorkbook) }
        guard let tree = XMLElementTree.parse(data) else { throw Problem(message: notWorkbook + " (partie «\u{A0}\(path)\u{A0}» illisible)") }
        return tree
    }

    private static func element(_ archive: Archive, _ path: String) throws(Problem) -> XMLElementTree {
        guard let tree = try optionalElement(archive, path) else { throw Problem(message: notWorkbook + " (partie «\u{A0}\(path)\u{A0}» absente)") }
        return tree
    }

    /// Each `<si>`: its text, rich runs joined, phonetic readings (`rPh`) left out.
    private static func sharedStrings(_ root: XMLElementTree) -> [String] {
        root.children.filter { $0.name == "si" }.map { $0.stringItemText() }
    }

    /// The indexes of the cell styles (`cellXfs`) whose number format is a date.
    private static func dateStyles(_ root: XMLElementTree) -> Set<Int> {
        var custom: [String: String] = [:]
        for format in root.first("numFmts")?.all("numFmt") ?? [] {
            if let id = format.attributes["numFmtId"] { custom[id] = format.attributes["formatCode"] ?? "" }
        }
        let styles = root.first("cellXfs")?.children.filter { $0.name == "xf" } ?? []
        return Set(styles.indices.filter { index in
            let id = styles[index].attributes["numFmtId"] ?? "0"
            if let code = custom[id] { return isDateFormat(code) }
            return Int(id).map(builtInDateFormats.contains) ?? false
        })
    }

    /// Excel's built-in date formats (14–17 and 22 everywhere, 27–36 and 50–58 in East Asian locales).
    static let builtInDateFormats: Set<Int> = Set(14...17).union([22]).union(27...36).union(50...58)

    /// A custom format is a date when, once quoted text, `[…]` sections and escaped characters are removed, it
    /// still holds a day or a year.
    static func isDateFormat(_ code: String) -> Bool {
        var kept = "", quoted = false, bracket = false, escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\\" where !quoted: escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            default: if !quoted && !bracket { kept.append(character) }
            }
        }
        return kept.lowercased().contains { $0 == "d" || $0 == "y" }
    }

    /// Rows (spreadsheet row number, cells by column index) into a table: the first row holding something is the
    /// header; every row is padded to the widest, so a value beyond the header has a column with no name.
    private static func table(_ rows: [(line: Int, cells: [Int: String])]) -> LocatedCSV.Table {
        let filled = rows.filter { !$0.cells.values.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        let width = (filled.flatMap(\.cells.keys).max() ?? -1) + 1
        let lines = filled.map { row in
            LocatedCSV.Row(line: row.line, fields: (0..<width).map { row.cells[$0] ?? "" })
        }
        guard let header = lines.first else { return LocatedCSV.Table(header: [], rows: []) }
        return LocatedCSV.Table(header: header.fields.map { $0.trimmingCharacters(in: .whitespaces) }, rows: Array(lines.dropFirst()))
    }
}
