import ArgumentParser
import Catalog
import Comparator
import Foundation
import Reports

struct AHPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ahp",
        abstract: "Calculer des poids à partir d'une matrice de comparaisons par paires (méthode AHP de Saaty).",
        discussion: """
        CSV carré : noms en en-tête et en première colonne ; cases « 3 », « 1/3 » ou « 0.333 ». La case (ligne i, \
        colonne j) dit combien i est plus important que j. Un ratio de cohérence au-delà de 0,10 signale des \
        jugements à revoir, en nommant la paire la plus incohérente.
        """
    )

    @Argument(help: "Matrice de comparaisons par paires (CSV).")
    var file: String

    @Option(help: "Format de sortie : json ou md.")
    var format: OutputFormat = .json

    func validate() throws {
        if format == .csv { throw ValidationError("Formats possibles pour ahp : json ou md.") }
    }

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let result: AHPResult
        do throws(CatalogLoadError) {
            let grid = try MatrixCSV.readGrid(url)
            guard grid.rows == grid.columns else {
                throw CatalogLoadError([CatalogIssue(file: CatalogLoader.display(url), line: 1,
                                                     message: "la matrice doit être carrée, avec les mêmes noms en en-tête et en première colonne, dans le même ordre")])
            }
            let values = try MatrixCSV.numbers(grid, file: url, allowFractions: true)
            do { result = try AHP.weights(names: grid.columns, matrix: values) } catch {
                let line = error.row.flatMap { grid.rows.firstIndex(of: $0) }.map { grid.lines[$0] }
                throw CatalogLoadError([CatalogIssue(file: CatalogLoader.display(url), line: line, message: error.description)])
            }
        } catch {
            throw Console.report(error)
        }
        if format == .md { print(markdown(result)) } else { Console.data(try json(result)) }
    }

    private func json(_ result: AHPResult) throws -> String {
        struct Payload: Encodable {
            struct Pair: Encodable { var first: String; var second: String; var judgement: Double; var impliedByWeights: Double }
            var weights: [String: Double]
            var lambdaMax: Double
            var consistencyIndex: Double
            var randomIndex: Double
            var consistencyRatio: Double
            var consistent: Bool
            var mostInconsistentPair: Pair?
        }
        let pair = result.isConsistent ? nil : result.mostInconsistentPair.map {
            Payload.Pair(first: $0.first, second: $0.second, judgement: $0.judgement, impliedByWeights: $0.impliedByWeights)
        }
        return try Console.json(Payload(weights: Dictionary(zip(result.names, result.weights), uniquingKeysWith: +),
                                        lambdaMax: result.lambdaMax, consistencyIndex: result.consistencyIndex,
                                        randomIndex: result.randomIndex, consistencyRatio: result.consistencyRatio,
                                        consistent: result.isConsistent, mostInconsistentPair: pair))
    }

    private func markdown(_ result: AHPResult) -> String {
        var lines = ["| Critère | Poids |", "|---|---:|"]
        for (name, weight) in zip(result.names, result.weights) {
            lines.append("| \(markdownCell(name)) | \(FrenchNumber.format(weight, decimals: 4)) |")
        }
        lines += ["", "λmax = \(FrenchNumber.format(result.lambdaMax, decimals: 4)) ; indice de cohérence = "
                  + "\(FrenchNumber.format(result.consistencyIndex, decimals: 4)) ; ratio de cohérence = "
                  + "\(FrenchNumber.format(result.consistencyRatio, decimals: 4)) (seuil 0,10)."]
        if result.isConsistent {
            lines.append("Les jugements sont cohérents.")
        } else if let pair = result.mostInconsistentPair {
            lines.append("Jugements incohérents : revoir d'abord la paire « \(markdownCell(pair.first)) » / "
                         + "« \(markdownCell(pair.second)) » (jugement \(FrenchNumber.format(pair.judgement, decimals: 3)), "
                         + "alors que les poids impliquent \(FrenchNumber.format(pair.impliedByWeights, decimals: 3))).")
        }
        return lines.joined(separator: "\n")
    }
}
