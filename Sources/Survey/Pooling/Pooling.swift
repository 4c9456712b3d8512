import Comparator

/// One respondent's answers, with the profession they were invited as.
public struct RespondentAnswers: Sendable {
    public var respondent: String
    public var profession: String
    public var answers: [String: String]
    /// Reached the last page of the web questionnaire (optional questions may be left blank).
    public var reachedEnd: Bool

    public init(respondent: String, profession: String, answers: [String: String], reachedEnd: Bool = false) {
        self.respondent = respondent; self.profession = profession; self.answers = answers; self.reachedEnd = reachedEnd
    }
}

/// Pools a campaign's answers into a `TeamProfile`. Pure: values in, values out.
public enum Pooling {
    /// Whose voice the needs weights follow.
    public enum Voice: String, Sendable, Codable, CaseIterable {
        /// Each profession counts the same, however many of its members answered (default: 5 GPs must not drown
        /// out 2 nurses).
        case profession
        /// Each person counts the same.
        case person
    }

    public struct Input: Sendable {
        public var team: String
        public var campaign: String
        public var fictional: Bool
        public var respondents: [RespondentAnswers]
        public var teamAnswers: [String: String]
        public var voice: Voice
        public var years: Int
        /// Criteria of the catalog: must-haves are only drawn for yes/no and level criteria.
        public var criteria: [Criterion]

        public init(team: String, campaign: String, fictional: Bool = false, respondents: [RespondentAnswers],
                    teamAnswers: [String: String] = [:], voice: Voice = .profession, years: Int = 5, criteria: [Criterion]) {
            self.team = team; self.campaign = campaign; self.fictional = fictional; self.respondents = respondents
            self.teamAnswers = teamAnswers; self.voice = voice; self.years = years; self.criteria = criteria
        }
    }

    public static func pool(_ input: Input, definition: SurveyDefinition) -> TeamProfile {
        // Only those who finished count ("has answered", `SurveyDefinition.status(of:)`): a half-filled
        // questionnaire would pull the synthesis toward whatever its first pages ask.
        let statuses = input.respondents.map(definition.status(of:))
        let answering = zip(input.respondents, statuses).filter { $0.1 == .finished }.map(\.0)
        let participation = participation(input.respondents, statuses: statuses)
        let missing = participation.filter { $0.answered == 0 }.map(\.profession)
        let items = definition.allItems.filter { definition.audience(of: $0.id) == .respondent }
            .map { synthesise($0, answering, definition: definition) }
        let dimensions = definition.grid.dimensions.map { dimension in
            synthesise(dimension, items.first { $0.item == dimension.itemID }, answering: answering,
                       invited: participation.map(\.profession), definition: definition)
        }
        let needs = NeedsWeighting.needs(input, answering: answering, definition: definition)
        var profile = TeamProfile(team: input.team, campaign: input.campaign, voice: input.voice,
                                  invited: input.respondents.count, answered: answering.count, professions: participation,
                                  missingProfessions: missing, items: items, dimensions: dimensions,
                                  readiness: ReadinessVerdict(verdict: .pasEncore, outcomes: []), needs: needs)
        profile.teamAnswers = input.teamAnswers
        profile.startedOnly = statuses.count(where: { $0 == .inProgress })
        profile.readiness = Readiness.evaluate(definition.rules, profile: profile, teamAnswers: input.teamAnswers,
                                               label: definition.professionLabel, itemText: { definition.item($0)?.text ?? $0 })
        return profile
    }

    static func participation(_ respondents: [RespondentAnswers], statuses: [ResponseStatus]) -> [ProfessionParticipation] {
        var invited: [String: Int] = [:], answered: [String: Int] = [:]
        for (respondent, status) in zip(respondents, statuses) {
            invited[respondent.profession, default: 0] += 1
            if status == .finished { answered[respondent.profession, default: 0] += 1 }
        }
        return invited.keys.sorted().map {
            ProfessionParticipation(profession: $0, invited: invited[$0]!, answered: answered[$0] ?? 0)
        }
    }

    static func synthesise(_ item: Item, _ respondents: [RespondentAnswers], definition: SurveyDefinition) -> ItemSynthesis {
        let scale = item.scale.flatMap { definition.questionnaire.scale($0) }
        var counts: [String: Int] = [:]
        var levels: [Int] = []
        var byProfession: [String: (counts: [String: Int], levels: [Int])] = [:]
        var answersByProfession: [String: Int] = [:]
        for respondent in respondents {
            guard let value = respondent.answers[item.id] else { continue }
            answersByProfession[respondent.profession, default: 0] += 1
            let codes = item.kind == .multichoice ? value.split(separator: "|").map(String.init) : [value]
            for code in codes {
                counts[code, default: 0] += 1
                byProfession[respondent.profession, default: ([:], [])].counts[code, default: 0] += 1
            }
            if let level = scale?.level(of: value) {
                levels.append(level)
                byProfession[respondent.profession, default: ([:], [])].levels.append(level)
            }
        }
        let respondentsCount = respondents.count { $0.answers[item.id] != nil }
        let distributions = byProfession.keys.sorted().map { profession in
            ProfessionDistribution(profession: profession, respondents: answersByProfession[profession] ?? 0,
                                   counts: byProfession[profession]!.counts,
                                   median: Statistics.lowerMedian(byProfession[profession]!.levels))
        }
        let medians = distributions.compactMap(\.median)
        // "Je ne sais pas" is no vote: the majority is of those who judged.
        let judging = respondentsCount - (counts[AnswerOption.dontKnow] ?? 0)
        let majority = item.kind == .multichoice ? nil
            : counts.first { $0.key != AnswerOption.dontKnow && $0.value * 2 > judging }?.key
        return ItemSynthesis(item: item.id, text: item.text, respondents: respondentsCount, counts: counts,
                             byProfession: distributions, median: Statistics.lowerMedian(levels), majority: majority,
                             lowest: levels.min(), highest: levels.max(),
                             // Only needs and maturity are worth a debate; how often people use a tool is a fact.
                             professionsDisagree: (item.isNeed || item.dimension != nil)
                                && (medians.max() ?? 0) - (medians.min() ?? 0) >= 2)
    }

    static func synthesise(_ dimension: MaturityGrid.Dimension, _ item: ItemSynthesis?, answering: [RespondentAnswers],
                           invited: [String], definition: SurveyDefinition) -> DimensionSynthesis {
        let scale = definition.questionnaire.scale(dimension.scale)
        let majorityLevel = item?.majority.flatMap { scale?.level(of: $0) }
        let assessed = Set(answering.filter { $0.answers[dimension.itemID] != nil }.map(\.profession))
        return DimensionSynthesis(dimension: dimension.id, title: dimension.title,
                                  axis: definition.grid.axis(of: dimension.id)?.title ?? "", provenance: dimension.provenance,
                                  target: dimension.target, teamLevel: majorityLevel ?? item?.median,
                                  hasMajority: majorityLevel != nil, lowest: item?.lowest, highest: item?.highest,
                                  respondents: item?.respondents ?? 0,
                                  missingProfessions: invited.filter { !assessed.contains($0) })
    }
}

enum Statistics {
    /// The lower median: with an even count, the lower of the two middle levels (a team synthesis should not
    /// round itself up).
    static func lowerMedian(_ levels: [Int]) -> Int? {
        guard !levels.isEmpty else { return nil }
        let sorted = levels.sorted()
        return sorted[(sorted.count - 1) / 2]
    }
}
