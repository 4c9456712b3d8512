import Foundation

/// The one CSV writer of the product: campaign exports (CLI and web), `compare` and `rank` output. Built in memory
/// (quoting per RFC 4180), so a file is written whole or not at all, and every writer gets the same
/// guard against formula injection.
public enum CSVText {
    public struct Dialect: Sendable {
        let delimiter: String
        let crlf: Bool
        let decimalComma: Bool
        let byteOrderMark: Bool

        /// UTF-8, `,`, LF: for scripts and other tools.
        public static let standard = Dialect(delimiter: ",", crlf: false, decimalComma: false, byteOrderMark: false)
        /// UTF-8 with byte-order mark, `;`, CRLF, decimal comma: what French spreadsheet software opens directly.
        public static let spreadsheet = Dialect(delimiter: ";", crlf: true, decimalComma: true, byteOrderMark: true)
        /// `;` and decimal comma printed on the terminal (no byte-order mark, LF), for a shell redirect to a `.csv`.
        public static let spreadsheetTerminal = Dialect(delimiter: ";", crlf: false, decimalComma: true, byteOrderMark: false)
    }

    /// Cells are the export tables' typed cells, so a table is written as CSV or as XLSX from the same rows.
    public typealias Cell = TableCell

    /// Written here rather than with CSV.swift's writer: it decides on quoting and doubles quotes by `Character`,
    /// so a `;` or a `"` followed by a combining accent (one `Character` that is neither) went out unquoted and
    /// shifted the columns. Here every check is on code points, as a spreadsheet reads the file.
    public static func make(header: [String], rows: [[Cell]], dialect: Dialect) throws -> Data {
        var text = ""
        let newline = dialect.crlf ? "\r\n" : "\n"
        for row in [header.map(Cell.text)] + rows {
            text += row.map { field(written($0, dialect), dialect) }.joined(separator: dialect.delimiter) + newline
        }
        let body = Data(text.utf8)
        return dialect.byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) + body : body
    }

    /// RFC 4180: quoted when it holds the delimiter, a quote or a line break, with quotes doubled.
    static func field(_ value: String, _ dialect: Dialect) -> String {
        let delimiter = dialect.delimiter.unicodeScalars.first!
        guard value.unicodeScalars.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// A table in a dialect.
    public static func make(_ table: SheetTable, dialect: Dialect) throws -> Data {
        try make(header: table.header, rows: table.rows, dialect: dialect)
    }

    /// The same, as text to print.
    public static func string(header: [String], rows: [[Cell]], dialect: Dialect) throws -> String {
        String(decoding: try make(header: header, rows: rows, dialect: dialect), as: UTF8.self)
    }

    /// Code points that make a spreadsheet read a cell as a formula (OWASP "CSV injection"); checked on the first
    /// code point, not the first `Character` ("=" followed by a combining accent is still a formula).
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n"]

    /// The one place a cell becomes CSV text, in every dialect: numbers with the dialect's decimal separator; days
    /// as ISO `YYYY-MM-DD` (French spreadsheets read it as a date) and instants as ISO 8601 in UTC (unambiguous; the
    /// XLSX export has them as real dates); booleans « oui » / « non »; text opening with a formula trigger prefixed with an apostrophe (OWASP's advice),
    /// so a spreadsheet shows it instead of running it.
    static func written(_ cell: Cell, _ dialect: Dialect) -> String {
        switch cell.value {
        case .text(let text):
            if let first = text.unicodeScalars.first, formulaTriggers.contains(first) { return "'" + text }
            return text
        case .integer(let value): return String(value)
        case .number(let value, let decimals):
            let written = String(format: "%.\(decimals)f", value)
            return dialect.decimalComma ? written.replacingOccurrences(of: ".", with: ",") : written
        case .day(let iso): return iso
        case .timestamp(let date): return CampaignExport.timestamp(date)
        case .boolean(let value): return value ? "oui" : "non"
        }
    }
}
