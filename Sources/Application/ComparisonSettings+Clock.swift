import Comparator
import Deployment
import Foundation

// Apart from `ComparisonSettings.swift`: with Foundation imported, `Comparator.Options` would be ambiguous there.
extension ComparisonSettings {
    /// The calendar day (UTC) of a clock's reading: the web passes its application clock.
    public static func day(of date: Date) -> EvidenceDay {
        let parts = CalendarDay.calendar.dateComponents([.year, .month, .day], from: date)
        return EvidenceDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// The day of a document date already checked as `YYYY-MM-DD` (`--date`, the web's `today`).
    public static func day(iso date: String) -> EvidenceDay {
        EvidenceDay.parse(date) ?? day(of: CalendarDay.parse(date) ?? Date())
    }
}
