import Comparator
import Reports

/// A comparison as a spreadsheet: one row per product, ranked ones then excluded ones, through `CSVText` (the
/// product's only CSV writer).
public enum ComparisonCSV {
    public static let header = ["rang", "logiciel", "fictif", "score", "pessimiste", "optimiste", "confiance",
                                "probabilite_premier", "cout_total", "statut", "motif"]

    public static func string(_ comparison: Comparison, dialect: CSVText.Dialect) throws -> String {
        func number(_ value: Double?) -> CSVText.Cell { .number(value, decimals: 4) }
        var rows: [[CSVText.Cell]] = comparison.ranked.map { product in
            [.integer(product.rank), .text(product.name), product.fictional ? "oui" : "non",
             number(product.score), number(product.pessimistic), number(product.optimistic),
             number(product.confidence), number(product.firstPlaceProbability), number(product.cost.total), "classé", ""]
        }
        for exclusion in comparison.excluded {
            let reasons = exclusion.reasons.map {
                "\($0.criterion) \($0.requirement.frenchRequirement) : \($0.fact.value?.frenchText ?? "inconnu")"
            }
            rows.append(["", .text(exclusion.name), "", "", "", "", "", "", "", "écarté", .text(reasons.joined(separator: " ; "))])
        }
        return try CSVText.string(header: header, rows: rows, dialect: dialect)
    }
}
