import Deployment

/// The follow-up a plan shows once the deployment is followed: planned against actual for the team's steps and the
/// editor's promises, and what is late on the document's day (`Deployment.Lateness`).
public struct PlanTracking: Sendable {
    public var steps: [TrackedStep]
    public var promises: [TrackedStep]
    /// `YYYY-MM-DD`: the day lateness is judged on (the document's date).
    public var today: String

    public init(steps: [TrackedStep], promises: [TrackedStep], today: String) {
        self.steps = steps; self.promises = promises; self.today = today
    }
}

/// One tracked item in the plan's words.
struct TrackedView {
    var title: String; var owner: String; var planned: String; var due: String; var actual: String; var status: String; var daysLate: String?

    init(_ step: TrackedStep, today: String) {
        title = step.title
        owner = step.owner
        planned = TrackedView.span(step.plannedStart, step.plannedEnd)
        due = FrenchDate.long(step.plannedEnd)
        actual = step.actualStart == nil && step.actualEnd == nil ? "—" : TrackedView.span(step.actualStart, step.actualEnd)
        status = step.status.rawValue + (step.blockedReason.map { " (\($0))" } ?? "")
        daysLate = step.delay(today: today).map { FrenchNumber.count($0, "jour", "jours") }
    }

    static func span(_ start: String?, _ end: String?) -> String {
        switch (start, end) {
        case let (start?, end?): "\(FrenchDate.long(start)) → \(FrenchDate.long(end))"
        case let (start?, nil): "depuis le \(FrenchDate.long(start))"
        case let (nil, end?): FrenchDate.long(end)
        case (nil, nil): "—"
        }
    }
}

struct TrackingView {
    var steps: [TrackedView]; var promises: [TrackedView]; var hasPromises: Bool
    var lateItems: [TrackedView]; var hasLate: Bool; var today: String

    init(_ tracking: PlanTracking) {
        steps = tracking.steps.map { TrackedView($0, today: tracking.today) }
        promises = tracking.promises.map { TrackedView($0, today: tracking.today) }
        hasPromises = !promises.isEmpty
        lateItems = (tracking.steps + tracking.promises).filter { $0.daysLate(today: tracking.today) != nil }
            .sorted { $0.plannedEnd < $1.plannedEnd }.map { TrackedView($0, today: tracking.today) }
        hasLate = !lateItems.isEmpty
        today = FrenchDate.long(tracking.today)
    }
}
