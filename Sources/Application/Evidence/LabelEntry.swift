import Comparator
import Foundation
import Store
import Survey

/// A product's label status as the DIM types it (the catalog page's « Statut du label » form, `sipadvisor product
/// label`): the one rule that turns it into the `LabelStatus` the store appends, or refuses it naming the field
/// (`produit`, `etat`, `niveau_label`, `obtenu`, `perdu`, `source`, `date`, `note`; the CLI names its option instead).
public struct LabelEntry: Sendable, Equatable {
    public var product: String, state: String, level: String, granted: String, lost: String
    public var source: String, date: String, note: String

    public init(product: String, state: String, level: String = "", granted: String = "", lost: String = "",
                source: String, date: String, note: String = "") {
        self.product = product; self.state = state; self.level = level; self.granted = granted; self.lost = lost
        self.source = source; self.date = date; self.note = note
    }

    /// Checks every field; returns the product id and its new status. Without `products` the product is not looked
    /// up (the CLI's `validate()`, before any store is opened).
    public func checked(products: Set<String>?, today: Date) throws(FactEntry.Refusal) -> (product: String, status: LabelStatus) {
        let (product, state) = try LabelEntry.productAndState(self.product, self.state, in: products, as: LabelStatus.State.self)
        let level = try checkedLevel(state: state)
        let granted = try Self.optionalDate(granted, field: "obtenu", today: today)
        let lost = try Self.optionalDate(lost, field: "perdu", today: today)
        if state == .noLongerMeets && lost == nil {
            throw .init(field: "perdu", problem: "obligatoire quand le produit ne répond plus au label\u{00A0}: depuis quand\u{00A0}?")
        }
        if state != .noLongerMeets && lost != nil {
            throw .init(field: "perdu", problem: "seulement quand le produit ne répond plus au label (laissez vide)")
        }
        let cited = try Self.citation(source: source, date: date, note: note, today: today)
        return (product, LabelStatus(state: state, level: level, granted: granted, lost: lost, source: cited.source,
                                     date: cited.date, note: cited.note))
    }

    /// The product (looked up when `products` is given) and the state among the status's values, for either status.
    static func productAndState<State: RawRepresentable & CaseIterable>(_ typed: String, _ state: String, in products: Set<String>?,
                                                                        as type: State.Type) throws(FactEntry.Refusal) -> (String, State)
        where State.RawValue == String {
        let product = TypedText.cleaned(typed)
        guard products?.contains(product) ?? !product.isEmpty else { throw .init(field: "produit", problem: "inconnu «\u{00A0}\(product)\u{00A0}»") }
        guard let state = State(rawValue: TypedText.cleaned(state).lowercased()) else {
            throw .init(field: "etat", problem: "attendu\u{00A0}: " + State.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return (product, state)
    }

    /// A status's source (required), its date (required) and its note: the same for a label and a Ségur status.
    static func citation(source: String, date: String, note: String, today: Date) throws(FactEntry.Refusal)
        -> (source: String, date: String, note: String?) {
        let (source, note) = (TypedText.cleaned(source), TypedText.cleaned(note))
        try FactEntry.checkText(source, field: "source", required: true, limit: FactEntry.maximumSourceLength)
        guard let date = try optionalDate(date, field: "date", today: today) else {
            throw .init(field: "date", problem: "obligatoire\u{00A0}: quand la source a-t-elle établi ce statut\u{00A0}?")
        }
        try FactEntry.checkText(note, field: "note", required: false, limit: FactEntry.maximumNoteLength)
        return (source, date, note.isEmpty ? nil : note)
    }

    /// A level only with a held label, and only when the source gives it (none is guessed).
    private func checkedLevel(state: LabelStatus.State) throws(FactEntry.Refusal) -> LabelLevel? {
        let typed = TypedText.cleaned(level).lowercased()
        if typed.isEmpty { return nil }
        guard state == .held else {
            throw .init(field: "niveau_label", problem: "seulement pour un label détenu (laissez vide)")
        }
        guard let level = LabelLevel(rawValue: typed) else {
            throw .init(field: "niveau_label", problem: "attendu\u{00A0}: standard ou avance (vide si la source ne le donne pas)")
        }
        return level
    }

    static func optionalDate(_ typed: String, field: String, today: Date) throws(FactEntry.Refusal) -> String? {
        let text = TypedText.cleaned(typed)
        if text.isEmpty { return nil }
        if let problem = FactDate.problem(text, today: today) { throw .init(field: field, problem: problem) }
        return text
    }
}

extension EvidenceCatalog {
    /// Appends a product's new label status (the previous one stays in the history), in one transaction; a status
    /// equal to the current one adds nothing (`statusesAdded == 0`).
    @discardableResult
    public func recordLabel(_ entry: LabelEntry, by recorder: String, today: Date) throws -> EvidenceChange.Outcome {
        try seedIfEmpty()
        let (product, status) = try entry.checked(products: Set(try store.products.all().map(\.id)), today: today)
        return try appendStatus(StatusKind.label, of: product, Self.json(status), by: recorder)
    }

    /// One status row, alone in its transaction; the store skips it when equal to the current one.
    func appendStatus(_ kind: String, of product: String, _ data: String?, by recorder: String) throws -> EvidenceChange.Outcome {
        try store.products.apply(EvidenceChange(recordedBy: recorder, statuses: [.init(productID: product, kind: kind, data: data)]))
    }

    /// A product's label statuses, newest first (`nil`: a row that made it unknown).
    public func labelHistory(product: String) throws -> [(status: LabelStatus?, record: ProductStatusRecord)] {
        try store.products.statusHistory(product: product).filter { $0.kind == StatusKind.label }
            .map { (status: $0.data.flatMap { Self.decode(LabelStatus.self, $0) }, record: $0) }
    }
}
