import Application
import Comparator
import Deployment
import Foundation
import Reports
import Store

/// `/catalogue/:product`: the federation's current facts by criterion, grouped by section (an unknown criterion
/// reads "inconnu": unknown is not "no"), each team's own evidence apart, the observations waiting for the DIM, and
/// the DIM's form to record a fact.
struct ProductPage: PageModel {
    static let template = "produit"

    struct Section: Sendable { var title: String; var facts: [FactRow] }
    struct FactRow: Sendable {
        var criterionID: String; var title: String; var value: String; var grade: String; var date: String?
        var source: String?; var note: String?; var known: Bool; var history: String
    }
    struct TeamFact: Sendable {
        var team: String; var criterionID: String; var title: String; var value: String; var grade: String
        var date: String?; var source: String?; var note: String?
    }

    var id: String
    var name: String
    var editor: String?
    var statuses: [ProductStatusLine]
    var age: String
    var sections: [Section]
    var teamFacts: [TeamFact]
    var observations: [PendingObservation]
    var hasObservations: Bool
    var message: String?
    var form: FactForm?
    /// DIM and admin only: the teams using this product while it no longer meets the label.
    var labelAlerts: [LabelAlert] = []
    var hasLabelAlerts = false
    /// DIM and admin only: the label status form and its history.
    var labelForm: LabelStatusForm?

    init(product: Product, record: ProductRecord?, catalog: ProductCatalog, sections: [(id: String, title: String)],
         teamFacts: [(team: String, fact: ProductFactRecord)], observations: [PendingObservation], message: String?, form: FactForm?) {
        (id, name, editor, self.message, self.form) = (product.id, product.name, record?.editor, message, form)
        statuses = ProductStatusLine.all(of: product)
        age = EvidencePeriod(facts: product.facts.values).words
        let history = "/catalogue/\(Self.path(product.id))/historique?critere="
        self.sections = CriteriaBySection.grouped(catalog.criteria, sections: sections).map { section in
            Section(title: section.title, facts: section.criteria.map { criterion in
                let fact = catalog.fact(of: product, on: criterion)
                return FactRow(criterionID: criterion.id, title: criterion.title,
                               value: fact.value.map { FactText.value(FactValueText.canonical($0), on: criterion) } ?? "inconnu",
                               grade: fact.grade.frenchName, date: fact.date.map(FrenchDate.evidence), source: fact.source,
                               note: fact.note, known: fact.isKnown, history: history + Self.query(criterion.id))
            })
        }
        self.teamFacts = teamFacts.map { team, fact in
            let criterion = catalog.criterion(fact.criterionId)
            return TeamFact(team: team, criterionID: fact.criterionId, title: criterion?.title ?? fact.criterionId,
                            value: FactText.value(fact.value, on: criterion), grade: FactText.grade(fact.grade),
                            date: fact.date.map(FrenchDate.evidence), source: fact.source, note: fact.note)
        }
        (self.observations, hasObservations) = (observations, !observations.isEmpty)
    }

    /// A product id in a path: ids are a-z, 0-9 and "-" (`ProductEntry`), but shipped or imported ones may not be.
    static func path(_ id: String) -> String { id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? id }
    static func query(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text }
}

/// The DIM's form to record a fact, shown again with what was typed and the refused field's message.
struct FactForm: Sendable {
    struct Option: Sendable { var value: String; var label: String; var selected: Bool }
    /// One message per form field (`critere`, `valeur`, `niveau`, `source`, `date`, `note`), set on the refused one.
    struct Errors: Sendable { var critere, valeur, niveau, source, date, note: String? }

    var csrf: String
    var criteria: [CriterionChoice]
    var grades: [Option]
    var typedValue: String, typedSource: String, typedDate: String, typedNote: String
    var formError: String?
    var errors = Errors()
    var sourceLimit = FactEntry.maximumSourceLength
    var noteLimit = FactEntry.maximumNoteLength

    init(csrf: String, catalog: ProductCatalog, sections: [(id: String, title: String)], typed: FactEntry?, refusal: FactEntry.Refusal?) {
        self.csrf = csrf
        criteria = CriterionChoice.groups(catalog.criteria, sections: sections, selected: typed?.criterion ?? "")
        grades = FactEntry.recordableGrades.map {
            Option(value: $0.rawValue, label: $0.frenchName, selected: $0.rawValue == (typed?.grade ?? EvidenceGrade.editor.rawValue))
        }
        (typedValue, typedSource, typedDate, typedNote) = (typed?.value ?? "", typed?.source ?? "", typed?.date ?? "", typed?.note ?? "")
        guard let refusal else { return }
        formError = "Le fait n’est pas enregistré. \(refusal.onForm)"
        switch refusal.field {
        case "critere": errors.critere = refusal.problem
        case "valeur": errors.valeur = refusal.problem
        case "niveau": errors.niveau = refusal.problem
        case "source": errors.source = refusal.problem
        case "date": errors.date = refusal.problem
        default: errors.note = refusal.problem
        }
    }
}

/// `/catalogue/:product/historique`: every version of a criterion's fact (or of all the product's), newest first,
/// with who recorded it and when.
struct FactHistoryPage: PageModel {
    static let template = "historique"

    struct Row: Sendable {
        var criterionID: String; var title: String; var value: String; var grade: String; var date: String?
        var source: String?; var note: String?; var scope: String; var recordedBy: String; var recordedAt: String
    }

    var id: String
    var name: String
    var criterion: String?
    var rows: [Row]

    init(product: ProductRecord, criterion: Criterion?, rows: [ProductFactRecord], catalog: ProductCatalog, teamName: (Int64) -> String) {
        (id, name) = (ProductPage.path(product.id), product.name)
        self.criterion = criterion.map { "\($0.id) — \($0.title)" }
        // Newest first across criteria too: the store orders by criterion, then newest.
        self.rows = rows.sorted { $0.id > $1.id }.map { fact in
            let criterion = catalog.criterion(fact.criterionId)
            return Row(criterionID: fact.criterionId, title: criterion?.title ?? fact.criterionId,
                       value: FactText.value(fact.value, on: criterion), grade: FactText.grade(fact.grade),
                       date: fact.date.map(FrenchDate.evidence), source: fact.source, note: fact.note,
                       scope: fact.teamId.map(teamName) ?? "fédération", recordedBy: fact.recordedBy,
                       recordedAt: FrenchDate.long(fact.recordedAt) + " à " + Self.time(fact.recordedAt))
        }
    }

    /// "14 h 05" (UTC, as every date the application shows).
    static func time(_ date: Date) -> String {
        let parts = CalendarDay.calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%d\u{00A0}h\u{00A0}%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
