/// How a fact about a product is known. `unknown` is not "no": it widens the score interval instead.
public enum EvidenceGrade: String, Sendable, Codable, CaseIterable, Comparable {
    /// Implied by holding the label level.
    case label
    /// Declared by the editor (to be checked in a demo).
    case editor
    /// Seen in a demo.
    case demo
    /// Reported by users (user group, peer visit).
    case usergroup
    case unknown

    /// Strength order used for display: the strongest evidence first.
    private var strength: Int {
        switch self {
        case .demo: 4
        case .usergroup: 3
        case .label: 2
        case .editor: 1
        case .unknown: 0
        }
    }

    public static func < (lhs: EvidenceGrade, rhs: EvidenceGrade) -> Bool { lhs.strength < rhs.strength }
}

/// The value of a fact, typed by the criterion's scale. In JSON it is the plain value (`true`, `3`, `45.5`).
public enum FactValue: Sendable, Hashable, Codable {
    case boolean(Bool)
    case level(Int)
    case number(Double)

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .boolean(let value): try container.encode(value)
        case .level(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) { self = .boolean(value) }
        else if let value = try? container.decode(Int.self) { self = .level(value) }
        else { self = .number(try container.decode(Double.self)) }
    }
}

/// One sourced fact about a product on one criterion.
public struct Fact: Sendable, Hashable, Codable {
    public var value: FactValue?
    public var grade: EvidenceGrade
    public var source: String?
    public var date: String?
    /// A caveat on how to read the fact (French), e.g. "reported by one team, not a test".
    public var note: String?

    public init(value: FactValue?, grade: EvidenceGrade, source: String? = nil, date: String? = nil, note: String? = nil) {
        self.value = value; self.grade = grade; self.source = source; self.date = date; self.note = note
    }

    public static let unknown = Fact(value: nil, grade: .unknown)

    public var isKnown: Bool { grade != .unknown && value != nil }
}
