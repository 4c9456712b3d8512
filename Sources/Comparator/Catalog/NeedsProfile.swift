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

    public init(team: String, fictional: Bool = false, headcount: [String: Int] = [:], years: Int = 5,
                weights: [String: Double], mustHaves: [MustHave] = [],
                professionWeights: [String: [String: Double]] = [:]) {
        self.team = team; self.fictional = fictional; self.headcount = headcount; self.years = years
        self.weights = weights; self.mustHaves = mustHaves; self.professionWeights = professionWeights
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

    public var frenchRequirement: String {
        switch (minimum, maximum) {
        case let (low?, high?): "entre \(FrenchNumber.format(low)) et \(FrenchNumber.format(high))"
        case let (low?, nil): "au moins \(FrenchNumber.format(low))"
        case let (nil, high?): "au plus \(FrenchNumber.format(high))"
        case (nil, nil): "exigé"
        }
    }
}
