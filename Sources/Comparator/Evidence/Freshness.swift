/// A day as evidence is dated: `2017`, `2017-03` or `2017-03-12`. A partial date counts from its first day, so that
/// "2017" is never read as more recent than it may be (old is not current).
public struct EvidenceDay: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int = 1, day: Int = 1) { self.year = year; self.month = month; self.day = day }

    /// `nil` for anything but `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`.
    public static func parse(_ text: String) -> EvidenceDay? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let numbers = parts.map { Int($0)! }
        let day = EvidenceDay(year: numbers[0], month: numbers.count > 1 ? numbers[1] : 1, day: numbers.count > 2 ? numbers[2] : 1)
        guard (1...12).contains(day.month), (1...Self.length(ofMonth: day.month, in: day.year)).contains(day.day) else { return nil }
        return day
    }

    /// The same day `months` later, on the last day of the month when it has fewer days (31 January + 1 month).
    public func adding(months: Int) -> EvidenceDay {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        return EvidenceDay(year: newYear, month: newMonth, day: min(day, Self.length(ofMonth: newMonth, in: newYear)))
    }

    /// Whole months from this day to `later` (0 when `later` is earlier).
    public func months(until later: EvidenceDay) -> Int {
        var months = (later.year - year) * 12 + later.month - month
        if later.day < day { months -= 1 }
        return max(months, 0)
    }

    public static func < (lhs: EvidenceDay, rhs: EvidenceDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        let month = month < 10 ? "0\(month)" : "\(month)", day = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(month)-\(day)"
    }

    /// In JSON, the ISO day (`"2026-12-01"`), as dates are written everywhere else.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Self.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "date « \(text) » : attendue AAAA-MM-JJ")
        }
        self = day
    }

    static func length(ofMonth month: Int, in year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// How long evidence of each grade stays current (`catalog/evidence.yaml`). A grade without a horizon stays current
/// until it changes: facts implied by a label status last as long as the status.
public struct Freshness: Sendable, Hashable {
    /// Grade → validity in months.
    public var horizons: [EvidenceGrade: Int]

    public init(horizons: [EvidenceGrade: Int] = [:]) { self.horizons = horizons }

    /// A known fact older than its grade's horizon on `asOf`: its value is kept for the central score, but it is
    /// bounded like an unknown, does not count in confidence and cannot exclude a product on its own.
    public func isStale(_ fact: Fact, asOf: EvidenceDay) -> Bool {
        guard fact.isKnown, let months = horizons[fact.grade], let text = fact.date,
              let dated = EvidenceDay.parse(text) else { return false }
        return dated.adding(months: months) <= asOf
    }
}
