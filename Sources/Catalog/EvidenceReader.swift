import Comparator
import Foundation
import Yams

/// Reads `catalog/evidence.yaml`: how many months evidence of each grade stays current.
///
/// ```yaml
/// validity_months:
///   editor: 12
///   demo: 24
///   usergroup: 24
///   label: until-changed   # a label status is valid until it changes
/// ```
enum EvidenceReader {
    static let untilChanged = "until-changed"
    static let months = 1...600

    /// `nil` when the file cannot be read; every problem is logged with its line.
    static func read(_ url: URL, log: IssueLog) -> Freshness? {
        guard let file = YAMLFile.read(url, displayPath: CatalogLoader.display(url), log: log),
              let top = MappingReader(file.root, in: file, what: "evidence.yaml") else { return nil }
        guard let node = top["validity_months"] else {
            file.issue(file.root, "champ « validity_months » manquant")
            return nil
        }
        guard let mapping = node.mapping else {
            file.issue(node, "champ « validity_months » : une table grade: mois est attendue")
            return nil
        }
        var horizons: [EvidenceGrade: Int] = [:], seen = Set<EvidenceGrade>()
        for (key, value) in mapping {
            guard let grade = key.string.flatMap(EvidenceGrade.init(rawValue:)), grade != .unknown else {
                file.issue(key, "grade « \(key.string ?? "…") » inconnu : attendu \(graded.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            seen.insert(grade)
            if value.string == untilChanged { continue }
            guard let number = MappingReader.number(value), let whole = Int(exactly: number), months.contains(whole) else {
                file.issue(value, "durée de validité de « \(grade.rawValue) » : un nombre entier de mois de "
                           + "\(months.lowerBound) à \(months.upperBound), ou \(untilChanged), est attendu")
                continue
            }
            horizons[grade] = whole
        }
        for grade in graded where !seen.contains(grade) {
            file.issue(node, "durée de validité manquante pour le grade « \(grade.rawValue) »")
        }
        return Freshness(horizons: horizons)
    }

    /// Every grade a known fact may have (an unknown fact has no age).
    static var graded: [EvidenceGrade] { EvidenceGrade.allCases.filter { $0 != .unknown } }
}
