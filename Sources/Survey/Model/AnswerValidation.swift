import Foundation

/// Checks and normalises one typed answer. Messages are French: they reach the person who typed the value.
public enum AnswerValidation {
    /// The normalised value (codes trimmed, multichoice codes sorted and de-duplicated), or a French problem.
    /// The one place answers are checked: the web form, the CSV import and the FHIR export all call it (an
    /// exclusive option chosen with another is refused here, for all three).
    public static func normalise(_ raw: String, for item: Item, in definition: SurveyDefinition) -> Result<String, AnswerProblem> {
        let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { return .failure(.init("réponse vide", item: item)) }
        switch item.kind {
        case .text:
            guard !TypedText.hasControlCharacter(value) else {
                return .failure(.init("caractère invisible (caractère de contrôle) non accepté", item: item))
            }
            guard TypedText.length(value) <= 2000 else { return .failure(.init("texte trop long (2 000 caractères au plus)", item: item)) }
            return .success(value)
        case .boolean:
            switch value.lowercased() {
            case "true", "oui", "vrai", "1": return .success("true")
            case "false", "non", "faux", "0": return .success("false")
            default: return .failure(.init("« \(value) » : oui ou non attendu", item: item))
            }
        case .integer:
            guard let number = Int(value) else { return .failure(.init("« \(value) » n'est pas un nombre entier", item: item)) }
            if let minimum = item.minimum, number < minimum {
                return .failure(.init("« \(value) » est inférieur au minimum \(minimum)", item: item))
            }
            if let maximum = item.maximum, number > maximum {
                return .failure(.init("« \(value) » dépasse le maximum \(maximum)", item: item))
            }
            return .success(String(number))
        case .scale:
            let options = item.scale.flatMap { definition.questionnaire.scale($0) }?.options ?? []
            return code(value, in: options, item: item)
        case .choice:
            return code(value, in: item.options, item: item)
        case .multichoice:
            var codes: [String] = []
            for part in value.split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
                switch code(part, in: item.options, item: item) {
                case .success(let code): if !codes.contains(code) { codes.append(code) }
                case .failure(let problem): return .failure(problem)
                }
            }
            if codes.count > 1, let alone = item.options.first(where: { $0.exclusive && codes.contains($0.code) }) {
                return .failure(.init("« \(alone.label) » ne peut pas être coché avec une autre réponse", item: item))
            }
            let order = item.options.map(\.code)
            return .success(codes.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }.joined(separator: "|"))
        }
    }

    /// Accepts the code or, as people type it, the label (case-insensitive).
    private static func code(_ value: String, in options: [AnswerOption], item: Item) -> Result<String, AnswerProblem> {
        if options.contains(where: { $0.code == value }) { return .success(value) }
        if let option = options.first(where: { $0.label.lowercased() == value.lowercased() }) { return .success(option.code) }
        let allowed = options.map { "\($0.code) (\($0.label))" }.joined(separator: ", ")
        return .failure(.init("« \(value) » n'est pas une réponse permise : \(allowed)", item: item))
    }
}

public struct AnswerProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, without naming the question: for a form where the question is right above.
    public var detail: String
    /// The same, naming the question: for an import file.
    public var message: String

    public init(_ detail: String, item: Item) {
        self.detail = detail
        message = "\(detail) (question « \(item.id) »)"
    }

    public var description: String { message }
}
