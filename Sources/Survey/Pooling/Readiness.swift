/// The readiness verdict of the ASIP method: informatisation waits until the team is organisationally mature.
public struct ReadinessVerdict: Sendable, Codable {
    public enum Verdict: String, Sendable, Codable {
        case prete = "prête"
        case sousConditions = "prête sous conditions"
        case pasEncore = "pas encore"
    }

    public var verdict: Verdict
    public var outcomes: [RuleOutcome]

    public var unmet: [RuleOutcome] { outcomes.filter { $0.status != .met } }
}

public struct RuleOutcome: Sendable, Codable {
    public enum Status: String, Sendable, Codable {
        case met = "satisfait"
        case unmet = "non satisfait"
        /// The answer needed is missing: the prerequisite cannot be confirmed, so it counts as not met.
        case unanswered = "non renseigné"
    }

    public var rule: String
    public var title: String
    public var severity: ReadinessRule.Severity
    public var status: Status
    public var reason: String
    public var action: String
    public var source: String?
}

enum Readiness {
    /// `label` names a profession and `itemText` a team question, from their ids: reasons are read by the team and
    /// never show internal ids.
    static func evaluate(_ rules: [ReadinessRule], profile: TeamProfile, teamAnswers: [String: String],
                         label: (String) -> String = { $0 }, itemText: (String) -> String = { $0 }) -> ReadinessVerdict {
        let outcomes = rules.map { rule in
            let status = check(rule.check, profile: profile, teamAnswers: teamAnswers, label: label, itemText: itemText)
            return RuleOutcome(rule: rule.id, title: rule.title, severity: rule.severity, status: status.0,
                               reason: status.0 == .met ? "" : (status.1 ?? rule.failed), action: rule.action, source: rule.source)
        }
        let failing = outcomes.filter { $0.status != .met }
        let verdict: ReadinessVerdict.Verdict =
            failing.contains { $0.severity == .bloquant } ? .pasEncore : (failing.isEmpty ? .prete : .sousConditions)
        return ReadinessVerdict(verdict: verdict, outcomes: outcomes)
    }

    /// The status and, when the rule's own wording is not precise enough, a more specific reason.
    private static func check(_ check: ReadinessRule.Check, profile: TeamProfile, teamAnswers: [String: String],
                              label: (String) -> String, itemText: (String) -> String) -> (RuleOutcome.Status, String?) {
        switch check {
        case let .teamAnswer(item, equals, not, minimum):
            guard let answer = teamAnswers[item] else {
                return (.unanswered, "Question d'équipe «\u{A0}\(itemText(item))\u{A0}» non renseignée\u{A0}: la condition ne peut pas être vérifiée.")
            }
            if let equals, answer != equals { return (.unmet, nil) }
            if let not, answer == not { return (.unmet, nil) }
            if let minimum, (Double(answer) ?? -.infinity) < minimum { return (.unmet, nil) }
            return (.met, nil)
        case let .dimensionLevel(dimension, minimum):
            guard let synthesis = profile.dimensions.first(where: { $0.dimension == dimension }),
                  let level = synthesis.teamLevel else {
                let title = profile.dimensions.first { $0.dimension == dimension }?.title ?? dimension
                return (.unanswered, "Dimension «\u{A0}\(title)\u{A0}» non évaluée par l'équipe.")
            }
            return (level >= minimum ? .met : .unmet, nil)
        case .referentsCoverProfessions:
            guard let answer = teamAnswers[WellKnownItem.referents] else {
                return (.unanswered, "Les référents par profession ne sont pas renseignés.")
            }
            let covered = Set(answer.split(separator: "|").map(String.init))
            let present = profile.professions.map(\.profession).filter { $0 != "autre" && !covered.contains($0) }
            return present.isEmpty ? (.met, nil)
                : (.unmet, "Pas de référent·e pour : \(present.map(label).joined(separator: ", ")).")
        case let .professionsMissing(maximum):
            return profile.missingProfessions.count <= maximum ? (.met, nil)
                : (.unmet, "Professions sans aucune réponse : \(profile.missingProfessions.map(label).joined(separator: ", ")).")
        case let .responseRate(minimum):
            let rate = profile.invited == 0 ? 0 : Double(profile.answered) / Double(profile.invited)
            return rate >= minimum ? (.met, nil) : (.unmet, "\(profile.answered) réponse(s) sur \(profile.invited) invitation(s).")
        }
    }
}
