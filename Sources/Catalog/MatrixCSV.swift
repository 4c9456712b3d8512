import Comparator
import CSV
import Foundation

/// Reads decision and pairwise matrices from CSV (`,` or `;`, detected on the header line) with CSV.swift, and
/// reports bad cells by line and column.
public enum MatrixCSV {
    /// A labelled grid: the header's first cell is a corner label, the first cell of each row is its name.
    public struct Grid: Sendable {
        public var columns: [String]
        public var rows: [String]
        public var cells: [[String]]
        /// The file line of each row, for messages.
        public var lines: [Int]
    }

    public static func readGrid(_ url: URL) throws(CatalogLoadError) -> Grid {
        let path = CatalogLoader.display(url)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CatalogLoadError([CatalogIssue(file: path, line: nil, message: "fichier introuvable ou illisible")])
        }
        let delimiter = delimiterOf(data)
        var issues: [CatalogIssue] = []
        var rows: [[String]] = []
        do {
            // Fields are not trimmed by the reader (that doubles its cost on large matrices): names are trimmed
            // below and numbers on their slow path. The byte-stream reader decodes UTF-8 as it goes, much faster than iterating a String's scalars.
            let reader = try CSVReader(stream: InputStream(data: data), hasHeaderRow: false, trimFields: false,
                                       delimiter: delimiter)
            while let row = reader.next() {
                if row.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { rows.append([]); continue }
                rows.append(row)
            }
            if let error = reader.error { issues.append(.init(file: path, line: rows.count + 1, message: "CSV mal formé : \(error)")) }
        } catch {
            throw CatalogLoadError([CatalogIssue(file: path, line: 1, message: "CSV mal formé : \(error)")])
        }
        // Blank lines are skipped but still counted, so that line numbers match what an editor shows.
        let numbered = rows.enumerated().filter { !$0.element.isEmpty }.map { (line: $0.offset + 1, cells: $0.element) }
        guard let first = numbered.first, first.cells.count >= 2 else {
            throw CatalogLoadError([CatalogIssue(file: path, line: 1, message: "en-tête attendu : une case d'angle puis le nom de chaque critère")])
        }
        let columns = first.cells.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        var grid = Grid(columns: columns, rows: [], cells: [], lines: [])
        for row in numbered.dropFirst() {
            guard row.cells.count == first.cells.count else {
                issues.append(.init(file: path, line: row.line,
                                    message: "ligne irrégulière : \(row.cells.count) cases au lieu de \(first.cells.count)"))
                continue
            }
            grid.rows.append(row.cells[0].trimmingCharacters(in: .whitespaces)); grid.cells.append(Array(row.cells.dropFirst())); grid.lines.append(row.line)
        }
        if grid.rows.isEmpty && issues.isEmpty { issues.append(.init(file: path, line: nil, message: "aucune ligne de données")) }
        if !issues.isEmpty { throw CatalogLoadError(issues) }
        return grid
    }

    /// The header line's most frequent separator: tab (cells pasted from a spreadsheet), `;` (French spreadsheet
    /// exports), else `,`.
    static func delimiterOf(_ data: Data) -> UnicodeScalar {
        let header = data.prefix { $0 != UInt8(ascii: "\n") }
        let tabs = header.count { $0 == UInt8(ascii: "\t") }, semicolons = header.count { $0 == UInt8(ascii: ";") }
        let commas = header.count { $0 == UInt8(ascii: ",") }
        if tabs > semicolons && tabs > commas { return "\t" }
        return semicolons > commas ? ";" : ","
    }

    /// A number as people type it: `0.5`, `0,5` (with `;` files), or a fraction such as `1/3`.
    public static func parseNumber(_ text: String) -> Double? {
        // Fast path first: large matrices are almost all plain decimals.
        if let value = Double(text) { return value.isFinite ? value : nil }
        let cleaned = text.replacingOccurrences(of: ",", with: ".").filter { !$0.isWhitespace }
        if let slash = cleaned.firstIndex(of: "/") {
            guard let top = Double(cleaned[..<slash]), let bottom = Double(cleaned[cleaned.index(after: slash)...]),
                  bottom != 0 else { return nil }
            return top / bottom
        }
        guard let value = Double(cleaned), value.isFinite else { return nil }
        return value
    }

    /// Reads every cell as a number, reporting each bad one as `file:line: …`.
    public static func numbers(_ grid: Grid, file url: URL, allowFractions: Bool) throws(CatalogLoadError) -> [[Double]] {
        let path = CatalogLoader.display(url)
        var issues: [CatalogIssue] = []
        let values = grid.cells.enumerated().map { rowIndex, row in
            row.enumerated().map { columnIndex, cell -> Double in
                if let value = parseNumber(cell), allowFractions || !cell.utf8.contains(UInt8(ascii: "/")) { return value }
                issues.append(.init(file: path, line: grid.lines[rowIndex],
                                    message: "« \(cell) » n'est pas un nombre (ligne « \(grid.rows[rowIndex]) », colonne « \(grid.columns[columnIndex]) »)"))
                return .nan
            }
        }
        if !issues.isEmpty { throw CatalogLoadError(issues) }
        return values
    }
}
