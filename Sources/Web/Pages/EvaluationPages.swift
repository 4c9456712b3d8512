import Application
import Comparator
import Reports
import Store
import Survey

/// The first page of an evaluation's link: who scores.
struct EvaluationStartPage: PageModel {
    static let template = "evaluation-debut"
    struct Profession: Sendable { var id: String; var label: String; var selected: Bool }

    var product: String; var date: String; var scenarios: Int; var action: String; var csrf: String
    var professions: [Profession]; var name: String
    var error: String?; var professionError: String?; var nameError: String?

    static func professions(_ catalog: ProductCatalog, selected: String) -> [Profession] {
        catalog.professions.map { Profession(id: $0.id, label: $0.label, selected: $0.id == selected) }
    }
}

/// A professional's sheet: every scenario with the four choices and a comment.
struct EvaluationSheetPage: PageModel {
    static let template = "evaluation-fiche"
    struct Option: Sendable { var name: String; var value: String; var label: String; var checked: Bool }
    struct Scenario: Sendable {
        var id: Int64; var position: Int; var text: String; var mustHave: Bool; var options: [Option]
        var commentName: String; var comment: String; var choiceError: String?; var commentError: String?; var error: Bool
    }

    var product: String; var date: String; var action: String; var csrf: String
    var professions: [EvaluationStartPage.Profession]; var name: String
    var professionError: String?; var nameError: String?
    var scenarios: [Scenario]; var saved: Bool; var hasErrors: Bool; var expired: Bool

    /// `values` are what the form shows (stored or as sent back), by field name; `errors` by field name too.
    static func scenarios(_ records: [EvaluationScenarioRecord], values: [String: String], errors: [String: String]) -> [Scenario] {
        records.map { scenario in
            let (choice, comment) = (DemoEvaluation.Field.choice(scenario.id), DemoEvaluation.Field.comment(scenario.id))
            return Scenario(id: scenario.id, position: scenario.position, text: scenario.text, mustHave: scenario.mustHave,
                            options: DemoChoice.allCases.map {
                                Option(name: choice, value: $0.rawValue, label: $0.frenchName, checked: values[choice] == $0.rawValue)
                            },
                            commentName: comment, comment: values[comment] ?? "", choiceError: errors[choice],
                            commentError: errors[comment], error: errors[choice] != nil || errors[comment] != nil)
        }
    }

    /// A stored sheet as form values.
    static func values(_ sheet: EvaluationSheetRecord, scores: [Int64: EvaluationScoreRecord]) -> [String: String] {
        var values = [DemoEvaluation.Field.profession: sheet.profession, DemoEvaluation.Field.name: sheet.name ?? ""]
        for (scenario, score) in scores {
            values[DemoEvaluation.Field.choice(scenario)] = score.choice
            values[DemoEvaluation.Field.comment(scenario)] = score.comment
        }
        return values
    }
}

/// The DIM's list of a campaign's demonstrations, and the form that prepares one.
struct EvaluationsPage: PageModel {
    static let template = "demonstrations"
    struct Row: Sendable { var id: Int64; var campaign: Int64; var product: String; var date: String; var people: Int; var state: String }
    struct ProductOption: Sendable { var id: String; var name: String; var selected: Bool }

    var campaign: Int64; var team: String; var evaluations: [Row]; var products: [ProductOption]
    var typedDate: String; var csrf: String; var error: String?
}

/// One demonstration for the DIM: its link, its grid, the closing.
struct EvaluationPage: PageModel {
    static let template = "demonstration"
    struct Line: Sendable { var text: String; var mustHave: Bool }

    var id: Int64; var campaign: Int64; var product: String; var date: String; var link: String
    var closed: Bool; var closedText: String?; var people: Int; var scenarios: [Line]; var csrf: String
    var message: String?; var error: String?
}
