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
