import Deployment
import Foundation
import Survey

/// The checks on what a person typed in the follow-up, one rule for the web forms and `sipadvisor followup`. A
/// refusal names the web form's field; the CLI names its option (`FollowUpEntry.option`).
public enum FollowUpEntry {
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        /// The web form's field (`statut`, `fin_reelle`…).
        public let field: String
        /// What is wrong, without the field's name.
        public let problem: String

        public init(field: String, problem: String) { self.field = field; self.problem = problem }

        public var description: String { "\(FollowUpEntry.labels[field] ?? field)\u{00A0}: \(problem)" }
    }

    /// Field → its French label on the forms.
    public static let labels = [
        "statut": "état", "motif": "motif du blocage", "debut_reel": "début réel", "fin_reelle": "fin réelle",
        "debut_prevu": "début prévu", "fin_prevue": "fin prévue", "pilote": "pilote", "titre": "intitulé",
        "etape": "étape", "professionnel": "professionnel·le", "date": "date", "heures": "heures",
        "contenu": "contenu", "formateur": "formé·e par", "description": "description", "gravite": "gravité",
        "corrigee": "corrigée le", "anomalie": "anomalie", "point": "point de contrôle", "note": "note", "debut": "début du projet",
        "logiciel": "logiciel",
    ]

    /// Field → the CLI option that sets it.
    public static let options = [
        "statut": "--status", "motif": "--reason", "debut_reel": "--actual-start", "fin_reelle": "--actual-end",
        "debut_prevu": "--planned-start", "fin_prevue": "--planned-end", "pilote": "--owner", "titre": "--title",
        "etape": "--step", "professionnel": "--person", "date": "--date", "heures": "--hours", "contenu": "--content",
        "formateur": "--by", "description": "--description", "gravite": "--severity", "corrigee": "--fixed", "anomalie": "--fix",
        "point": "--item", "note": "--note", "debut": "--start", "logiciel": "--product",
    ]

    /// The refusal as the CLI prints it: the option instead of the form's label.
    /// `renamed`: a command whose option for a field has another name (`followup promise --due` sets `fin_prevue`).
    public static func option(_ refusal: Refusal, renamed: [String: String] = [:]) -> String {
        "\(renamed[refusal.field] ?? options[refusal.field] ?? refusal.field)\u{00A0}: \(refusal.problem)"
    }

    static let dateProblem = "date attendue au format AAAA-MM-JJ, par exemple 2027-03-31"

    /// A `YYYY-MM-DD` day; `nil` for an empty or absent value.
    public static func day(_ raw: String?, _ field: String) throws(Refusal) -> String? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        guard CalendarDay.parse(raw) != nil else { throw Refusal(field: field, problem: dateProblem) }
        return raw
    }

    static func requiredDay(_ raw: String?, _ field: String) throws(Refusal) -> String {
        guard let day = try day(raw, field) else { throw Refusal(field: field, problem: "obligatoire (\(dateProblem))") }
        return day
    }

    /// A free text: trimmed, no control character other than a line break, at most `limit` characters.
    static func text(_ raw: String?, _ field: String, limit: Int, required: Bool = false) throws(Refusal) -> String? {
        let text = raw?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if TypedText.hasControlCharacter(text.replacingOccurrences(of: "\n", with: "")) {
            throw Refusal(field: field, problem: "caractère de contrôle non accepté (retirez-le et recommencez)")
        }
        if TypedText.length(text) > limit { throw Refusal(field: field, problem: "\(limit) caractères au plus") }
        if text.isEmpty {
            if required { throw Refusal(field: field, problem: "obligatoire") }
            return nil
        }
        return text
    }

    public static func choice<Value: RawRepresentable & CaseIterable>(_ raw: String?, _ field: String, as: Value.Type) throws(Refusal) -> Value
    where Value.RawValue == String {
        let raw = raw?.trimmingCharacters(in: .whitespaces) ?? ""
        guard let value = Value(rawValue: raw) else {
            let allowed = Value.allCases.map { "«\u{00A0}\($0.rawValue)\u{00A0}»" }.joined(separator: ", ")
            throw Refusal(field: field, problem: raw.isEmpty ? "obligatoire (\(allowed))" : "\(allowed) attendu")
        }
        return value
    }

    /// Hours with a French or an English decimal separator, more than 0 and at most 40 (the schema's bound).
    public static func hours(_ raw: String?) throws(Refusal) -> Double {
        let text = (raw ?? "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let hours = Double(text), hours.isFinite, hours > 0, hours <= 40 else {
            throw Refusal(field: "heures", problem: "nombre d'heures supérieur à 0 et au plus 40, par exemple 1,5")
        }
        return hours
    }
}
