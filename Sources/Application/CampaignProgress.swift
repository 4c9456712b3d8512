import Store
import Survey

/// Completion of a campaign by profession: started = at least one answer; completed = has answered, as
/// `SurveyDefinition.status(of:)` defines it (the rule the synthesis and the FHIR export use too).
public struct CampaignProgress: Sendable {
    public struct Line: Sendable { public var profession: String; public var invited = 0; public var started = 0; public var completed = 0 }
    public var byProfession: [Line] = []

    public init(snapshot: CampaignSnapshot, definition: SurveyDefinition) {
        var lines: [String: Line] = [:]
        for respondent in snapshot.pooled {
            var line = lines[respondent.profession] ?? Line(profession: respondent.profession)
            line.invited += 1
            let status = definition.status(of: respondent)
            if status != .notStarted { line.started += 1 }
            if status == .finished { line.completed += 1 }
            lines[respondent.profession] = line
        }
        byProfession = lines.keys.sorted().map { lines[$0]! }
    }

    public var invited: Int { byProfession.reduce(0) { $0 + $1.invited } }
    public var started: Int { byProfession.reduce(0) { $0 + $1.started } }
    public var completed: Int { byProfession.reduce(0) { $0 + $1.completed } }
}
