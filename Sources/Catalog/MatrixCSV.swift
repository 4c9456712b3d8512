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
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw CatalogLoadError([CatalogIssue(file: path, line: nil, message: "fichier illisible ou pas en UTF-8")])
        }
        let header = text.prefix { $0 != "\n" && $0 != "\r\n" }
        let delimiter: UnicodeScalar = header.filter { $0 == ";" }.count > header.filter { $0 == "," }.count ? ";" : ","
        var issues: [CatalogIssue] = []
        var rows: [[String]] = []
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: true, delimiter: delimiter)
            while let row = reader.next() {
                if row.allSatisfy(\.isEmpty) { rows.append([]); continue }
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
        let columns = Array(first.cells.dropFirst())
        var grid = Grid(columns: columns, rows: [], cells: [], lines: [])
        for row in numbered.dropFirst() {
            guard row.cells.count == first.cells.count else {
                issues.append(.init(file: path, line: row.line,
                                    message: "ligne irrégulière : \(row.cells.count) cases au lieu de \(first.cells.count)"))
                continue
            }
            grid.rows.append(row.cells[0]); grid.cells.append(Array(row.cells.dropFirst())); grid.lines.append(row.line)
        }
        if grid.rows.isEmpty && issues.isEmpty { issues.append(.init(file: path, line: nil, message: "aucune ligne de données")) }
        if !issues.isEmpty { throw CatalogLoadError(issues) }
        return grid
    }

    /// A number as people type it: `0.5`, `0,5` (with `;` files), or a fraction such as `1/3`.
    public static func parseNumber(_ text: String) -> Double? {
        let cleaned = text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")
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
                if (allowFractions || !cell.contains("/")), let value = parseNumber(cell) { return value }
                issues.append(.init(file: path, line: grid.lines[rowIndex],
                                    message: "« \(cell) » n'est pas un nombre (ligne « \(grid.rows[rowIndex]) », colonne « \(grid.columns[columnIndex]) »)"))
                return .nan
            }
        }
        if !issues.isEmpty { throw CatalogLoadError(issues) }
        return values
    }
}
