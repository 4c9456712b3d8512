import Comparator
import Survey

/// Splits the questionnaire asked of one profession into short pages. Pages are cut once from the items the
/// profession may be asked (so numbering never moves), then each page shows the items asked given the answers so
/// far, plus those whose condition is answered on the same page.
struct QuestionnairePager: Sendable {
    struct PageItems: Sendable {
        var section: Questionnaire.Section
        var items: [Item]
    }

    static let pageSize = 8

    let definition: SurveyDefinition
    let profession: String
    let pages: [PageItems]

    init(definition: SurveyDefinition, profession: String) {
        self.definition = definition
        self.profession = profession
        var pages: [PageItems] = []
        for section in definition.sections where section.audience == .respondent {
            // The profession comes with the link (the DIM set it): asking again could only contradict it.
            let possible = section.items.filter { ($0.professions.isEmpty || $0.professions.contains(profession)) && $0.id != WellKnownItem.profession.id }
            for start in stride(from: 0, to: possible.count, by: Self.pageSize) {
                pages.append(PageItems(section: section, items: Array(possible[start..<min(start + Self.pageSize, possible.count)])))
            }
        }
        self.pages = pages
    }

    /// Items shown on page `index` (0-based).
    func shown(_ index: Int, answers: [String: String]) -> [Item] {
        let items = pages[index].items
        let here = Set(items.map(\.id))
        return items.filter { item in
            if let condition = item.condition, here.contains(condition.item) { return true }
            return definition.isAsked(item, profession: profession, answers: answers)
        }
    }

    func isAsked(_ item: Item, answers: [String: String]) -> Bool {
        definition.isAsked(item, profession: profession, answers: answers)
    }

    /// The first page with a question still unanswered; `nil` when everything asked is answered.
    func resume(answers: [String: String]) -> Int? {
        pages.indices.first { index in
            shown(index, answers: answers).contains { isAsked($0, answers: answers) && answers[$0.id] == nil }
        }
    }

    /// The next page after `index` that shows anything.
    func next(after index: Int, answers: [String: String]) -> Int? {
        pages.indices.first { $0 > index && !shown($0, answers: answers).isEmpty }
    }

    /// Whether page `index` is surely the last: no later page shows anything given the answers so far, and none
    /// holds a follow-up of a question on this page (answered differently, it could open one).
    func isSurelyLast(_ index: Int, answers: [String: String]) -> Bool {
        guard next(after: index, answers: answers) == nil else { return false }
        let here = Set(pages[index].items.map(\.id))
        return !pages[(index + 1)...].contains { page in page.items.contains { $0.condition.map { here.contains($0.item) } ?? false } }
    }

    /// About how long the questionnaire takes this profession, told in the welcome: every page and every question
    /// it may be asked (follow-ups included, so it is an upper bound), at a measured-by-eye pace of 20 s for a
    /// choice and a minute for a free text, rounded up to whole minutes.
    var length: (pages: Int, minutes: Int) {
        let seconds = pages.flatMap(\.items).reduce(0) { total, item in total + (item.kind == .text ? 60 : 20) }
        return (pages.count, max(1, (seconds + 59) / 60))
    }

    func previous(before index: Int, answers: [String: String]) -> Int? {
        pages.indices.last { $0 < index && !shown($0, answers: answers).isEmpty }
    }
}

/// One pager per profession, cut when the application starts: the questionnaire does not change while it runs, so
/// a page view only looks its pager up.
struct QuestionnairePagers: Sendable {
    private let definition: SurveyDefinition
    private let byProfession: [String: QuestionnairePager]

    init(definition: SurveyDefinition) {
        self.definition = definition
        byProfession = Dictionary(definition.professions.map { ($0.id, QuestionnairePager(definition: definition, profession: $0.id)) },
                                  uniquingKeysWith: { first, _ in first })
    }

    /// A profession the catalog no longer lists (a campaign created before it changed) gets its pager cut on demand.
    func pager(for profession: String) -> QuestionnairePager {
        byProfession[profession] ?? QuestionnairePager(definition: definition, profession: profession)
    }
}

/// Turns items into the view model of the `items` template, with typed values and errors.
enum ItemFields {
    /// `shownWith`: the ids of the items on the same page; a follow-up question whose condition is among them is
    /// shown with it (no JavaScript) and says when it applies, since its answer is ignored otherwise.
    static func view(_ items: [Item], definition: SurveyDefinition, values: [String: String], errors: [String: String],
                     shownWith: Set<String> = []) -> [[String: Any]] {
        items.map { item in
            let value = values[item.id] ?? ""
            var fields: [String: Any] = ["id": item.id, "text": item.text, "required": item.required, "name": item.id,
                                         "help": item.help as Any, "error": errors[item.id] as Any, "value": value,
                                         "condition": item.condition.flatMap { shownWith.contains($0.item) ? note($0, definition) : nil } as Any]
            switch item.kind {
            case .choice, .scale, .boolean, .multichoice:
                let options: [AnswerOption] = switch item.kind {
                case .boolean: [AnswerOption(code: "true", label: "Oui"), AnswerOption(code: "false", label: "Non")]
                case .scale: item.scale.flatMap { definition.questionnaire.scale($0) }?.options ?? []
                default: item.options
                }
                let selected = Set(value.split(separator: "|").map(String.init))
                let multiple = item.kind == .multichoice
                fields["grouped"] = true
                fields["options"] = options.map { option in
                    ["code": option.code, "label": option.label, "checked": selected.contains(option.code),
                     "inputType": multiple ? "checkbox" : "radio", "name": item.id] as [String: Any]
                }
            case .integer:
                fields["grouped"] = false
                fields["inputType"] = "number"
                fields["min"] = item.minimum.map(String.init) as Any
                fields["max"] = item.maximum.map(String.init) as Any
            case .text:
                fields["grouped"] = false
                fields["multiline"] = true
            }
            return fields
        }
    }

    /// Reads the submitted values of `items` as the store keeps them (multichoice: the ticked boxes, sent by the
    /// browser as the item's name repeated, joined with `|`).
    static func submitted(_ items: [Item], form: FormFields) -> [String: String] {
        var values: [String: String] = [:]
        for item in items {
            let value = item.kind == .multichoice ? form.values(item.id).joined(separator: "|") : form.trimmed(item.id)
            if !value.isEmpty { values[item.id] = value }
        }
        return values
    }

    /// Messages for the fields whose invisible control characters were removed (`FormFields` with `keepingPage`):
    /// the page comes back with the text as it now reads, for the person to check and send again.
    static func cleaned(_ form: FormFields) -> [String: String] {
        Dictionary(uniqueKeysWithValues: form.cleanedFields.map {
            ($0, "Un caractère invisible (caractère de contrôle) a été retiré de votre réponse\u{A0}: vérifiez-la et validez à nouveau.")
        })
    }

    /// "Only if you answered « Oui » to « … »; otherwise this answer will be ignored."
    static func note(_ condition: Condition, _ definition: SurveyDefinition) -> String? {
        guard let source = definition.item(condition.item), let code = condition.equals ?? condition.not else { return nil }
        let label = optionLabel(code, of: source, definition) ?? code
        let answered = condition.equals != nil ? "vous avez répondu" : "vous n'avez pas répondu"
        return "Seulement si \(answered) «\u{A0}\(label)\u{A0}» à «\u{A0}\(source.text)\u{A0}»\u{A0}; sinon, cette réponse sera ignorée."
    }

    static func optionLabel(_ code: String, of item: Item, _ definition: SurveyDefinition) -> String? {
        switch item.kind {
        case .boolean: code == "true" ? "Oui" : "Non"
        case .scale: item.scale.flatMap { definition.questionnaire.scale($0)?.label(of: code) }
        default: item.options.first { $0.code == code }?.label
        }
    }
}
