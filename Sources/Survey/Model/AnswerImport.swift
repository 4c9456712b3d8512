

/// Validates long-format answer rows (respondent, item, value) against a campaign before anything is written.
///
/// Rows whose respondent is `équipe` (or `equipe`) are team answers. Skip rules are checked on the respondent's
/// answers after the import, so a file may answer `visites-domicile` and the home-round questions together.
public enum AnswerImport {
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var respondent: String
        public var item: String
        public var value: String

        public init(line: Int, respondent: String, item: String, value: String) {
            // The label as the respondents list stored it (`RespondentsCSV` cleans it the same way).
            self.line = line; self.respondent = TypedText.cleaned(respondent); self.item = item; self.value = value
        }
    }

    public struct Respondent: Sendable {
        public var id: Int64
        public var label: String
        public var profession: String
        public var answers: [String: String]

        public init(id: Int64, label: String, profession: String, answers: [String: String]) {
            self.id = id; self.label = label; self.profession = profession; self.answers = answers
        }
    }

    public struct Plan: Sendable {
        public var respondentAnswers: [(respondentID: Int64, item: String, value: String)]
        public var teamAnswers: [(item: String, value: String)]
        /// Respondents of the file who have answered once it is imported: an import brings whole questionnaires,
        /// so reaching its end is reaching the questionnaire's (every required question answered is still needed).
        public var completing: [Int64]
    }

    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String

        public var description: String { "ligne \(line) : \(message)" }
    }

    public struct Problems: Error, Sendable {
        public var problems: [Problem]
    }

    static let teamLabels: Set<String> = ["équipe", "equipe"]

    /// What every import says once written (`answers import`, with or without `--from`): who now counts as having
    /// answered.
    public static func completionSentence(completed: Int, of people: Int) -> String {
        "\(completed) personne(s) sur \(people) ont répondu (toutes les questions obligatoires renseignées)\u{A0}; "
            + "les autres restent «\u{A0}en cours\u{A0}» et ne comptent pas dans la synthèse."
    }

    public static func validate(_ rows: [Row], respondents: [Respondent], definition: SurveyDefinition) -> Result<Plan, Problems> {
        var problems: [Problem] = []
        var byLabel: [String: Respondent] = [:]
        for respondent in respondents { byLabel[respondent.label] = respondent }
        var merged = byLabel.mapValues(\.answers)
        var seen: [String: Int] = [:]
        var accepted: [(row: Row, value: String, team: Bool)] = []
        for row in rows {
            let team = teamLabels.contains(row.respondent.lowercased())
            guard team || byLabel[row.respondent] != nil else {
                problems.append(.init(line: row.line, message: "répondant inconnu dans cette campagne : « \(row.respondent) »"))
                continue
            }
            guard let item = definition.item(row.item) else {
                problems.append(.init(line: row.line, message: "question inconnue : « \(row.item) »"))
                continue
            }
            let audience = definition.audience(of: item.id)
            if team != (audience == .team) {
                problems.append(.init(line: row.line, message: team
                    ? "« \(item.id) » est une question individuelle, pas une question d'équipe"
                    : "« \(item.id) » est une question d'équipe : mettez « équipe » comme répondant"))
                continue
            }
            let key = "\(team ? "#équipe" : row.respondent)\u{1F}\(item.id)"
            if let first = seen[key] {
                problems.append(.init(line: row.line, message: "réponse en double (déjà donnée ligne \(first))"))
                continue
            }
            seen[key] = row.line
            switch AnswerValidation.normalise(row.value, for: item, in: definition) {
            case .failure(let problem): problems.append(.init(line: row.line, message: problem.message))
            case .success(let value):
                accepted.append((row, value, team))
                if !team { merged[row.respondent, default: [:]][item.id] = value }
            }
        }
        // Skip rules, on the answers as they will be after the import.
        for (row, _, team) in accepted where !team {
            let respondent = byLabel[row.respondent]!
            if let item = definition.item(row.item),
               !definition.isAsked(item, profession: respondent.profession, answers: merged[row.respondent] ?? [:]) {
                problems.append(.init(line: row.line, message: "la question « \(item.id) » n'est pas posée à « \(row.respondent) » "
                                      + "(\(definition.professionLabel(respondent.profession))) d'après ses autres réponses"))
            }
        }
        if !problems.isEmpty { return .failure(Problems(problems: problems.sorted { $0.line < $1.line })) }
        let imported = Set(accepted.filter { !$0.team }.map(\.row.respondent))
        let completing = imported.sorted().compactMap { label -> Int64? in
            let respondent = byLabel[label]!
            let status = definition.status(of: RespondentAnswers(respondent: label, profession: respondent.profession,
                                                                 answers: merged[label] ?? [:], reachedEnd: true))
            return status == .finished ? respondent.id : nil
        }
        return .success(Plan(
            respondentAnswers: accepted.filter { !$0.team }.map { (byLabel[$0.row.respondent]!.id, $0.row.item, $0.value) },
            teamAnswers: accepted.filter(\.team).map { ($0.row.item, $0.value) }, completing: completing))
    }
}
