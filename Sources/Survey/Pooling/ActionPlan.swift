/// One improvement action of the team's plan (HAS method: what, who leads, by when, with which means, how measured).
public struct PlannedAction: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case aFaire = "à faire"
        case enCours = "en cours"
        case fait = "fait"
    }

    public var dimension: String
    public var title: String
    public var lead: String?
    /// ISO date `YYYY-MM-DD`.
    public var due: String?
    public var means: String
    public var indicator: String
    public var status: Status

    public init(dimension: String, title: String, lead: String? = nil, due: String? = nil, means: String,
                indicator: String, status: Status = .aFaire) {
        self.dimension = dimension; self.title = title; self.lead = lead; self.due = due; self.means = means
        self.indicator = indicator; self.status = status
    }
}

public enum ActionPlan {
    /// The plan: saved actions first, then a default action for every dimension under its target that has none.
    public static func plan(profile: TeamProfile, grid: MaturityGrid, saved: [PlannedAction]) -> [PlannedAction] {
        var plan = saved
        for synthesis in profile.dimensions where synthesis.isBelowTarget && !saved.contains(where: { $0.dimension == synthesis.dimension }) {
            guard let dimension = grid.dimension(synthesis.dimension) else { continue }
            plan.append(PlannedAction(dimension: dimension.id, title: dimension.action.title,
                                      means: dimension.action.means, indicator: dimension.action.indicator))
        }
        let order = grid.dimensions.map(\.id)
        return plan.sorted { (order.firstIndex(of: $0.dimension) ?? .max) < (order.firstIndex(of: $1.dimension) ?? .max) }
    }
}
