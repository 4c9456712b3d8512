import Comparator
import Foundation
import TestSupport
import Testing

/// Cross-check against an independent implementation: scripts/rank_numpy.py (vectorised numpy), installed by
/// `scripts/setup --test`. A missing python3 or numpy fails the test rather than skipping it.
@Suite("Contre-vérification numpy")
struct NumpyCrossCheckTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/rank_numpy.py")

    @Test(arguments: [(4, 3, UInt64(1)), (9, 12, 2), (25, 40, 3)])
    func topsisScoresMatchNumpy(rows: Int, columns: Int, seed: UInt64) throws {
        let (matrix, weights) = randomMatrix(rows: rows, columns: columns, seed: seed)
        let directory = try Scratch()
        defer { directory.remove() }
        var csv = "alternative," + matrix.criteria.joined(separator: ",") + "\n"
        for i in 0..<rows {
            csv += matrix.alternatives[i] + "," + (0..<columns).map { "\(matrix[i, $0])" }.joined(separator: ",") + "\n"
        }
        try directory.write("m.csv", csv)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script.path, "--matrix", directory.url.appendingPathComponent("m.csv").path,
                             "--weights", weights.map { "\($0)" }.joined(separator: ","),
                             "--types", matrix.directions.map { $0 == .benefit ? "max" : "min" }.joined(separator: ",")]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        let reference = try #require(object["alternatives"] as? [[String: Any]])
        let ranking = try matrix.rank(weights: weights, method: .topsis)
        for (mine, theirs) in zip(ranking.alternatives, reference) {
            #expect(abs(mine.score - (theirs["score"] as? Double ?? -1)) < 1e-12)
            #expect(mine.rank == theirs["rank"] as? Int)
        }
    }
}
