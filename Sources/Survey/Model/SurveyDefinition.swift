import Comparator

/// Everything a campaign is run with: professions, questionnaire, maturity grid and readiness rules.
public struct SurveyDefinition: Sendable {
    public let professions: [Profession]
    public let questionnaire: Questionnaire
    public let grid: MaturityGrid
    public let rules: [ReadinessRule]
    /// The questionnaire's sections plus one generated section of maturity self-assessment items.
    public let sections: [Questionnaire.Section]
    public let allItems: [Item]
    /// Item id → (item, audience): looked up for every answer of every respondent, so built once.
    private let index: [String: (item: Item, audience: Questionnaire.Audience)]

    public init(professions: [Profession], questionnaire: Questionnaire, grid: MaturityGrid, rules: [ReadinessRule]) {
        self.professions = professions; self.questionnaire = questionnaire; self.grid = grid; self.rules = rules
        sections = questionnaire.sections + [Self.maturitySection(grid)]
        allItems = sections.flatMap(\.items)
        var index: [String: (item: Item, audience: Questionnaire.Audience)] = [:]
        for section in sections { for item in section.items where index[item.id] == nil { index[item.id] = (item, section.audience) } }
        self.index = index
    }

    private static func maturitySection(_ grid: MaturityGrid) -> Questionnaire.Section {
        let items = grid.dimensions.map { dimension in
            let axis = grid.axis(of: dimension.id)?.title ?? ""
            let levels = dimension.characteristics.map(\.text).joined(separator: " ")
            return Item(id: dimension.itemID, text: "\(axis) — \(dimension.title) : où en est l'équipe ?",
                        kind: .scale, scale: dimension.scale, dimension: dimension.id,
                        help: levels.isEmpty ? nil : "Caractéristiques : \(levels)")
        }
        return Questionnaire.Section(id: "maturite", title: "Maturité de l'équipe (auto-évaluation)", audience: .respondent,
                                     intro: "Pour chaque dimension, indiquez où en est l'équipe selon vous. Il n'y a pas de bonne réponse : "
                                        + "la synthèse d'équipe se fait ensuite au consensus.",
                                     items: items)
    }

    public func item(_ id: String) -> Item? { index[id]?.item }

    public func audience(of itemID: String) -> Questionnaire.Audience? { index[itemID]?.audience }

    /// The questions answered once for the team.
    public var teamItems: [Item] { sections.filter { $0.audience == .team }.flatMap(\.items) }

    public func professionLabel(_ id: String) -> String {
        professions.first { $0.id == id }?.label ?? id
    }

    /// Skip rules: is this item asked of a respondent, given what they answered so far?
    public func isAsked(_ item: Item, profession: String?, answers: [String: String]) -> Bool {
        if !item.professions.isEmpty {
            guard let profession, item.professions.contains(profession) else { return false }
        }
        if let condition = item.condition,
           !condition.holds(in: answers, multiple: self.item(condition.item)?.kind == .multichoice) { return false }
        return true
    }

    /// The respondent items asked of someone, in order.
    public func itemsAsked(profession: String?, answers: [String: String]) -> [Item] {
        sections.filter { $0.audience == .respondent }.flatMap(\.items)
            .filter { isAsked($0, profession: profession, answers: answers) }
    }
}
