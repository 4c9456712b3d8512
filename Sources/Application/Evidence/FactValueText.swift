import Comparator
import Foundation
import Reports

/// A fact's value as text: the canonical form the store keeps ("true", "3", "45.5") and what people type on a form,
/// a command line or an editor's reply ("oui", "non", "1 200,50"). The criterion's scale says how to read it.
public enum FactValueText {
    public static func canonical(_ value: FactValue) -> String {
        switch value {
        case .boolean(let yes): yes ? "true" : "false"
        case .level(let level): String(level)
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        }
    }

    /// The value typed, read on the criterion's scale; `nil` when it does not fit (see `expected`).
    public static func parse(_ text: String, scale: Criterion.Scale) -> FactValue? {
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch scale {
        case .boolean:
            if ["true", "oui", "vrai", "o", "1"].contains(typed) { return .boolean(true) }
            if ["false", "non", "faux", "n", "0"].contains(typed) { return .boolean(false) }
            return nil
        case .level:
            guard let level = Int(typed), (0...4).contains(level) else { return nil }
            return .level(level)
        case .number:
            return number(typed).map(FactValue.number)
        }
    }

    /// What a value on this scale looks like, in French, for error messages.
    public static func expected(_ scale: Criterion.Scale) -> String { scale.frenchAnswerForm }

    /// French or plain decimal: spaces (also non-breaking) group thousands, a comma or a point marks decimals.
    static func number(_ typed: String) -> Double? {
        let compact = typed.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" && $0 != "€" }
        guard !compact.isEmpty, compact.filter({ $0 == "," || $0 == "." }).count <= 1,
              let value = Double(compact.replacingOccurrences(of: ",", with: ".")), value.isFinite else { return nil }
        return value
    }
}
