import Comparator
import Foundation
import Store
import Survey

/// A product's Ségur référencement as the DIM types it (`sipadvisor product segur`): referenced with its couloir and
/// vague, or not referenced; refusals name the field (`produit`, `etat`, `couloir`, `vague`, `source`, `date`, `note`).
public struct SegurEntry: Sendable, Equatable {
    public var product: String, state: String, couloir: String, vague: String
    public var source: String, date: String, note: String

    public init(product: String, state: String, couloir: String = "", vague: String = "", source: String, date: String,
                note: String = "") {
        self.product = product; self.state = state; self.couloir = couloir; self.vague = vague
        self.source = source; self.date = date; self.note = note
    }

    /// Checks every field (the product too when `products` is given); returns the product id and its new status.
    public func checked(products: Set<String>?, today: Date) throws(FactEntry.Refusal) -> (product: String, status: SegurStatus) {
        let (product, state) = try LabelEntry.productAndState(self.product, self.state, in: products, as: SegurStatus.State.self)
        let (couloir, vague) = (TypedText.cleaned(self.couloir), TypedText.cleaned(self.vague))
        // As in the catalog's YAML (`StatusReader.segur`): a référencement names its couloir and vague.
        if state == .referenced && couloir.isEmpty { throw .init(field: "couloir", problem: "obligatoire pour un logiciel référencé (par exemple LGC)") }
        if TypedText.length(couloir) > 60 || TypedText.hasControlCharacter(couloir) {
            throw .init(field: "couloir", problem: "au plus 60 caractères, sans caractère de contrôle")
        }
        let number = Int(vague)
        if state == .referenced && vague.isEmpty { throw .init(field: "vague", problem: "obligatoire pour un logiciel référencé (1 ou 2)") }
        if !vague.isEmpty && !(1...9).contains(number ?? 0) { throw .init(field: "vague", problem: "un numéro de 1 à 9 (par exemple 2)") }
        let cited = try LabelEntry.citation(source: source, date: date, note: note, today: today)
        return (product, SegurStatus(state: state, couloir: couloir.isEmpty ? nil : couloir, vague: number,
                                     date: cited.date, source: cited.source, note: cited.note))
    }
}

extension EvidenceCatalog {
    /// Appends a product's new Ségur status (the previous one stays in the history), in one transaction.
    @discardableResult
    public func recordSegur(_ entry: SegurEntry, by recorder: String, today: Date) throws -> EvidenceChange.Outcome {
        try seedIfEmpty()
        let (product, status) = try entry.checked(products: Set(try store.products.all().map(\.id)), today: today)
        return try appendStatus(StatusKind.segur, of: product, Self.json(status), by: recorder)
    }
}
