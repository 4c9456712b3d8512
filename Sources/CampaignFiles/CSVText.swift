import CSV
import Foundation

/// Builds CSV text in memory with CSV.swift (quoting per RFC 4180), so a file is written whole or not at all.
public enum CSVText {
    public enum Dialect {
        /// UTF-8, `,`, LF: for scripts and other tools.
        case standard
        /// UTF-8 with byte-order mark, `;`, CRLF, decimal comma: what French spreadsheet software opens directly.
        case spreadsheet
    }

    public static func make(header: [String], rows: [[String]], dialect: Dialect) throws -> Data {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream, delimiter: dialect == .standard ? "," : ";",
                                   newline: dialect == .standard ? .lf : .crlf)
        try writer.write(row: header)
        for row in rows {
            try writer.write(row: dialect == .spreadsheet ? row.map(spreadsheetCell) : row)
        }
        let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        stream.close()
        return dialect == .spreadsheet ? Data([0xEF, 0xBB, 0xBF]) + body : body
    }

    /// "0.25" → "0,25" for numbers; text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is
    /// prefixed with an apostrophe, since answers are typed by respondents.
    private static func spreadsheetCell(_ cell: String) -> String {
        if Double(cell) != nil { return cell.replacingOccurrences(of: ".", with: ",") }
        if let first = cell.first, "=+-@\t\r".contains(first) { return "'" + cell }
        return cell
    }
}
