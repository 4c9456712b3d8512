import Comparator
import Reports

/// A comparison as a spreadsheet: one row per product, ranked ones then excluded ones, through `CSVText` (the
/// product's only CSV writer).
public enum ComparisonCSV {
    public static let header = ["rang", "logiciel", "fictif", "score", "pessimiste", "optimiste", "confiance",
                                "probabilite_premier", "cout_total", "statut", "motif",
                                "label", "label_niveau", "label_obtenu", "label_perdu", "label_date",
                                "segur", "segur_couloir", "segur_vague", "segur_date"]

    public static func string(_ comparison: Comparison, dialect: CSVText.Dialect) throws -> String {
        func number(_ value: Double?) -> CSVText.Cell { .number(value, decimals: 4) }
        var rows: [[CSVText.Cell]] = comparison.ranked.map { product in
            [.integer(product.rank), .text(product.name), product.fictional ? "oui" : "non",
             number(product.score), number(product.pessimistic), number(product.optimistic),
             number(product.confidence), number(product.firstPlaceProbability), number(product.cost.total), "classé", ""]
                + eligibility(product.label, product.segur)
        }
        for exclusion in comparison.excluded {
            let reasons = exclusion.reasons.map {
                "\($0.criterion) \($0.requirement.frenchRequirement) : \($0.fact.value?.frenchText ?? "inconnu")"
            }
            rows.append(["", .text(exclusion.name), "", "", "", "", "", "", "", "écarté", .text(reasons.joined(separator: " ; "))]
                        + eligibility(exclusion.label, exclusion.segur))
        }
        return try CSVText.string(header: header, rows: rows, dialect: dialect)
    }

    /// The label and Ségur statuses as cells; « non renseigné » when no source gives one (unknown, not "no").
    static func eligibility(_ label: LabelStatus?, _ segur: SegurStatus?) -> [CSVText.Cell] {
        let unknown: CSVText.Cell = "non renseigné"
        let labelCells: [CSVText.Cell] = label.map { status in
            let state: String = switch status.state {
            case .held: "labellisé"
            case .noLongerMeets: "ne répond plus"
            case .notLabelled: "non labellisé"
            }
            return [.text(state), .text(status.level?.rawValue ?? ""), .day(status.granted), .day(status.lost),
                    .day(status.date)]
        } ?? [unknown, "", "", "", ""]
        let segurCells: [CSVText.Cell] = segur.map { status in
            [.text(status.state == .referenced ? "référencé" : "non référencé"), .text(status.couloir ?? ""),
             .integer(status.vague), .day(status.date)]
        } ?? [unknown, "", "", ""]
        return labelCells + segurCells
    }
}
