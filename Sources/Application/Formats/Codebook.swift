import Survey

/// What every column of an export means: one row per question (item id, section, question, type, options
/// `code=libellé`, who is asked, the skip rule in words). It goes into every campaign export, as `codebook.csv` and
/// as the workbook's last sheet, so a spreadsheet user reads the codes without the catalog.
public struct Codebook {
    let survey: SurveyDefinition

    public init(survey: SurveyDefinition) { self.survey = survey }

    public static let header = ["question", "section", "intitule", "type", "options", "qui_repond", "professions",
                                "condition", "obligatoire", "minimum", "maximum", "aide"]

    public var table: SheetTable {
        SheetTable(name: "codebook", header: Self.header, rows: survey.sections.flatMap { section in
            section.items.map { row($0, section: section) }
        })
    }

    private func row(_ item: Item, section: Questionnaire.Section) -> [TableCell] {
        [.text(item.id), .text(section.id), .text(item.text), .text(Self.typeName(item.kind)), .text(options(of: item)),
         .text(section.audience == .team ? "l'équipe (une fois)" : "chaque professionnel·le"),
         .text(item.professions.isEmpty ? "toutes" : item.professions.map(survey.professionLabel).joined(separator: ", ")),
         .text(item.condition.map(rule) ?? ""), .boolean(item.required), .integer(item.minimum), .integer(item.maximum),
         .text(item.help ?? "")]
    }

    static func typeName(_ kind: Item.Kind) -> String {
        switch kind {
        case .choice: "choix unique"
        case .multichoice: "choix multiple (codes séparés par |)"
        case .scale: "échelle"
        case .integer: "nombre entier"
        case .boolean: "oui/non (true/false)"
        case .text: "texte libre"
        }
    }

    /// `code=libellé` pairs of a choice or a scale, ` | ` between them; booleans are `true`/`false`.
    func options(of item: Item) -> String {
        answerOptions(of: item).map { "\($0.code)=\($0.label)" }.joined(separator: " | ")
    }

    func answerOptions(of item: Item) -> [AnswerOption] {
        switch item.kind {
        case .choice, .multichoice: item.options
        case .scale: item.scale.flatMap { survey.questionnaire.scale($0) }?.options ?? []
        case .boolean: [AnswerOption(code: "true", label: "Oui"), AnswerOption(code: "false", label: "Non")]
        case .integer, .text: []
        }
    }

    /// The skip rule in words, as the respondent's questionnaire applies it: « si « Faites-vous… » : « Oui » ».
    func rule(_ condition: Condition) -> String {
        guard let earlier = survey.item(condition.item) else { return condition.item }
        let options = answerOptions(of: earlier)
        func label(_ code: String) -> String { "«\u{A0}\(options.first { $0.code == code }?.label ?? code)\u{A0}»" }
        let question = "«\u{A0}\(earlier.text)\u{A0}» (\(earlier.id))"
        let multiple = earlier.kind == .multichoice
        var parts: [String] = []
        if let equals = condition.equals { parts.append(multiple ? "comprend \(label(equals))" : "vaut \(label(equals))") }
        if let not = condition.not { parts.append(multiple ? "répondue sans \(label(not))" : "répondue autrement que \(label(not))") }
        return "si la réponse à \(question) " + parts.joined(separator: " et ")
    }
}
