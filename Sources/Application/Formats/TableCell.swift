import Deployment
import Foundation

/// One cell of a table the product exports, written as CSV by `CSVText` and as a spreadsheet by `XLSXWorkbook`. The
/// code says what each cell is: only the numbers it computed are numbers and only checked dates are dates, so a text
/// that merely looks like one ("+1", "-1+1", "2026-13-01") stays text in every format.
public struct TableCell: Sendable, Equatable, ExpressibleByStringLiteral {
    public enum Value: Sendable, Equatable {
        case text(String)
        case integer(Int)
        case number(Double, decimals: Int)
        /// A calendar day, `YYYY-MM-DD` checked by `CalendarDay.parse`.
        case day(String)
        case timestamp(Date)
        case boolean(Bool)
    }

    public let value: Value

    private init(_ value: Value) { self.value = value }
    public init(stringLiteral value: String) { self.init(.text(value)) }

    /// Text typed by someone (names, identifiers, answers, action plans) or read from the catalog.
    public static func text(_ text: String) -> TableCell { TableCell(.text(text)) }
    public static func integer(_ value: Int) -> TableCell { TableCell(.integer(value)) }
    /// `nil` gives an empty cell.
    public static func integer(_ value: Int?) -> TableCell { value.map { integer($0) } ?? .text("") }
    public static func number(_ value: Double, decimals: Int) -> TableCell { TableCell(.number(value, decimals: decimals)) }
    /// `nil` gives an empty cell.
    public static func number(_ value: Double?, decimals: Int) -> TableCell {
        value.map { number($0, decimals: decimals) } ?? .text("")
    }
    /// A day stored as `YYYY-MM-DD`: a date when it is one, otherwise the text as it was typed (never lost); `nil`
    /// gives an empty cell.
    public static func day(_ iso: String?) -> TableCell {
        guard let iso else { return .text("") }
        return CalendarDay.parse(iso) == nil ? .text(iso) : TableCell(.day(iso))
    }
    /// `nil` gives an empty cell.
    public static func timestamp(_ date: Date?) -> TableCell { date.map { TableCell(.timestamp($0)) } ?? .text("") }
    public static func boolean(_ value: Bool) -> TableCell { TableCell(.boolean(value)) }
}

/// A table as the product exports it: a sheet of a workbook, or one CSV file (`name` + `.csv`).
public struct SheetTable: Sendable {
    /// The file stem and the sheet's name (at most 31 characters, as spreadsheets allow).
    public var name: String
    public var header: [String]
    public var rows: [[TableCell]]

    public init(name: String, header: [String], rows: [[TableCell]]) {
        self.name = name; self.header = header; self.rows = rows
    }
}
