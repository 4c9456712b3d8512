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

    /// One cell. The code says which cells are numbers it computed: only those are written as numbers, so a text
    /// that merely looks like one ("+1", "-1+1") is still treated as text.
    public struct Cell: Sendable, Equatable, ExpressibleByStringLiteral {
        let value: String
        let isNumber: Bool

        private init(value: String, isNumber: Bool) { self.value = value; self.isNumber = isNumber }
        public init(stringLiteral value: String) { self.init(value: value, isNumber: false) }

        /// Text typed by someone (names, identifiers, answers, action plans) or read from the catalog.
        public static func text(_ text: String) -> Cell { Cell(value: text, isNumber: false) }
        public static func integer(_ value: Int) -> Cell { Cell(value: String(value), isNumber: true) }
        /// `nil` gives an empty cell.
        public static func integer(_ value: Int?) -> Cell { value.map { integer($0) } ?? .text("") }
        public static func number(_ value: Double, decimals: Int) -> Cell {
            Cell(value: String(format: "%.\(decimals)f", value), isNumber: true)
        }
        /// `nil` gives an empty cell.
        public static func number(_ value: Double?, decimals: Int) -> Cell {
            value.map { number($0, decimals: decimals) } ?? .text("")
        }
    }

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

    /// The same, as text to print.
    public static func string(header: [String], rows: [[Cell]], dialect: Dialect) throws -> String {
        String(decoding: try make(header: header, rows: rows, dialect: dialect), as: UTF8.self)
    }

    /// Code points that make a spreadsheet read a cell as a formula (OWASP "CSV injection"); checked on the first
    /// code point, not the first `Character` ("=" followed by a combining accent is still a formula).
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n"]

    /// Numbers get the dialect's decimal separator; text opening with a formula trigger is prefixed with an
    /// apostrophe (OWASP's advice), so a spreadsheet shows it instead of running it.
    static func written(_ cell: Cell, _ dialect: Dialect) -> String {
        if cell.isNumber { return dialect.decimalComma ? cell.value.replacingOccurrences(of: ".", with: ",") : cell.value }
        if let first = cell.value.unicodeScalars.first, formulaTriggers.contains(first) { return "'" + cell.value }
        return cell.value
    }
}
