/// The ASIP deployment method as data (`catalog/method.yaml`): stages, steps with durations, checklists and
/// questions, training waves and data-migration checks.
public struct DeploymentMethod: Sendable, Codable {
    public struct Step: Sendable, Codable {
        public var id: String; public var title: String; public var weeks: Int; public var owner: String
        public var checklist: [String]; public var questions: [String]; public var milestone: String?; public var source: String?
        public init(id: String, title: String, weeks: Int, owner: String, checklist: [String], questions: [String],
                    milestone: String?, source: String?) {
            self.id = id; self.title = title; self.weeks = weeks; self.owner = owner; self.checklist = checklist
            self.questions = questions; self.milestone = milestone; self.source = source
        }
    }
    public struct Stage: Sendable, Codable {
        public var id: String; public var title: String; public var steps: [Step]
        public init(id: String, title: String, steps: [Step]) { self.id = id; self.title = title; self.steps = steps }
    }
    public struct TrainingWave: Sendable, Codable {
        public var id: String; public var title: String; public var weeksAfterInstallation: Int
        public init(id: String, title: String, weeksAfterInstallation: Int) {
            self.id = id; self.title = title; self.weeksAfterInstallation = weeksAfterInstallation
        }
    }

    public var source: String
    public var stages: [Stage]
    public var training: [TrainingWave]
    public var migrationChecks: [String]

    public init(source: String, stages: [Stage], training: [TrainingWave], migrationChecks: [String]) {
        self.source = source; self.stages = stages; self.training = training; self.migrationChecks = migrationChecks
    }
}
