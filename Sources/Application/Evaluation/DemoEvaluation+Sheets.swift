import Comparator
import Foundation
import Store
import Survey

/// The professionals' sheets: the one check of what the scoring page sends (profession, first name or initials, one
/// choice and a comment per scenario), then the store's save, refused once the DIM has closed the evaluation.
extension DemoEvaluation {
    /// The form's fields, named once for the page and the check.
    public enum Field {
        public static let profession = "profession"
        public static let name = "nom"
        public static func choice(_ scenario: Int64) -> String { "choix-\(scenario)" }
        public static func comment(_ scenario: Int64) -> String { "commentaire-\(scenario)" }
    }

    /// Refused fields of a sheet: form field → French problem; the page shows each beside its field.
    public struct SheetRefusal: Error, Sendable, Equatable, CustomStringConvertible {
        public var problems: [String: String]
        public var description: String { problems.sorted { $0.key < $1.key }.map { "\($0.key)\u{00A0}: \($0.value)" }.joined(separator: "\n") }
    }

    public static let maximumNameLength = 60
    public static let maximumCommentLength = 1_000

    /// Who scores: one of the catalog's professions, and a first name or initials that may stay empty.
    public func person(profession: String, name: String) -> Result<(profession: String, name: String?), SheetRefusal> {
        var problems: [String: String] = [:]
        let (profession, name) = (TypedText.cleaned(profession), TypedText.cleaned(name))
        if !reference.professions.contains(where: { $0.id == profession }) {
            problems[Field.profession] = "choisissez votre profession dans la liste"
        }
        if TypedText.length(name) > Self.maximumNameLength || TypedText.hasControlCharacter(name) {
            problems[Field.name] = "au plus \(Self.maximumNameLength) caractères (un prénom ou des initiales suffisent)"
        }
        return problems.isEmpty ? .success((profession, name.isEmpty ? nil : name)) : .failure(SheetRefusal(problems: problems))
    }

    /// A new sheet for someone who opened the evaluation's link.
    public func startSheet(evaluation: EvaluationRecord, profession: String, name: String) throws -> EvaluationSheetRecord {
        let person = try person(profession: profession, name: name).get()
        return try store.evaluations.addSheet(evaluationID: evaluation.id, profession: person.profession, name: person.name)
    }

    /// Checks a sheet as sent: `values(field)` gives every value the form sent under a name (a repeated name is
    /// refused rather than guessed). Returns the change to save, or every refused field.
    public func sheet(scenarios: [EvaluationScenarioRecord], values: (String) -> [String]) -> Result<EvaluationSheetChange, SheetRefusal> {
        var problems: [String: String] = [:]
        func single(_ field: String) -> String? { values(field).count > 1 ? nil : values(field).first ?? "" }
        var person: (profession: String, name: String?) = ("", nil)
        switch self.person(profession: single(Field.profession) ?? "", name: single(Field.name) ?? "") {
        case .success(let checked): person = checked
        case .failure(let refusal): problems.merge(refusal.problems) { first, _ in first }
        }
        var scores: [Int64: (choice: String?, comment: String?)] = [:]
        for scenario in scenarios {
            let (choiceField, commentField) = (Field.choice(scenario.id), Field.comment(scenario.id))
            guard let typed = single(choiceField), let comment = single(commentField).map(TypedText.cleaned) else {
                problems[values(choiceField).count > 1 ? choiceField : commentField] = "envoyé deux fois\u{00A0}: un seul choix et un seul commentaire par scénario"
                continue
            }
            let choice = DemoChoice(rawValue: typed)
            if !typed.isEmpty && choice == nil { problems[choiceField] = "choix inconnu\u{00A0}: choisissez l'une des quatre réponses" }
            if TypedText.length(comment) > Self.maximumCommentLength || TypedText.hasControlCharacter(comment) {
                problems[commentField] = "au plus \(Self.maximumCommentLength) caractères, sans caractère de contrôle"
            }
            scores[scenario.id] = (choice?.rawValue, comment.isEmpty ? nil : comment)
        }
        guard problems.isEmpty else { return .failure(SheetRefusal(problems: problems)) }
        return .success(EvaluationSheetChange(profession: person.profession, name: person.name, scores: scores))
    }

    /// Saves a checked sheet; the store refuses it once the evaluation is closed.
    public func save(sheet: EvaluationSheetRecord, _ change: EvaluationSheetChange) throws {
        try store.evaluations.save(sheetID: sheet.id, change)
    }
}
