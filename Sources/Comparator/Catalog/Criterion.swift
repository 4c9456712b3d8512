/// A criterion products are compared on: a label requirement, a need voiced by a team, or a non-functional
/// attribute such as cost.
///
/// ```swift
/// let tours = Criterion(id: "AGD 1.7", title: "Gestion des tournées", section: "production",
///                       kind: .label, scale: .boolean, direction: .benefit)
/// ```
public struct Criterion: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var section: String
    public var family: String?
    public var kind: Kind
    public var level: LabelLevel?
    /// False when the source does not give the requirement's level: then holding the label implies nothing about it.
    public var levelSourced: Bool = true
    /// Professions concerned; empty means every profession.
    public var professions: [String]
    public var scale: Scale
    public var direction: Direction
    public var unit: String?
    /// Plausible bounds of a numeric criterion, used to bound unknown facts.
    public var range: ClosedRange<Double>?
    public var source: String?
    public var date: String?
    public var note: String?
    /// A use case to ask an editor to demonstrate (French), e.g. "Montrez une facturation infirmière en tournée…".
    public var scenario: String?

    public init(id: String, title: String, section: String, family: String? = nil, kind: Kind,
                level: LabelLevel? = nil, professions: [String] = [], scale: Scale, direction: Direction,
                unit: String? = nil, range: ClosedRange<Double>? = nil, source: String? = nil,
                date: String? = nil, note: String? = nil, scenario: String? = nil) {
        self.id = id; self.title = title; self.section = section; self.family = family; self.kind = kind
        self.level = level; self.professions = professions; self.scale = scale; self.direction = direction
        self.unit = unit; self.range = range; self.source = source; self.date = date; self.note = note
        self.scenario = scenario
    }

    public enum Kind: String, Sendable, Codable, CaseIterable {
        case label, need, nonfunctional
    }

    public enum Scale: String, Sendable, Codable, CaseIterable {
        /// yes / no
        case boolean
        /// integer 0…4
        case level
        /// any number, e.g. euros or hours
        case number
    }

    public enum Direction: String, Sendable, Codable, CaseIterable {
        /// more is better
        case benefit
        /// more is worse
        case cost
    }

    /// Whether the criterion concerns a profession (an empty list concerns everyone).
    public func concerns(_ profession: String) -> Bool {
        professions.isEmpty || professions.contains(profession)
    }

    /// Functional criteria describe what the software does; cost, hosting and support are not.
    public var isFunctional: Bool { kind != .nonfunctional }
}

/// The two levels of the label e-santé "Logiciels Maisons et Centres de Santé" (ASIP Santé, now ANS): standard =
/// niveau 1, avancé = niveau 2.
public enum LabelLevel: String, Sendable, Codable, CaseIterable, Comparable {
    case standard, avance

    public static func < (lhs: LabelLevel, rhs: LabelLevel) -> Bool {
        lhs == .standard && rhs == .avance
    }
}

/// Well-known ids of the non-functional criteria that drive the cost over N years.
public enum WellKnownCriterion {
    public static let oneOffCost = "NF-COUT-INITIAL"
    public static let monthlyCostPerProfessional = "NF-COUT-MENSUEL"
    /// Initial training the editor plans per professional, in hours.
    public static let trainingHours = "NF-FORMATION-HEURES"
    /// Eligibility: the product holds the label (any level). Its fact comes from the label status, never from a
    /// listed fact, so that a team requiring labelled software (the ACI prerequisite) reads the status itself.
    public static let labelled = "ELIG-LABEL"
}
