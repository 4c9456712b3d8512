import Foundation

/// Dates as French readers expect them ("15 septembre 2026"), computed on the Gregorian calendar in UTC so that a
/// report reads the same on every machine (no dependency on installed locale data).
public enum FrenchDate {
    private static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                                 "octobre", "novembre", "décembre"]
    /// The abbreviations of French typography (Lexique de l'Imprimerie nationale), for chart labels.
    private static let shortMonths = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

    static var calendar: Calendar {
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

    public static func long(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(c.day == 1 ? "1er" : String(c.day!)) \(months[c.month! - 1]) \(c.year!)"
    }

    /// "4 janv. 2027", for chart labels.
    public static func short(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(c.day == 1 ? "1er" : String(c.day!)) \(shortMonths[c.month! - 1]) \(c.year!)"
    }

    /// "janv."
    public static func shortMonth(_ date: Date) -> String { shortMonths[calendar.component(.month, from: date) - 1] }

    public static func year(_ date: Date) -> Int { calendar.component(.year, from: date) }

    /// The first day of the date's month, at midnight UTC.
    public static func startOfMonth(_ date: Date) -> Date {
        calendar.date(from: calendar.dateComponents([.year, .month], from: date))!
    }

    /// "2026-09-15" → "15 septembre 2026"; text that is not an ISO date is returned as is.
    public static func long(_ text: String) -> String { parse(text).map(long) ?? text }

    public static func adding(weeks: Int, to date: Date) -> Date {
        calendar.date(byAdding: .day, value: 7 * weeks, to: date)!
    }

    public static func adding(months: Int, to date: Date) -> Date {
        calendar.date(byAdding: .month, value: months, to: date)!
    }
}
