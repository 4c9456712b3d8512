import CSV
import Foundation

/// The one CSV writer of the product: campaign exports (CLI and web), `compare` and `rank` output. Built in memory
/// with CSV.swift (quoting per RFC 4180), so a file is written whole or not at all, and every writer gets the same
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

    public static func make(header: [String], rows: [[Cell]], dialect: Dialect) throws -> Data {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream, delimiter: dialect.delimiter, newline: dialect.crlf ? .crlf : .lf)
        try writer.write(row: header.map { written(.text($0), dialect) })
        for row in rows {
            try writer.write(row: row.map { written($0, dialect) })
        }
        let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        stream.close()
        return dialect.byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) + body : body
    }

    /// The same, as text to print.
    public static func string(header: [String], rows: [[Cell]], dialect: Dialect) throws -> String {
        String(decoding: try make(header: header, rows: rows, dialect: dialect), as: UTF8.self)
    }

    /// Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
    static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\n", "\r\n"]

    /// Numbers get the dialect's decimal separator; text opening with a formula trigger is prefixed with an
    /// apostrophe (OWASP's advice), so a spreadsheet shows it instead of running it.
    static func written(_ cell: Cell, _ dialect: Dialect) -> String {
        if cell.isNumber { return dialect.decimalComma ? cell.value.replacingOccurrences(of: ".", with: ",") : cell.value }
        if let first = cell.value.first, formulaTriggers.contains(first) { return "'" + cell.value }
        return cell.value
    }
}
