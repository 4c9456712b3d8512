/// Questions the code reads by their id, beyond the questionnaire's generic rules (skip rules, weights, readiness
/// rules, which are data). A federation may reword them, but not remove them or change what they hold: the
/// catalog loader checks each one (`problems(in:)`), so a renamed id is a located error instead of a silently
/// missing budget cap or risk.
public enum WellKnownItem: String, CaseIterable, Sendable {
    /// The respondent's profession: fixed by the invitation, used to pool answers by profession.
    case profession
    /// The team's monthly budget: caps the subscription in the comparison.
    case monthlyBudget = "budget-mensuel"
    /// Whether the team requires labelled software (the ACI prerequisite): makes `ELIG-LABEL` a must-have.
    case labelledSoftware = "logiciel-labellise"
    /// Who the team's referents are: a readiness rule reads it.
    case referents
    /// The site's internet connection: a risk of the project plan.
    case internetSpeed = "debit-internet"
    /// Whether the team has a coordinator: a role and a risk of the project plan.
    case coordinator = "coordinateur"
    /// Each respondent's ease with computers: the plan's training risk.
    case digitalComfort = "aisance-numerique"
    /// How many sites the team works on: told to editors in the consultation.
    case sites
    /// Where the team wants its data hosted (codes `site`, `editeur`, `sans-preference`): the consultation asks
    /// editors about that hosting only.
    case hosting = "hebergement"

    public var id: String { rawValue }

    /// Who answers it and what kind of answer it holds.
    public var expected: (audience: Questionnaire.Audience, kind: Item.Kind) {
        switch self {
        case .profession: (.respondent, .choice)
        case .monthlyBudget: (.team, .integer)
        case .labelledSoftware: (.team, .boolean)
        case .referents: (.team, .multichoice)
        case .internetSpeed: (.team, .choice)
        case .coordinator: (.team, .boolean)
        case .digitalComfort: (.respondent, .scale)
        case .sites: (.team, .integer)
        case .hosting: (.team, .choice)
        }
    }

    /// French problems of a questionnaire with this item missing or of another audience or kind; empty when fine.
    public static func problems(in questionnaire: Questionnaire) -> [(item: WellKnownItem, message: String)] {
        allCases.compactMap { known in
            let expected = known.expected
            guard let section = questionnaire.sections.first(where: { $0.items.contains { $0.id == known.id } }),
                  let item = section.items.first(where: { $0.id == known.id }) else {
                return (known, "question «\u{00A0}\(known.id)\u{00A0}» absente\u{00A0}: le programme la lit "
                        + "(section «\u{00A0}\(expected.audience.rawValue)\u{00A0}», type «\u{00A0}\(expected.kind.rawValue)\u{00A0}»)")
            }
            if section.audience != expected.audience || item.kind != expected.kind {
                return (known, "question «\u{00A0}\(known.id)\u{00A0}»\u{00A0}: attendue dans une section «\u{00A0}"
                        + "\(expected.audience.rawValue)\u{00A0}» avec le type «\u{00A0}\(expected.kind.rawValue)\u{00A0}», trouvée "
                        + "«\u{00A0}\(section.audience.rawValue)\u{00A0}» / «\u{00A0}\(item.kind.rawValue)\u{00A0}»")
            }
            return nil
        }
    }
}

extension Dictionary where Key == String, Value == String {
    /// The answer to a well-known question.
    public subscript(known: WellKnownItem) -> String? { self[known.id] }
}
