import Deployment
import Store

/// A change to one tracked item, for the web form and `sipadvisor followup set`. `nil` keeps the current value; an
/// empty text clears an optional one (actual dates, reason).
public struct StepEdit: Sendable, Equatable {
    public var status, reason, actualStart, actualEnd, plannedStart, plannedEnd, owner: String?

    public init(status: String? = nil, reason: String? = nil, actualStart: String? = nil, actualEnd: String? = nil,
                plannedStart: String? = nil, plannedEnd: String? = nil, owner: String? = nil) {
        self.status = status; self.reason = reason; self.actualStart = actualStart; self.actualEnd = actualEnd
        self.plannedStart = plannedStart; self.plannedEnd = plannedEnd; self.owner = owner
    }

    /// Whether it changes the plan itself (planned dates, owner): the DIM's part, not the team's.
    var changesPlan: Bool { plannedStart != nil || plannedEnd != nil || owner != nil }

    /// The rule, pure: checks every field against the item as it would become and returns it.
    public func applied(to current: FollowUpItemRecord) throws(FollowUpEntry.Refusal) -> FollowUpItemRecord {
        var item = current
        if let status { item.status = try FollowUpEntry.choice(status, "statut", as: StepStatus.self).rawValue }
        if let actualStart { item.actualStart = try FollowUpEntry.day(actualStart, "debut_reel") }
        if let actualEnd { item.actualEnd = try FollowUpEntry.day(actualEnd, "fin_reelle") }
        if let plannedStart { item.plannedStart = try FollowUpEntry.day(plannedStart, "debut_prevu") }
        if let plannedEnd { item.plannedEnd = try FollowUpEntry.requiredDay(plannedEnd, "fin_prevue") }
        if let owner { item.owner = try FollowUpEntry.text(owner, "pilote", limit: 200) ?? "" }
        if let reason { item.blockedReason = try FollowUpEntry.text(reason, "motif", limit: 1_000) }
        try Self.check(&item)
        return item
    }

    /// What must hold whatever was changed (the schema says the same).
    private static func check(_ item: inout FollowUpItemRecord) throws(FollowUpEntry.Refusal) {
        if item.status == StepStatus.blocked.rawValue, item.blockedReason == nil {
            throw FollowUpEntry.Refusal(field: "motif", problem: "obligatoire quand l'étape est bloquée (dites ce qui la bloque)")
        }
        // A reason belongs to the blocking: once unblocked, it no longer describes the step.
        if item.status != StepStatus.blocked.rawValue { item.blockedReason = nil }
        if item.status == StepStatus.done.rawValue, item.actualEnd == nil {
            throw FollowUpEntry.Refusal(field: "fin_reelle", problem: "obligatoire quand l'étape est faite (date de fin réelle)")
        }
        if let start = item.actualStart, let end = item.actualEnd, start > end {
            throw FollowUpEntry.Refusal(field: "fin_reelle", problem: "antérieure au début réel (\(start))")
        }
        if let start = item.plannedStart, start > item.plannedEnd {
            throw FollowUpEntry.Refusal(field: "fin_prevue", problem: "antérieure au début prévu (\(start))")
        }
    }
}
