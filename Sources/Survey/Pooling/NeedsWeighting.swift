import Comparator

/// Turns need items into Comparator criterion weights.
///
/// For each need item, a respondent's importance level (0 = pas utile … 3 = indispensable) is averaged within each
/// profession; the item's weight is then the mean over professions (profession voice) or over persons (person
/// voice). A criterion's weight sums `factor × item weight` over the items that speak for it.
enum NeedsWeighting {
    static func needs(_ input: Pooling.Input, answering: [RespondentAnswers], definition: SurveyDefinition) -> NeedsProfile {
        var weights: [String: Double] = [:]
        var professionWeights: [String: [String: Double]] = [:]
        var mustHaves: [String: MustHave] = [:]
        let criteria = Dictionary(input.criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for item in definition.questionnaire.items where item.isNeed {
            guard let scale = item.scale.flatMap({ definition.questionnaire.scale($0) }) else { continue }
            var levelsByProfession: [String: [Double]] = [:]
            for respondent in answering {
                guard let value = respondent.answers[item.id], let level = scale.level(of: value) else { continue }
                levelsByProfession[respondent.profession, default: []].append(Double(level))
            }
            guard !levelsByProfession.isEmpty else { continue }
            let professionMeans = levelsByProfession.mapValues { $0.reduce(0, +) / Double($0.count) }
            // Sum in a fixed order: dictionary order changes between runs, and so would the last bits of the sum.
            let professions = professionMeans.keys.sorted()
            let itemWeight: Double
            switch input.voice {
            case .profession: itemWeight = professions.reduce(0) { $0 + professionMeans[$1]! } / Double(professions.count)
            case .person:
                let all = professions.flatMap { levelsByProfession[$0]! }
                itemWeight = all.reduce(0, +) / Double(all.count)
            }
            let eliminatory = isEliminatory(item, levelsByProfession: levelsByProfession, answering: answering,
                                            top: scale.options.last?.code)
            for link in item.criteria {
                weights[link.criterion, default: 0] += link.factor * itemWeight
                for (profession, mean) in professionMeans {
                    professionWeights[profession, default: [:]][link.criterion, default: 0] += link.factor * mean
                }
                guard eliminatory, link.factor >= 1, criteria[link.criterion]?.scale == .boolean else { continue }
                mustHaves[link.criterion] = MustHave(criterion: link.criterion)
            }
        }
        if let budget = input.teamAnswers[WellKnownItem.monthlyBudget].flatMap(Double.init), budget > 0,
           criteria[WellKnownCriterion.monthlyCostPerProfessional] != nil {
            mustHaves[WellKnownCriterion.monthlyCostPerProfessional] =
                MustHave(criterion: WellKnownCriterion.monthlyCostPerProfessional, maximum: budget)
        }
        // The ACI prerequisite is the team's to state, not a need each professional weighs.
        if input.teamAnswers[WellKnownItem.labelledSoftware] == "true", criteria[WellKnownCriterion.labelled] != nil {
            mustHaves[WellKnownCriterion.labelled] = MustHave(criterion: WellKnownCriterion.labelled)
        }
        var headcount: [String: Int] = [:], answers: [String: Int] = [:]
        let needItems = definition.questionnaire.items.filter(\.isNeed).map(\.id)
        for respondent in input.respondents {
            headcount[respondent.profession, default: 0] += 1
            answers[respondent.profession] = 0
        }
        // Only those who answered (finished) count, as for the weights: the privacy rule reads these counts.
        for respondent in answering {
            answers[respondent.profession, default: 0] += needItems.contains { respondent.answers[$0] != nil } ? 1 : 0
        }
        return NeedsProfile(team: input.team, fictional: input.fictional, headcount: headcount, years: input.years,
                            weights: weights.filter { $0.value > 0 },
                            mustHaves: mustHaves.keys.sorted().map { mustHaves[$0]! },
                            professionWeights: professionWeights.mapValues { $0.filter { $0.value > 0 } }, answers: answers)
    }

    /// A yes/no need becomes a must-have when the professions it is specific to call it "indispensable" by a
    /// majority of their members (nurses' billing must not be discovered missing after installation), or, for a
    /// need asked of everyone, when most professions do.
    static func isEliminatory(_ item: Item, levelsByProfession: [String: [Double]], answering: [RespondentAnswers],
                              top: String?) -> Bool {
        let decided = levelsByProfession.keys.filter { profession in
            let answers = answering.filter { $0.profession == profession }.compactMap { $0.answers[item.id] }
            return answers.count { $0 == top } * 2 > answers.count
        }
        if !item.professions.isEmpty { return !decided.isEmpty }
        return decided.count * 2 > levelsByProfession.count
    }
}
