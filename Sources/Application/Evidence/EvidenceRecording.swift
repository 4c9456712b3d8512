import Comparator
import Foundation
import Store
import Survey

/// Writing to the evidence: one typed fact, a batch of them (an editor's reply), products imported from YAML, a new
/// product. The web and the CLI both call these; each writes in one transaction or not at all.
extension EvidenceCatalog {
    /// A refused row of a batch: its position (1-based, as the caller counts: a CSV line) and why.
    public struct BatchRefusal: Error, Sendable, CustomStringConvertible {
        public var refusals: [(row: Int, refusal: FactEntry.Refusal)]
        public var description: String {
            refusals.map { "ligne \($0.row)\u{00A0}: \($0.refusal)" }.joined(separator: "\n")
        }
    }

    /// Records typed facts: every entry is checked first; when one is refused nothing is written.
    @discardableResult
    public func record(_ entries: [(row: Int, entry: FactEntry)], by recorder: String, today: Date) throws -> EvidenceChange.Outcome {
        let (facts, refused) = try check(entries, today: today)
        if !refused.refusals.isEmpty { throw refused }
        return try store.products.apply(EvidenceChange(recordedBy: recorder, facts: facts))
    }

    /// Checks typed facts without writing them (the reference products are seeded first, as `record` does): the facts
    /// `record` would write and the refused rows. A caller with checks of its own (an editor's reply: unknown question
    /// ids) reports every problem of a batch at once.
    public func check(_ entries: [(row: Int, entry: FactEntry)], today: Date) throws -> (facts: [EvidenceChange.NewFact], refused: BatchRefusal) {
        try seedIfEmpty()
        let known = Set(try store.products.all().map(\.id))
        var facts: [EvidenceChange.NewFact] = [], refused = BatchRefusal(refusals: [])
        for (row, entry) in entries {
            do { facts.append(try entry.checked(criteria: reference, products: known, today: today)) } catch {
                refused.refusals.append((row, error))
            }
        }
        return (facts, refused)
    }

    /// Records one typed fact; a refusal names its field.
    @discardableResult
    public func record(_ entry: FactEntry, by recorder: String, today: Date) throws -> EvidenceChange.Outcome {
        do { return try record([(1, entry)], by: recorder, today: today) } catch let batch as BatchRefusal {
            throw batch.refusals[0].refusal
        }
    }

    /// Imports products read from YAML (the shipped catalog or a federation's files); facts equal to the current
    /// ones are not repeated.
    @discardableResult
    public func importProducts(_ products: [Product], by recorder: String) throws -> EvidenceChange.Outcome {
        try store.products.apply(Self.change(importing: products, by: recorder))
    }

    /// A newly labelled software, with its editor; its facts are then all unknown until recorded.
    @discardableResult
    public func addProduct(_ entry: ProductEntry, by recorder: String) throws -> ProductRecord {
        try seedIfEmpty()
        let product = try entry.checked()
        if try store.products.find(id: product.id) != nil {
            throw FactEntry.Refusal(field: "identifiant", problem: "un produit «\u{00A0}\(product.id)\u{00A0}» existe déjà")
        }
        try store.products.apply(EvidenceChange(recordedBy: recorder, products: [product]))
        guard let record = try store.products.find(id: product.id) else { throw StoreError.invalid("produit non enregistré") }
        return record
    }
}

/// A product as typed on the web form or `sipadvisor product add`.
public struct ProductEntry: Sendable {
    public var id: String, name: String, editor: String, fictional: Bool

    public init(id: String, name: String, editor: String = "", fictional: Bool = false) {
        self.id = id; self.name = name; self.editor = editor; self.fictional = fictional
    }

    static let idCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789-")

    func checked() throws(FactEntry.Refusal) -> EvidenceChange.NewProduct {
        let (id, name, editor) = (TypedText.cleaned(id), TypedText.cleaned(name), TypedText.cleaned(editor))
        guard (1...60).contains(id.count), id.allSatisfy(Self.idCharacters.contains), id.first != "-" else {
            throw .init(field: "identifiant", problem: "de 1 à 60 caractères parmi a-z, 0-9 et le tiret (par exemple mon-logiciel)")
        }
        guard (1...120).contains(TypedText.length(name)), !TypedText.hasControlCharacter(name) else {
            throw .init(field: "nom", problem: "de 1 à 120 caractères, sans caractère de contrôle")
        }
        guard TypedText.length(editor) <= 120, !TypedText.hasControlCharacter(editor) else {
            throw .init(field: "editeur", problem: "au plus 120 caractères, sans caractère de contrôle")
        }
        return .init(id: id, name: name, editor: editor.isEmpty ? nil : editor, fictional: fictional)
    }
}
