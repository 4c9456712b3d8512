import ArgumentParser
import Application
import Catalog
import Comparator
import Foundation
import Reports

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Classer les alternatives d'une matrice de décision quelconque (CSV) par TOPSIS ou somme pondérée.",
        discussion: """
        CSV : une ligne d'en-tête (case d'angle puis noms des critères), puis une ligne par alternative, son nom en \
        premier. Séparateur « , » ou « ; ».
        """
    )

    @Option(help: "Matrice de décision (CSV).")
    var matrix: String

    @Option(help: "Poids des critères, séparés par des virgules (ex. 0.2,0.3,0.5).")
    var weights: String

    @Option(help: "Sens des critères : max (plus c'est mieux) ou min (moins c'est mieux), séparés par des virgules.")
    var types: String

    @Option(help: "Méthode : topsis ou wsm.")
    var method: RankingMethod = .topsis

    @Option(help: "Nombre de tirages de la sensibilité aux poids.")
    var draws: Int?

    @Option(help: "Graine du tirage aléatoire.")
    var seed = ComparisonSettings.defaultSeed

    @Option(help: "Amplitude de la perturbation des poids (0,2 = ±20 %).")
    var spread = ComparisonSettings.defaultSpread

    @Option(help: "Format de sortie : json, md ou csv.")
    var format: OutputFormat = .json

    func validate() throws {
        if let draws, draws < 1 || draws > 10_000_000 { throw ValidationError("--draws doit être compris entre 1 et 10 000 000.") }
        if !ComparisonSettings.allowedSpread.contains(spread) { throw ValidationError(ComparisonSettings.spreadProblem) }
    }

    func run() throws {
        let url = URL(fileURLWithPath: matrix)
        let decision: DecisionMatrix, weightValues: [Double]
        do {
            let grid = try MatrixCSV.readGrid(url)
            let values = try MatrixCSV.numbers(grid, file: url, allowFractions: false)
            weightValues = try parseList(weights, option: "--weights", count: grid.columns.count) { MatrixCSV.parseNumber($0) }
            let directions = try parseList(types, option: "--types", count: grid.columns.count) { text -> Criterion.Direction? in
                switch text.lowercased() {
                case "max", "benefit", "+": .benefit
                case "min", "cost", "-": .cost
                default: nil
                }
            }
            decision = try DecisionMatrix(alternatives: grid.rows, criteria: grid.columns, directions: directions,
                                          values: values.flatMap { $0 })
        } catch let error as CatalogLoadError {
            throw Console.report(error)
        } catch let error as MatrixError {
            throw Console.report(CatalogLoadError([CatalogIssue(file: CatalogLoader.display(url), line: nil, message: error.description)]))
        }
        let options = draws.map { SensitivityOptions(draws: $0, seed: seed, spread: spread) }
        let ranking: MatrixRanking
        do { ranking = try decision.rank(weights: weightValues, method: method, sensitivity: options) } catch {
            throw Console.report(CatalogLoadError([CatalogIssue(file: "--weights", line: nil, message: error.description)]))
        }
        let output = try RankOutput(ranking: ranking).render(format)
        // The CSV writer ends its last row with a line break; the other formats do not.
        if format == .md { print(output) } else { Console.data(output, terminator: format == .csv ? "" : "\n") }
    }

    /// Parses a comma-separated option; its errors name the option, not a file.
    private func parseList<T>(_ text: String, option: String, count: Int, _ parse: (String) -> T?) throws -> [T] {
        let items = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard items.count == count else {
            throw CatalogLoadError([CatalogIssue(file: option, line: nil,
                                                 message: "\(items.count) valeur(s) données pour \(count) critère(s) dans la matrice")])
        }
        return try items.enumerated().map { index, item in
            guard let value = parse(item) else {
                throw CatalogLoadError([CatalogIssue(file: option, line: nil, message: "valeur n° \(index + 1) invalide : « \(item) »")])
            }
            return value
        }
    }
}

/// The `rank` command's output in its three formats. JSON keys are the documented contract.
struct RankOutput {
    let ranking: MatrixRanking

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json: try json()
        case .md: markdown()
        case .csv: try csv()
        }
    }

    private func json() throws -> String {
        struct Payload: Encodable {
            struct Alternative: Encodable { var name: String; var score: Double; var rank: Int }
            struct Stability: Encodable {
                var draws: Int; var seed: UInt64; var spread: Double
                var firstPlaceProbability: [String: Double]
                var rankRange: [String: [Int]]
            }
            var method: String
            var alternatives: [Alternative]
            var sensitivity: Stability?
        }
        let names = ranking.alternatives.map(\.name)
        let stability = ranking.sensitivity.map { result in
            Payload.Stability(draws: result.draws, seed: result.seed, spread: result.spread,
                              firstPlaceProbability: Dictionary(zip(names, result.firstPlaceProbability), uniquingKeysWith: +),
                              rankRange: Dictionary(zip(names, zip(result.bestRank, result.worstRank).map { [$0, $1] }),
                                                    uniquingKeysWith: { first, _ in first }))
        }
        return try Console.json(Payload(method: ranking.method.rawValue,
                                        alternatives: ranking.alternatives.map { .init(name: $0.name, score: $0.score, rank: $0.rank) },
                                        sensitivity: stability))
    }

    private func markdown() -> String {
        var lines = ["| Rang | Alternative | Score |" + (ranking.sensitivity == nil ? "" : " 1re place | Rangs |"),
                     "|---:|---|---:|" + (ranking.sensitivity == nil ? "" : "---:|---|")]
        for index in Ranking.order(of: ranking.alternatives.map(\.score)) {
            let alternative = ranking.alternatives[index]
            var row = "| \(alternative.rank) | \(markdownCell(alternative.name)) | \(FrenchNumber.format(alternative.score, decimals: 4)) |"
            if let result = ranking.sensitivity {
                row += " \(FrenchNumber.percent(result.firstPlaceProbability[index], decimals: 1)) | \(result.bestRank[index]) à \(result.worstRank[index]) |"
            }
            lines.append(row)
        }
        return lines.joined(separator: "\n")
    }

    private func csv() throws -> String {
        var header = ["name", "score", "rank"]
        if ranking.sensitivity != nil { header += ["first_place_probability", "best_rank", "worst_rank"] }
        let rows: [[CSVText.Cell]] = ranking.alternatives.enumerated().map { index, alternative in
            var row: [CSVText.Cell] = [.text(alternative.name), .number(alternative.score, decimals: 9), .integer(alternative.rank)]
            if let result = ranking.sensitivity {
                row += [.number(result.firstPlaceProbability[index], decimals: 6), .integer(result.bestRank[index]),
                        .integer(result.worstRank[index])]
            }
            return row
        }
        return try CSVText.string(header: header, rows: rows, dialect: .standard)
    }
}
