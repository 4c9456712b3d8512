import Catalog
import Comparator
import Foundation

enum Fixture {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)!
    }

    static func matrix(_ name: String, directions: [Criterion.Direction]) throws -> DecisionMatrix {
        let grid = try MatrixCSV.readGrid(url(name))
        let values = try MatrixCSV.numbers(grid, file: url(name), allowFractions: false)
        return try DecisionMatrix(alternatives: grid.rows, criteria: grid.columns, directions: directions,
                                  values: values.flatMap { $0 })
    }

    static func pairwise(_ name: String) throws -> AHPResult {
        let grid = try MatrixCSV.readGrid(url(name))
        return try AHP.weights(names: grid.columns, matrix: try MatrixCSV.numbers(grid, file: url(name), allowFractions: true))
    }

    /// The repository's own catalog, found from this file's location.
    static var repositoryCatalog: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("catalog")
    }
}

/// A throw-away directory for catalog files written by a test.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sipadvisor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ relativePath: String, _ text: String) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
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

/// A scratch folder under the system's temporary directory, with the repository's data copied in on demand.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sipadvisor-anywhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    static let repository = Fixture.repositoryCatalog.deletingLastPathComponent()

    /// `catalog/` and `templates/` of the repository, as an installed data folder (`SIPADVISOR_DATA`).
    func copyData() throws {
        for folder in ["catalog", "templates"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(folder), to: url.appendingPathComponent(folder))
        }
    }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
