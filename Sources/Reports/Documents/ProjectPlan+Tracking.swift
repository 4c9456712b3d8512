import Deployment

/// The follow-up a plan shows once the deployment is followed: planned against actual for the team's steps and the
/// editor's promises, and what is late on the document's day (`Deployment.Lateness`).
public struct PlanTracking: Sendable {
    public var steps: [TrackedStep]
    public var promises: [TrackedStep]
    /// `YYYY-MM-DD`: the day lateness is judged on (the document's date).
    public var today: String
    /// The migration checks as ticked in the follow-up (they replace the method's unticked list).
    public var checks: [MigrationCheck]
    public var defects: [MigrationDefect]

    public init(steps: [TrackedStep], promises: [TrackedStep], today: String, checks: [MigrationCheck] = [],
                defects: [MigrationDefect] = []) {
        self.steps = steps; self.promises = promises; self.today = today; self.checks = checks; self.defects = defects
    }
}

/// A data-migration check of the follow-up: ticked on `checkedOn` (`YYYY-MM-DD`), or not yet.
public struct MigrationCheck: Sendable, Equatable {
    public var text: String; public var checkedOn: String?
    public init(text: String, checkedOn: String?) { self.text = text; self.checkedOn = checkedOn }
}

/// A defect found after the data migration, fixed or not yet.
public struct MigrationDefect: Sendable, Equatable {
    public var description: String; public var severity: String; public var foundOn: String; public var fixedOn: String?
    public init(description: String, severity: String, foundOn: String, fixedOn: String?) {
        self.description = description; self.severity = severity; self.foundOn = foundOn; self.fixedOn = fixedOn
    }
}

/// A migration check as the plan lists it: ticked with its date once checked.
struct MigrationCheckView {
    var text: String; var mark: String; var checked: String?

    init(_ check: MigrationCheck) {
        text = check.text; mark = check.checkedOn == nil ? " " : "x"; checked = check.checkedOn.map(FrenchDate.long)
    }
}

struct MigrationDefectView {
    var description: String; var severity: String; var found: String; var fixed: String

    init(_ defect: MigrationDefect) {
        description = defect.description; severity = defect.severity; found = FrenchDate.long(defect.foundOn)
        fixed = defect.fixedOn.map(FrenchDate.long) ?? "pas encore"
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
