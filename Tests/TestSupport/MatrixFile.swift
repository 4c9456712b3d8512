import Catalog
import Comparator
import Foundation

/// A decision matrix read from a CSV file as `sipadvisor rank --matrix` reads it.
public enum MatrixFile {
    public static func matrix(_ url: URL, directions: [Criterion.Direction]) throws -> DecisionMatrix {
        let grid = try MatrixCSV.readGrid(url)
        let values = try MatrixCSV.numbers(grid, file: url, allowFractions: false)
        return try DecisionMatrix(alternatives: grid.rows, criteria: grid.columns, directions: directions,
                                  values: values.flatMap { $0 })
    }
}
