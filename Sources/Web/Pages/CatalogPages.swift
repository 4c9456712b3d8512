import Application
import Comparator
import Deployment
import Foundation
import Reports
import Store

/// `/catalogue`: the federation's products with their status and the age of their evidence, the observations of
/// user groups waiting for the DIM, and the DIM's form to add a product.
struct CatalogPage: PageModel {
    static let template = "catalogue"

    struct Row: Sendable {
        var id: String; var name: String; var editor: String?; var statuses: [ProductStatusLine]
        var knownFacts: Int; var age: String; var oldest: String; var newest: String
    }

    var products: [Row]
    var observations: [PendingObservation]
    var canWrite: Bool
    var csrf: String
    var message: String?
    /// A refused product, naming the field, with what was typed.
    var error: String?
    var typedID = "", typedName = "", typedEditor = ""

    init(products: [Product], records: [ProductRecord], observations: [PendingObservation], canWrite: Bool, csrf: String,
         message: String?, error: String? = nil) {
        let editors = Dictionary(records.compactMap { record in record.editor.map { (record.id, $0) } }, uniquingKeysWith: { first, _ in first })
        self.products = products.map { product in
            let age = EvidencePeriod(facts: product.facts.values)
            return Row(id: product.id, name: product.name, editor: editors[product.id], statuses: ProductStatusLine.all(of: product),
                       knownFacts: product.facts.values.filter(\.isKnown).count, age: age.words,
                       oldest: age.oldest.map(FrenchDate.evidence) ?? "—", newest: age.newest.map(FrenchDate.evidence) ?? "—")
        }
        (self.observations, self.canWrite, self.csrf, self.message, self.error) = (observations, canWrite, csrf, message, error)
    }
}

/// One line of a product's status per kind (label e-santé, Ségur référencement), in the sheets' words (`Reports`),
/// with its source: a missing status reads « non renseigné », never « non ».
struct ProductStatusLine: Sendable {
    var kind: String
    var text: String
    /// When the source established it, when the state's words do not already say it.
    var date: String?
    var source: String?

    static func all(of product: Product) -> [ProductStatusLine] {
        let label = product.label, segur = product.segur
        return [ProductStatusLine(kind: "Label e-santé", text: label?.frenchState ?? LabelStatus.frenchUnknown,
                                  date: label.map { FrenchDate.evidence($0.date) }, source: label?.source),
                ProductStatusLine(kind: "Ségur", text: segur?.frenchState ?? SegurStatus.frenchUnknown, source: segur?.source)]
    }
}

/// An observation of a user group waiting for the DIM, with the forms that accept or reject it.
struct PendingObservation: Sendable {
    var id: Int64
    var productID: String
    var product: String
    var criterion: String
    var text: String
    var suggested: String?
    /// The suggested value as the DIM would type it ("non", "3", "1 200"), to prefill the acceptance form.
    var typable: String
    var session: String
    var sessionID: Int64
    var recordedBy: String
    var canDecide: Bool
    var csrf: String

    init(_ record: ObservationRecord, catalog: ProductCatalog, productName: String, session: StoredUserGroupSession?,
         canDecide: Bool, csrf: String) {
        (id, productID, product, text, recordedBy) = (record.id, record.productId, productName, record.text, record.recordedBy)
        criterion = catalog.criterion(record.criterionId).map { "\($0.id) — \($0.title)" } ?? record.criterionId
        suggested = record.suggestedValue.map { FactText.value($0, on: catalog.criterion(record.criterionId)) }
        typable = record.suggestedValue.map { FactText.typable($0, on: catalog.criterion(record.criterionId)) } ?? ""
        sessionID = record.sessionId
        self.session = session.map { "\($0.session.software), \(FrenchDate.long($0.session.date))" } ?? "séance n° \(record.sessionId)"
        (self.canDecide, self.csrf) = (canDecide, csrf)
    }
}

/// Facts as the pages show them, in French.
enum FactText {
    /// A stored canonical value read on its criterion's scale ("oui", "3/4", "1 200 €"); as stored when it no longer
    /// fits the criterion.
    static func value(_ stored: String?, on criterion: Criterion?) -> String {
        guard let stored else { return "inconnu" }
        guard let criterion, let value = FactValueText.parse(stored, scale: criterion.scale) else { return stored }
        return value.frenchText + (criterion.unit.map { "\u{00A0}\($0)" } ?? "")
    }

    /// A stored value as a person types it on a form (a level without "/4", no unit), read back by `FactValueText`.
    static func typable(_ stored: String, on criterion: Criterion?) -> String {
        guard let criterion, let value = FactValueText.parse(stored, scale: criterion.scale) else { return stored }
        if case .level(let level) = value { return String(level) }
        return value.frenchText
    }

    static func grade(_ stored: String) -> String { EvidenceGrade(rawValue: stored)?.frenchName ?? stored }
}

/// The criteria in a `<select>`, grouped by section.
struct CriterionChoice: Sendable {
    struct Option: Sendable { var value: String; var label: String; var selected: Bool }
    var title: String
    var options: [Option]

    static func groups(_ criteria: [Criterion], sections: [(id: String, title: String)], selected: String) -> [CriterionChoice] {
        CriteriaBySection.grouped(criteria, sections: sections).map { section in
            CriterionChoice(title: section.title, options: section.criteria.map {
                Option(value: $0.id, label: "\($0.id) — \($0.title)", selected: $0.id == selected)
            })
        }
    }
}

/// Criteria in the sections of `criteria.yaml`, in its order; a section it does not title comes last, by its id.
enum CriteriaBySection {
    static func grouped(_ criteria: [Criterion], sections: [(id: String, title: String)]) -> [(title: String, criteria: [Criterion])] {
        let bySection = Dictionary(grouping: criteria, by: \.section)
        let named = sections.map(\.id)
        let others = Set(bySection.keys).subtracting(named).sorted()
        let titles = Dictionary(sections.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        return (named + others).compactMap { id in bySection[id].map { (title: titles[id] ?? id, criteria: $0) } }
    }
}

/// The observations part of a user-group session's page: what was reported there and what the DIM decided, and the
/// facilitator's form to report one (shown again with what was typed after a refusal).
struct SessionObservations: Sendable {
    struct Row: Sendable { var product: String; var criterion: String; var text: String; var suggested: String?; var status: String }
    struct Option: Sendable { var value: String; var label: String; var selected: Bool }

    var session: Int64
    var csrf: String
    var rows: [Row]
    var products: [Option]
    var criteria: [CriterionChoice]
    var typedText: String, typedValue: String
    var observationError: String?
    var textLimit = ObservationEntry.maximumTextLength

    init(session: Int64, csrf: String, records: [ObservationRecord], products: [Product], catalog: ProductCatalog,
         sections: [(id: String, title: String)], typed: ObservationEntry?, refusal: FactEntry.Refusal?) {
        (self.session, self.csrf) = (session, csrf)
        let names = Dictionary(products.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        rows = records.map { record in
            let criterion = catalog.criterion(record.criterionId)
            return Row(product: names[record.productId] ?? record.productId,
                       criterion: criterion.map { "\($0.id) — \($0.title)" } ?? record.criterionId, text: record.text,
                       suggested: record.suggestedValue.map { FactText.value($0, on: criterion) }, status: Self.status(record))
        }
        self.products = products.map { Option(value: $0.id, label: $0.name, selected: $0.id == typed?.product) }
        criteria = CriterionChoice.groups(catalog.criteria, sections: sections, selected: typed?.criterion ?? "")
        (typedText, typedValue) = (typed?.text ?? "", typed?.suggestedValue ?? "")
        observationError = refusal.map { "L’observation n’est pas enregistrée. \($0.onForm)" }
    }

    static func status(_ record: ObservationRecord) -> String {
        switch record.status {
        case .pending: "en attente du DIM"
        case .accepted: "acceptée dans le catalogue"
        case .rejected: "rejetée\u{00A0}: \(record.reason ?? "")"
        }
    }
}

extension FactEntry.Refusal {
    /// The refusal as a form shows it, naming the field by its label: "Source\u{00A0}: obligatoire…". The catalog's
    /// forms call the product « Logiciel » (`FormLabels` says « Logiciel démontré » for the evaluation's form).
    var onForm: String { "\(field == "produit" ? "Logiciel" : FormLabels.all[field] ?? field)\u{00A0}: \(problem)" }
}
