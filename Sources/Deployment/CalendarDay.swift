import Foundation

/// Calendar days as the data writes them (`YYYY-MM-DD`) and the arithmetic on them, on the Gregorian calendar in UTC
/// so that a schedule computes the same on every machine. Display (French month names) is `Reports.FrenchDate`'s.
public enum CalendarDay {
    public static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// Parses `YYYY-MM-DD`; `nil` for anything else.
    public static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard let date = calendar.date(from: components), iso(date) == text else { return nil }
        return date
    }

    public static func iso(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    public static func year(_ date: Date) -> Int { calendar.component(.year, from: date) }

    /// The first day of the date's month, at midnight UTC.
    public static func startOfMonth(_ date: Date) -> Date {
        calendar.date(from: calendar.dateComponents([.year, .month], from: date))!
    }

    public static func adding(weeks: Int, to date: Date) -> Date {
        calendar.date(byAdding: .day, value: 7 * weeks, to: date)!
    }

    public static func adding(months: Int, to date: Date) -> Date {
        calendar.date(byAdding: .month, value: months, to: date)!
    }
}
