import Deployment
import Foundation

/// Dates as French readers expect them ("15 septembre 2026"), computed on the Gregorian calendar in UTC so that a
/// report reads the same on every machine (no dependency on installed locale data).
public enum FrenchDate {
    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                                 "octobre", "novembre", "décembre"]
    /// The abbreviations of French typography (Lexique de l'Imprimerie nationale), for chart labels.
    private static let shortMonths = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

    public static func long(_ date: Date) -> String {
        let c = CalendarDay.calendar.dateComponents([.year, .month, .day], from: date)
        return "\(c.day == 1 ? "1er" : String(c.day!)) \(months[c.month! - 1]) \(c.year!)"
    }

    /// "4 janv. 2027", for chart labels.
    public static func short(_ date: Date) -> String {
        let c = CalendarDay.calendar.dateComponents([.year, .month, .day], from: date)
        return "\(c.day == 1 ? "1er" : String(c.day!)) \(shortMonths[c.month! - 1]) \(c.year!)"
    }

    /// "janv."
    public static func shortMonth(_ date: Date) -> String { shortMonths[CalendarDay.calendar.component(.month, from: date) - 1] }

    /// "2026-09-15" → "15 septembre 2026"; text that is not an ISO date is returned as is.
    public static func long(_ text: String) -> String { CalendarDay.parse(text).map(long) ?? text }
}
