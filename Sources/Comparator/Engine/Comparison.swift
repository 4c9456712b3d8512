/// The result of comparing a catalog's products against one team's needs.
public struct Comparison: Sendable, Codable {
    public var team: String
    public var fictionalTeam: Bool
    /// The day the comparison was made: facts older than their grade's horizon on this day are stale.
    public var asOf: EvidenceDay
    public var method: RankingMethod
    public var years: Int
    public var professionals: Int
    /// The weighted criteria, heaviest first; weights normalised to sum to 1.
    public var criteria: [WeightedCriterion]
    /// Ranked products, best first.
    public var ranked: [ProductAssessment]
    public var excluded: [Exclusion]
    /// Professions of the team without coverage figures of their own (no answer, or one person's answers).
    public var withheldProfessions: [WithheldProfession]
    public var sensitivity: SensitivitySettings?

    /// Professions in the coverage table: those with figures and those shown without.
    public var coverageProfessions: [String] {
        Set(ranked.flatMap { $0.coverage.map(\.profession) }).union(withheldProfessions.map(\.profession)).sorted()
    }

    /// Why a profession has no coverage figure of its own; `nil` when it has one or is not in the team.
    public func withheldReason(_ profession: String) -> WithheldProfession.Reason? {
        withheldProfessions.first { $0.profession == profession }?.reason
    }

    /// True when the leader's pessimistic score is below the runner-up's optimistic one: what is unknown could
    /// change the order, so demos must decide.
    public var leadIsUncertain: Bool {
        guard ranked.count >= 2 else { return false }
        return ranked[0].pessimistic < ranked[1].optimistic
    }
}

public struct SensitivitySettings: Sendable, Codable, Equatable {
    public var draws: Int
    public var seed: UInt64
    public var spread: Double
}

public struct WeightedCriterion: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var kind: Criterion.Kind
    public var weight: Double
    public var mustHave: Bool
}

public struct ProductAssessment: Sendable, Codable {
    public var productID: String
    public var name: String
    public var fictional: Bool
    public var rank: Int
    /// Score with unknown facts at mid-range, in [0, 1].
    public var score: Double
    /// Score with every unknown fact of this product at its worst (rivals' unknowns at mid-range, for TOPSIS).
    public var pessimistic: Double
    /// Score with every unknown fact at its best.
    public var optimistic: Double
    /// Share of the weight resting on known facts.
    public var confidence: Double
    public var firstPlaceProbability: Double?
    public var bestRank: Int?
    public var worstRank: Int?
    public var coverage: [ProfessionCoverage]
    public var cost: CostEstimate
    /// One line per weighted criterion, in the order of `Comparison.criteria`.
    public var evidence: [CriterionEvidence]
    /// What to ask the editor to show: editor-only or unknown facts on weighted criteria, heaviest first.
    public var demoChecks: [DemoCheck]
    public var installBase: [InstallBase]
    /// Eligibility, as the catalog gives it (`nil`: no source gives it).
    public var label: LabelStatus?
    public var segur: SegurStatus?
}

public struct ProfessionCoverage: Sendable, Codable, Equatable {
    public var profession: String
    /// Share of the profession's weighted functional needs met according to known facts.
    public var covered: Double
    /// Share resting on unknown facts (could be met or not).
    public var unknown: Double
}

public struct CostEstimate: Sendable, Codable, Equatable {
    public var oneOff: Double?
    public var monthlyPerProfessional: Double?
    public var years: Int
    public var professionals: Int
    /// One-off + monthly × professionals × 12 × years; `nil` when a part is unknown, the team size included.
    public var total: Double? {
        guard let oneOff, let monthlyPerProfessional, professionals > 0 else { return nil }
        return oneOff + monthlyPerProfessional * Double(professionals) * 12 * Double(years)
    }
}

public struct CriterionEvidence: Sendable, Codable, Equatable {
    public var criterion: String
    public var weight: Double
    public var fact: Fact
    /// Utility in [0, 1]; `nil` when unknown. A stale fact keeps its utility (the central score uses it).
    public var utility: Double?
    /// Older than its grade's horizon (`Freshness`): bounded like an unknown, outside confidence.
    public var stale: Bool

    public init(criterion: String, weight: Double, fact: Fact, utility: Double?, stale: Bool = false) {
        self.criterion = criterion; self.weight = weight; self.fact = fact; self.utility = utility; self.stale = stale
    }

    /// The utility the bounds, the confidence and the Monte Carlo draws may rely on: known and current.
    public var settled: Double? { stale ? nil : utility }
}

public struct DemoCheck: Sendable, Codable, Equatable {
    public enum Reason: String, Sendable, Codable {
        case unknownMustHave
        /// A must-have the product fails on a stale fact only: re-check before excluding.
        case staleMustHave
        case editorOnly
        /// Known, but older than its grade's horizon.
        case stale
        case unknown
    }
    public var criterion: String
    public var title: String
    public var weight: Double
    public var reason: Reason
}

public struct Exclusion: Sendable, Codable {
    public struct Reason: Sendable, Codable, Equatable {
        public var criterion: String
        public var title: String
        /// The bounds the fact failed (the display text is the Reports module's job).
        public var requirement: MustHave
        public var fact: Fact
    }
    public var productID: String
    public var name: String
    public var reasons: [Reason]
    public var label: LabelStatus?
    public var segur: SegurStatus?
}
