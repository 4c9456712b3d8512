import Comparator
import Foundation
import Store
import Survey

/// A fact as a person types it (the DIM's web form, `sipadvisor facts add`, a row of an editor's reply): the one
/// rule that turns it into a fact the store keeps, or refuses it naming the field.
public struct FactEntry: Sendable, Equatable {
    public var product: String
    public var criterion: String
    public var value: String
    public var grade: String
    public var source: String
    public var date: String
    public var note: String
    /// A team's own evidence (its demonstration); `nil` for the federation's catalog.
    public var team: Int64?

    public init(product: String, criterion: String, value: String, grade: String, source: String, date: String,
                note: String = "", team: Int64? = nil) {
        self.product = product; self.criterion = criterion; self.value = value; self.grade = grade
        self.source = source; self.date = date; self.note = note; self.team = team
    }

    /// Why a fact is refused: the form field (`produit`, `critere`, `valeur`, `niveau`, `source`, `date`, `note`) and
    /// the problem in French. The CLI names its option instead of the field.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public let field: String
        public let problem: String
        public var description: String { "\(field)\u{00A0}: \(problem)" }
    }

    public static let maximumSourceLength = 1_000
    public static let maximumNoteLength = 2_000
    /// The grades a person records; `label` is never typed: it is implied by the label status.
    public static let recordableGrades: [EvidenceGrade] = [.editor, .demo, .usergroup, .unknown]

    /// Checks every field against the catalog's criteria and the known products; returns the fact to record.
    public func checked(criteria: ProductCatalog, products: Set<String>, today: Date) throws(Refusal) -> EvidenceChange.NewFact {
        let product = TypedText.cleaned(self.product)
        guard products.contains(product) else { throw Refusal(field: "produit", problem: "inconnu «\u{00A0}\(product)\u{00A0}»") }
        guard let criterion = criteria.criterion(TypedText.cleaned(self.criterion)) else {
            throw Refusal(field: "critere", problem: "inconnu «\u{00A0}\(TypedText.cleaned(self.criterion))\u{00A0}»")
        }
        guard let grade = EvidenceGrade(rawValue: TypedText.cleaned(self.grade).lowercased()), Self.recordableGrades.contains(grade) else {
            throw Refusal(field: "niveau", problem: "attendu\u{00A0}: " + Self.recordableGrades.map(\.rawValue).joined(separator: ", "))
        }
        let (source, date, note) = (TypedText.cleaned(self.source), TypedText.cleaned(self.date), TypedText.cleaned(self.note))
        let value = try checkedValue(on: criterion, grade: grade)
        if grade != .unknown || !source.isEmpty { try Self.checkText(source, field: "source", required: grade != .unknown, limit: Self.maximumSourceLength) }
        if grade != .unknown || !date.isEmpty {
            if date.isEmpty { throw Refusal(field: "date", problem: "obligatoire\u{00A0}: quand l'information a-t-elle été établie\u{00A0}?") }
            if let problem = FactDate.problem(date, today: today) { throw Refusal(field: "date", problem: problem) }
        }
        try Self.checkText(note, field: "note", required: false, limit: Self.maximumNoteLength)
        return EvidenceChange.NewFact(productID: product, teamID: team, criterionID: criterion.id,
                                      value: value.map(FactValueText.canonical), grade: grade.rawValue,
                                      source: source.isEmpty ? nil : source, date: date.isEmpty ? nil : date,
                                      note: note.isEmpty ? nil : note)
    }

    private func checkedValue(on criterion: Criterion, grade: EvidenceGrade) throws(Refusal) -> FactValue? {
        let typed = TypedText.cleaned(value)
        if grade == .unknown {
            guard typed.isEmpty else { throw Refusal(field: "valeur", problem: "un fait inconnu n'a pas de valeur (laissez vide)") }
            return nil
        }
        guard let parsed = FactValueText.parse(typed, scale: criterion.scale) else {
            throw Refusal(field: "valeur", problem: "attendu\u{00A0}: \(FactValueText.expected(criterion.scale)) (critère \(criterion.id))")
        }
        return parsed
    }

    static func checkText(_ text: String, field: String, required: Bool, limit: Int) throws(Refusal) {
        if required && text.isEmpty {
            throw Refusal(field: field, problem: "obligatoire\u{00A0}: toute information doit citer sa source (document, démonstration, réponse de l'éditeur)")
        }
        if TypedText.length(text) > limit || TypedText.hasControlCharacter(text) {
            throw Refusal(field: field, problem: "au plus \(limit) caractères, sans caractère de contrôle")
        }
    }
}
