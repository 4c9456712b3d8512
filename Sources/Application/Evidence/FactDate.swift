import Deployment
import Foundation

/// A fact's date as sources give it: a year ("2017"), a month ("2017-03") or a day ("2017-03-12"). A partial date
/// counts from its first day, so that its age is never under-stated (old is not current).
public enum FactDate {
    /// The first day the date covers; `nil` when it is none of the three forms or not a real date.
    public static func firstDay(_ text: String) -> Date? {
        switch text.count {
        case 4 where text.allSatisfy(\.isASCII) && Int(text) != nil: CalendarDay.parse(text + "-01-01")
        case 7: CalendarDay.parse(text + "-01")
        case 10: CalendarDay.parse(text)
        default: nil
        }
    }

    /// Why a typed date is refused, in French; `nil` when it is fine.
    public static func problem(_ text: String, today: Date) -> String? {
        guard let day = firstDay(text) else { return "attendu\u{00A0}: AAAA, AAAA-MM ou AAAA-MM-JJ (par exemple 2027-03-12)" }
        if day > today { return "date à venir\u{00A0}: un fait est daté du jour où il a été établi" }
        if CalendarDay.year(day) < 1990 { return "année invraisemblable" }
        return nil
    }
}
