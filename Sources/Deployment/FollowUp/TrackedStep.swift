/// A tracked item of a deployment's follow-up as the rules and documents read it: a step of the team's plan or a
/// date the editor promised, planned against actual. Dates are `YYYY-MM-DD`.
public struct TrackedStep: Sendable, Equatable {
    public var id: Int64
    public var party: FollowUpParty
    /// The method's step (`method.yaml`): the team step's own, or the one an editor's promise serves.
    public var stepId: String?
    public var title: String
    public var owner: String
    public var plannedStart: String?
    public var plannedEnd: String
    public var actualStart: String?
    public var actualEnd: String?
    public var status: StepStatus
    public var blockedReason: String?

    public init(id: Int64, party: FollowUpParty, stepId: String?, title: String, owner: String, plannedStart: String?,
                plannedEnd: String, actualStart: String?, actualEnd: String?, status: StepStatus, blockedReason: String?) {
        self.id = id; self.party = party; self.stepId = stepId; self.title = title; self.owner = owner
        self.plannedStart = plannedStart; self.plannedEnd = plannedEnd; self.actualStart = actualStart
        self.actualEnd = actualEnd; self.status = status; self.blockedReason = blockedReason
    }

    public func daysLate(today: String) -> Int? { Lateness.daysLate(plannedEnd: plannedEnd, status: status, today: today) }

    /// The plan's « Retard »: late today, or finished late.
    public func delay(today: String) -> Int? {
        Lateness.delay(plannedEnd: plannedEnd, actualEnd: actualEnd, status: status, today: today)
    }
}
