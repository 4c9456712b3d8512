import Comparator

/// A campaign read against the team's previous one: the HAS method re-assesses maturity every year and reads
/// progress against the last assessment. Pure: two pooled profiles and the previous action plan in, changes out.
public struct MaturityProgress: Sendable {
    public struct DimensionChange: Sendable, Equatable {
        public var dimension: String
        public var title: String
        /// Team levels (majority, else lower median); `nil` when nobody assessed the dimension that year.
        public var before: Int?
        public var after: Int?

        /// Levels gained (negative: lost); `nil` when either year has no level.
        public var change: Int? { before.flatMap { before in after.map { $0 - before } } }
    }

    public struct NeedChange: Sendable, Equatable {
        public var criterion: String
        /// Pooled weights on the questionnaire's importance scale; `nil` when the need was not weighted that year.
        public var before: Double?
        public var after: Double?
        public var mustHaveBefore: Bool
        public var mustHaveAfter: Bool
    }

    public var previousCampaign: String
    /// Every dimension of the current synthesis, in its order, with last year's level.
    public var dimensions: [DimensionChange]
    /// Last year's plan, split by what the team marked done.
    public var actionsDone: [PlannedAction]
    public var actionsOpen: [PlannedAction]
    /// Needs whose weight moved by at least `weightChange`, or that became or stopped being eliminatory; largest first.
    public var needs: [NeedChange]

    /// Half a step of the importance scale (0 « pas utile » … 3 « indispensable »): smaller moves are noise between
    /// two sets of respondents, not a change of the team's needs.
    public static let weightChange = 0.5

    public init(previousCampaign: String, previous: TeamProfile, previousPlan: [PlannedAction], current: TeamProfile) {
        self.previousCampaign = previousCampaign
        let before = Dictionary(previous.dimensions.map { ($0.dimension, $0.teamLevel) }, uniquingKeysWith: { first, _ in first })
        dimensions = current.dimensions.map {
            DimensionChange(dimension: $0.dimension, title: $0.title, before: before[$0.dimension] ?? nil, after: $0.teamLevel)
        }
        actionsDone = previousPlan.filter { $0.status == .fait }
        actionsOpen = previousPlan.filter { $0.status != .fait }
        needs = Self.needChanges(previous.needs, current.needs)
    }

    /// Dimensions whose level went up, and down.
    public var improved: [DimensionChange] { dimensions.filter { ($0.change ?? 0) > 0 } }
    public var declined: [DimensionChange] { dimensions.filter { ($0.change ?? 0) < 0 } }

    static func needChanges(_ previous: NeedsProfile, _ current: NeedsProfile) -> [NeedChange] {
        let wasMustHave = Set(previous.mustHaves.map(\.criterion)), isMustHave = Set(current.mustHaves.map(\.criterion))
        let criteria = Set(previous.weights.keys).union(current.weights.keys).union(wasMustHave).union(isMustHave)
        let changes = criteria.compactMap { id -> NeedChange? in
            let change = NeedChange(criterion: id, before: previous.weights[id], after: current.weights[id],
                                    mustHaveBefore: wasMustHave.contains(id), mustHaveAfter: isMustHave.contains(id))
            let moved = abs((change.after ?? 0) - (change.before ?? 0)) >= weightChange
            return moved || change.mustHaveBefore != change.mustHaveAfter ? change : nil
        }
        return changes.sorted { (abs(($0.after ?? 0) - ($0.before ?? 0)), $1.criterion) > (abs(($1.after ?? 0) - ($1.before ?? 0)), $0.criterion) }
    }
}
