/// The needs questionnaire as data: scales, sections and items with their skip rules and criterion mappings.
public struct Questionnaire: Sendable, Codable {
    public var id: String
    public var version: String
    public var title: String
    public var scales: [AnswerScale]
    public var sections: [Section]

    public init(id: String, version: String, title: String, scales: [AnswerScale], sections: [Section]) {
        self.id = id; self.version = version; self.title = title; self.scales = scales; self.sections = sections
    }

    public var items: [Item] { sections.flatMap(\.items) }

    public func item(_ id: String) -> Item? { items.first { $0.id == id } }

    public func scale(_ id: String) -> AnswerScale? { scales.first { $0.id == id } }

    public struct Section: Sendable, Codable {
        public var id: String
        public var title: String
        public var audience: Audience
        public var intro: String?
        public var items: [Item]

        public init(id: String, title: String, audience: Audience, intro: String? = nil, items: [Item]) {
            self.id = id; self.title = title; self.audience = audience; self.intro = intro; self.items = items
        }
    }

    /// Who answers: each professional, or the team once (coordinator or DIM).
    public enum Audience: String, Sendable, Codable, CaseIterable {
        case respondent, team
    }
}

/// An ordered answer scale, e.g. importance "pas utile … indispensable" coded 0…3.
public struct AnswerScale: Sendable, Codable, Hashable {
    public var id: String
    public var options: [AnswerOption]

    public init(id: String, options: [AnswerOption]) { self.id = id; self.options = options }

    /// The position of a code on the scale (0 for the first option); `nil` for "je ne sais pas", an answer that
    /// places nothing on the scale.
    public func level(of code: String) -> Int? {
        code == AnswerOption.dontKnow ? nil : options.firstIndex { $0.code == code }
    }

    public func label(of code: String) -> String? { options.first { $0.code == code }?.label }
}

public struct AnswerOption: Sendable, Codable, Hashable {
    public var code: String
    public var label: String
    /// Multichoice: this option ("rien pour l'instant") cannot be chosen with any other (FHIR `optionExclusive`).
    public var exclusive: Bool

    /// The code of "Je ne sais pas": an answer (the person saw the question) that counts towards no level, no
    /// majority and no weight. Offered where a profession may not be able to judge (the maturity scales).
    public static let dontKnow = "ne-sait-pas"

    public init(code: String, label: String, exclusive: Bool = false) {
        self.code = code; self.label = label; self.exclusive = exclusive
    }
}

/// One question.
public struct Item: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case choice, multichoice, scale, integer, boolean, text
    }

    public var id: String
    public var text: String
    public var kind: Kind
    /// Options of choice and multichoice items (resolved from `options_from: professions` at load time).
    public var options: [AnswerOption]
    /// Scale id of scale items.
    public var scale: String?
    /// Skip rule: only these professions are asked (empty = everyone).
    public var professions: [String]
    /// Skip rule on an earlier answer.
    public var condition: Condition?
    /// Need items: the Comparator criteria this need speaks for.
    public var criteria: [CriterionLink]
    public var required: Bool
    public var minimum: Int?
    public var maximum: Int?
    /// Maturity items: the dimension self-assessed.
    public var dimension: String?
    public var help: String?

    public init(id: String, text: String, kind: Kind, options: [AnswerOption] = [], scale: String? = nil,
                professions: [String] = [], condition: Condition? = nil, criteria: [CriterionLink] = [],
                required: Bool = false, minimum: Int? = nil, maximum: Int? = nil, dimension: String? = nil,
                help: String? = nil) {
        self.id = id; self.text = text; self.kind = kind; self.options = options; self.scale = scale
        self.professions = professions; self.condition = condition; self.criteria = criteria
        self.required = required; self.minimum = minimum; self.maximum = maximum; self.dimension = dimension
        self.help = help
    }

    public var isNeed: Bool { !criteria.isEmpty }
}

/// "Ask only if the earlier item `item` equals (or does not equal) this code."
///
/// Evaluated per answer, as FHIR R4 evaluates `enableWhen` on a repeating item: for a multichoice, `equals` holds
/// when one of the chosen codes is the code, `not` when none of them is. Unlike FHIR's `!=`, `not` needs an answer.
public struct Condition: Sendable, Codable, Hashable {
    public var item: String
    public var equals: String?
    public var not: String?

    public init(item: String, equals: String? = nil, not: String? = nil) {
        self.item = item; self.equals = equals; self.not = not
    }

    /// An unanswered condition item means the question is not asked: we do not guess. `multiple`: the earlier
    /// item is a multichoice, whose stored value is its codes joined by `|`.
    public func holds(in answers: [String: String], multiple: Bool) -> Bool {
        guard let answer = answers[item] else { return false }
        let codes = multiple ? answer.split(separator: "|").map(String.init) : [answer]
        if let equals, !codes.contains(equals) { return false }
        if let not, codes.contains(not) { return false }
        return true
    }
}

public struct CriterionLink: Sendable, Codable, Hashable {
    public var criterion: String
    public var factor: Double

    public init(criterion: String, factor: Double) { self.criterion = criterion; self.factor = factor }
}
