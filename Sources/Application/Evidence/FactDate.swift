import Comparator
import Foundation

/// A typed fact's date: a year ("2017"), a month ("2017-03") or a day ("2017-03-12"), read as the engine reads it
/// (`EvidenceDay`, where a partial date counts from its first day).
public enum FactDate {
    /// Why a typed date is refused, in French; `nil` when it is fine.
    public static func problem(_ text: String, today: Date) -> String? {
        guard let day = EvidenceDay.parse(text) else { return "attendu\u{00A0}: AAAA, AAAA-MM ou AAAA-MM-JJ (par exemple 2027-03-12)" }
        if day > ComparisonSettings.day(of: today) { return "date à venir\u{00A0}: un fait est daté du jour où il a été établi" }
        if day.year < 1990 { return "année invraisemblable" }
        return nil
    }
}
