import Catalog
import Comparator
import Foundation
import TestSupport

enum Fixture {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
    }

    static func matrix(_ name: String, directions: [Criterion.Direction]) throws -> DecisionMatrix {
        try MatrixFile.matrix(url(name), directions: directions)
    }

    static func pairwise(_ name: String) throws -> AHPResult {
        let grid = try MatrixCSV.readGrid(url(name))
        return try AHP.weights(names: grid.columns, matrix: try MatrixCSV.numbers(grid, file: url(name), allowFractions: true))
    }
}

/// A small deterministic random matrix for property tests.
func randomMatrix(rows: Int, columns: Int, seed: UInt64) -> (DecisionMatrix, [Double]) {
    var generator = SplitMix64(seed: seed)
    let values = (0..<(rows * columns)).map { _ in 1 + 99 * generator.nextUnitDouble() }
    let directions: [Criterion.Direction] = (0..<columns).map { $0 % 3 == 2 ? .cost : .benefit }
    let weights = (0..<columns).map { _ in 0.05 + generator.nextUnitDouble() }
    let matrix = try! DecisionMatrix(alternatives: (0..<rows).map { "A\($0)" }, criteria: (0..<columns).map { "C\($0)" },
                                     directions: directions, values: values)
    return (matrix, weights)
}
