/// Where one respondent (or the team, for its own questions) stands in the questionnaire.
public enum ResponseStatus: String, Sendable, Codable {
    case notStarted = "pas commencé"
    case inProgress = "en cours"
    case finished = "terminé"
}

/// The one meaning of "has answered", used by the campaign page, the synthesis (pooling), the readiness rules and
/// FHIR completeness (`QuestionnaireResponse.status`): a respondent has answered when they **finished** — every
/// required question asked of them is answered, and they either reached the last page of the web questionnaire or
/// answered every question asked of them (an import of a whole paper questionnaire). Someone who stopped on page 1
/// has started, not answered: their partial answers do not enter the synthesis.
extension SurveyDefinition {
    public func status(of respondent: RespondentAnswers) -> ResponseStatus {
        guard !respondent.answers.isEmpty else { return .notStarted }
        let answers = knownAnswers(of: respondent)
        return status(answers: answers, asked: itemsAsked(profession: respondent.profession, answers: answers),
                      reachedEnd: respondent.reachedEnd)
    }

    public func hasAnswered(_ respondent: RespondentAnswers) -> Bool { status(of: respondent) == .finished }

    /// The team's own questions: finished when every team question asked is answered.
    public func teamStatus(_ answers: [String: String]) -> ResponseStatus {
        guard !answers.isEmpty else { return .notStarted }
        return status(answers: answers, asked: teamItemsAsked(answers), reachedEnd: false)
    }

    /// The team questions asked given the team's answers (e.g. the project team's size only if there is one).
    public func teamItemsAsked(_ answers: [String: String]) -> [Item] {
        teamItems.filter { isAsked($0, profession: nil, answers: answers) }
    }

    /// A respondent's answers plus their profession, which the invitation fixed (an import may not repeat it).
    public func knownAnswers(of respondent: RespondentAnswers) -> [String: String] {
        var answers = respondent.answers
        if item(WellKnownItem.profession.id) != nil && !respondent.profession.isEmpty { answers[WellKnownItem.profession.id] = respondent.profession }
        return answers
    }

    private func status(answers: [String: String], asked: [Item], reachedEnd: Bool) -> ResponseStatus {
        let unanswered = asked.filter { answers[$0.id] == nil }
        let finished = !unanswered.contains(where: \.required) && (reachedEnd || unanswered.isEmpty)
        return finished ? .finished : .inProgress
    }
}
