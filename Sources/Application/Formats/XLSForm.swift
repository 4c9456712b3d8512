import Foundation
import Store
import Survey

/// The respondents' questionnaire as an XLSForm (survey, choices and settings sheets), for collecting answers offline
/// with KoboToolbox or ODK Collect; `answers import … --from kobo` reads their exports back.
///
/// Shared conventions with the importer: a question's `name` is the item id, each respondent section is a group
/// named by its id (exports read `section/item`), choice names are the option codes, yes/no is the list `oui_non`
/// with `true`/`false`, the form opens with the optional `repondant`. The team's section is answered in the
/// application, so it is left out. Skip rules become `relevant` expressions meaning what `SurveyDefinition.isAsked`
/// means (checked by evaluating pyxform's XForm in `XLSFormTests`).
public struct XLSForm {
    let survey: SurveyDefinition

    public init(survey: SurveyDefinition) { self.survey = survey }

    /// The form's first question: the respondent's label on import when given.
    public static let respondentItem = "repondant"
    /// The yes/no list (choice names as the application stores booleans).
    public static let yesNoList = "oui_non"
    static let language = "French (fr)"

    public func data(title: String, formID: String) throws -> Data {
        try XLSXWorkbook.data(tables(title: title, formID: formID))
    }

    public func tables(title: String, formID: String) -> [SheetTable] {
        [surveySheet, choicesSheet,
         SheetTable(name: "settings", header: ["form_title", "form_id", "version", "default_language"],
                    rows: [[.text(title), .text(formID), .text(survey.questionnaire.version), .text(Self.language)]])]
    }

    // MARK: survey sheet

    static let surveyHeader = ["type", "name", "label::\(language)", "hint::\(language)", "required", "relevant", "constraint",
                               "constraint_message::\(language)"]

    var sections: [Questionnaire.Section] { survey.sections.filter { $0.audience == .respondent } }

    var surveySheet: SheetTable {
        var rows: [[TableCell]] = [row("text", Self.respondentItem, "Un pseudonyme ou vos initiales (facultatif)")]
        for section in sections {
            rows.append(row("begin_group", section.id, section.title))
            if let intro = section.intro { rows.append(row("note", "\(section.id)-intro", intro)) }
            rows += section.items.map(question)
            rows.append(row("end_group", "", ""))
        }
        return SheetTable(name: "survey", header: Self.surveyHeader, rows: rows)
    }

    private func row(_ type: String, _ name: String, _ label: String, hint: String? = nil, required: Bool = false,
                     relevant: String? = nil, constraint: (rule: String, message: String)? = nil) -> [TableCell] {
        [.text(type), .text(name), .text(label), .text(hint ?? ""), .text(required ? "yes" : ""), .text(relevant ?? ""),
         .text(constraint?.rule ?? ""), .text(constraint?.message ?? "")]
    }

    private func question(_ item: Item) -> [TableCell] {
        row(type(of: item), item.id, item.text, hint: item.help, required: item.required, relevant: relevant(item),
            constraint: constraint(item))
    }

    func type(of item: Item) -> String {
        switch item.kind {
        case .choice: "select_one \(listName(item))"
        case .multichoice: "select_multiple \(listName(item))"
        case .scale: "select_one \(listName(item))"
        case .boolean: "select_one \(Self.yesNoList)"
        case .integer: "integer"
        case .text: "text"
        }
    }

    /// Choices and multiple choices have their own list (named by the item), scales share theirs.
    func listName(_ item: Item) -> String {
        item.kind == .scale ? item.scale ?? item.id : item.id
    }

    /// The bounds of an integer; an option that excludes the others (« rien pour l'instant »).
    func constraint(_ item: Item) -> (rule: String, message: String)? {
        if item.kind == .integer, item.minimum != nil || item.maximum != nil {
            let rules = [item.minimum.map { ". >= \($0)" }, item.maximum.map { ". <= \($0)" }].compactMap { $0 }
            let words = switch (item.minimum, item.maximum) {
            case let (low?, high?): "Un nombre entre \(low) et \(high)."
            case let (low?, nil): "Un nombre d'au moins \(low)."
            case let (nil, high?): "Un nombre d'au plus \(high)."
            case (nil, nil): ""
            }
            return (rules.joined(separator: " and "), words)
        }
        if item.kind == .multichoice, let exclusive = item.options.first(where: \.exclusive) {
            return ("not(selected(., \(Self.quoted(exclusive.code))) and count-selected(.) > 1)",
                    "«\u{A0}\(exclusive.label)\u{A0}» ne peut pas être coché avec une autre réponse.")
        }
        return nil
    }

    // MARK: skip rules

    /// The item's professions and its condition, both required (as `isAsked` requires both); `nil` when always asked.
    func relevant(_ item: Item) -> String? {
        var parts: [String] = []
        if !item.professions.isEmpty {
            let professions = item.professions.map { "${\(WellKnownItem.profession.id)} = \(Self.quoted($0))" }
            parts.append(professions.joined(separator: " or "))
        }
        if let condition = item.condition { parts.append(relevant(condition)) }
        if parts.count > 1 { parts = parts.map { $0.contains(" or ") ? "(\($0))" : $0 } }
        return parts.isEmpty ? nil : parts.joined(separator: " and ")
    }

    /// `Condition.holds`: an unanswered earlier question means not asked, also for `not` (XPath's `!=` alone holds
    /// on an empty answer); on a multiple choice, `equals` means "one of the ticked codes", `not` "none of them".
    func relevant(_ condition: Condition) -> String {
        let reference = "${\(condition.item)}"
        let multiple = survey.item(condition.item)?.kind == .multichoice
        var parts: [String] = []
        if let equals = condition.equals {
            parts.append(multiple ? "selected(\(reference), \(Self.quoted(equals)))" : "\(reference) = \(Self.quoted(equals))")
        }
        if let not = condition.not {
            parts.append(multiple ? "count-selected(\(reference)) > 0 and not(selected(\(reference), \(Self.quoted(not))))"
                                  : "\(reference) != '' and \(reference) != \(Self.quoted(not))")
        }
        return parts.joined(separator: " and ")
    }

    /// An XPath string literal (codes are kebab-case; a quote would need the other quote).
    static func quoted(_ code: String) -> String { code.contains("'") ? "\"\(code)\"" : "'\(code)'" }

    // MARK: choices sheet

    var choicesSheet: SheetTable {
        var lists: [(name: String, options: [AnswerOption])] = [(Self.yesNoList, [AnswerOption(code: "true", label: "Oui"),
                                                                                  AnswerOption(code: "false", label: "Non")])]
        let codebook = Codebook(survey: survey)
        for item in sections.flatMap(\.items) where [.choice, .multichoice, .scale].contains(item.kind) {
            let name = listName(item)
            if !lists.contains(where: { $0.name == name }) { lists.append((name, codebook.answerOptions(of: item))) }
        }
        let rows = lists.flatMap { list in list.options.map { [TableCell.text(list.name), .text($0.code), .text($0.label)] } }
        return SheetTable(name: "choices", header: ["list_name", "name", "label::\(Self.language)"], rows: rows)
    }
}

extension CampaignExport {
    /// `export ID --format xlsform`: `questionnaire-<équipe>-campagne-<n>.xlsx`.
    public func xlsForm() throws -> (name: String, data: Data) {
        let slug = FileSlug.campaign(snapshot)
        let title = "\(survey.questionnaire.title) — \(snapshot.team.name)"
        return ("questionnaire-\(slug).xlsx", try XLSForm(survey: survey).data(title: title, formID: "sipadvisor-\(slug)"))
    }
}
