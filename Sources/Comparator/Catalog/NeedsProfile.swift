/// What a team needs, as the Comparator takes it: weights by criterion, must-haves, who is in the team.
/// Written by hand in a needs file, or pooled from a survey campaign.
public struct NeedsProfile: Sendable, Codable {
    public var team: String
    public var fictional: Bool
    /// Number of professionals by profession id.
    public var headcount: [String: Int]
    public var years: Int
    /// Criterion id → weight (≥ 0).
    public var weights: [String: Double]
    public var mustHaves: [MustHave]
    /// Profession id → criterion id → weight; when absent, derived from the criteria's professions.
    public var professionWeights: [String: [String: Double]]
    /// When the needs were pooled from a survey: by profession, how many members answered need questions (0 for an
    /// invited profession that did not). `nil` for a needs file, which speaks for the team as a whole.
    public var answers: [String: Int]?

    public init(team: String, fictional: Bool = false, headcount: [String: Int] = [:], years: Int,
                weights: [String: Double], mustHaves: [MustHave] = [],
                professionWeights: [String: [String: Double]] = [:], answers: [String: Int]? = nil) {
        self.team = team; self.fictional = fictional; self.headcount = headcount; self.years = years
        self.weights = weights; self.mustHaves = mustHaves; self.professionWeights = professionWeights
        self.answers = answers
    }

    /// Professions whose own figures no document may show, and why (`RespondentPrivacy`).
    public var withheldProfessions: [WithheldProfession] {
        (answers ?? [:]).filter { !RespondentPrivacy.canShow(answers: $0.value) }.keys.sorted().map {
            WithheldProfession(profession: $0, reason: answers?[$0] == 0 ? .noAnswer : .singleAnswer)
        }
    }

    public var professionals: Int { headcount.values.reduce(0, +) }
}

/// An eliminatory requirement. Booleans must be true, levels at least 2/4, numbers within the bounds given.
public struct MustHave: Sendable, Hashable, Codable {
    public var criterion: String
    public var minimum: Double?
    public var maximum: Double?

    public init(criterion: String, minimum: Double? = nil, maximum: Double? = nil) {
        self.criterion = criterion; self.minimum = minimum; self.maximum = maximum
    }

    /// `nil` when the fact is unknown: the requirement cannot be checked and goes to the demo list.
    public func isMet(by fact: Fact) -> Bool? {
        guard fact.isKnown, let value = fact.value else { return nil }
        switch value {
        case .boolean(let yes): return yes
        case .level(let level): return Double(level) >= (minimum ?? 2) && Double(level) <= (maximum ?? 4)
        case .number(let number):
            return number >= (minimum ?? -.infinity) && number <= (maximum ?? .infinity)
        }
    }
}

/// A profession shown without figures of its own.
public struct WithheldProfession: Sendable, Codable, Equatable {
    public enum Reason: String, Sendable, Codable {
        /// Nobody of the profession answered: any figure would be the team's, not theirs.
        case noAnswer
        /// One person answered: their figure is theirs alone.
        case singleAnswer
    }
    public var profession: String
    public var reason: Reason
}
