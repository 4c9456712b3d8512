import Foundation

/// The deployment's calendar: each step of the method one after the other from a start date, a step lasting its
/// `weeks` (at least one), so the project plan's table, its gantt chart and its milestones agree.
public struct Schedule: Sendable {
    public struct Row: Sendable {
        public var stage: DeploymentMethod.Stage
        public var step: DeploymentMethod.Step
        public var start: Date
        public var end: Date
    }

    public let rows: [Row]

    public init(method: DeploymentMethod, start: Date) {
        var cursor = start
        var rows: [Row] = []
        for stage in method.stages {
            for step in stage.steps {
                let end = CalendarDay.adding(weeks: max(step.weeks, 1), to: cursor)
                rows.append(Row(stage: stage, step: step, start: cursor, end: end))
                cursor = end
            }
        }
        self.rows = rows
    }
}

extension Schedule {
    /// When training starts: the training step's start (else right after installation, the end of the "pendant"
    /// stage). The plan's waves and the follow-up's comparison with them both count from here.
    public var trainingStart: Date? {
        rows.first { $0.step.id.contains("formation") }?.start ?? rows.first { $0.stage.id == "pendant" }?.end ?? rows.last?.end
    }

    /// The week a training wave is due: `weeksAfterInstallation` counted from the training start (week 1 is its first).
    public func due(_ wave: DeploymentMethod.TrainingWave) -> Date? {
        trainingStart.map { CalendarDay.adding(weeks: max(wave.weeksAfterInstallation - 1, 0), to: $0) }
    }
}
