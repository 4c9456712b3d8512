import Store
import Survey

/// Completion of a campaign by profession: started = at least one answer; completed = reached the end of the web
/// questionnaire, or answered every question asked of them (imports).
public struct CampaignProgress: Sendable {
    public struct Line: Sendable { public var profession: String; public var invited = 0; public var started = 0; public var completed = 0 }
    public var byProfession: [Line] = []

    public init(snapshot: SurveyStore.CampaignSnapshot, definition: SurveyDefinition) {
        var lines: [String: Line] = [:]
        for (record, respondent) in zip(snapshot.respondents, snapshot.pooled) {
            var line = lines[respondent.profession] ?? Line(profession: respondent.profession)
            line.invited += 1
            if !respondent.answers.isEmpty { line.started += 1 }
            if Self.isComplete(record, answers: respondent.answers, definition: definition) { line.completed += 1 }
            lines[respondent.profession] = line
        }
        byProfession = lines.keys.sorted().map { lines[$0]! }
    }

    public var invited: Int { byProfession.reduce(0) { $0 + $1.invited } }
    public var started: Int { byProfession.reduce(0) { $0 + $1.started } }
    public var completed: Int { byProfession.reduce(0) { $0 + $1.completed } }

    /// Finished: reached the end of the web questionnaire, or answered every question asked of them (imports).
    public static func isComplete(_ record: RespondentRecord, answers: [String: String], definition: SurveyDefinition) -> Bool {
        if record.completedAt != nil { return true }
        let asked = definition.itemsAsked(profession: record.profession, answers: answers)
        return !asked.isEmpty && asked.allSatisfy { answers[$0.id] != nil }
    }
}
