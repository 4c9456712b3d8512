import Comparator
import Foundation

// TOPSIS + weight sensitivity on synthetic matrices (10,000 draws; 1,000 for the tall matrices); prints the median
// wall time per size.
// Usage: ComparatorBenchmark [--repeats N] [--draws N] [--write-csv DIR]   (--draws overrides every size's count)
// With --write-csv, also writes each matrix and its weights/types/draws so that `scripts/bench-vs-numpy` can time the
// whole `sipadvisor rank` process against numpy on the very same input.

struct Size { let rows: Int; let columns: Int; let draws: Int }
let sizes = [Size(rows: 10, columns: 50, draws: 10_000), Size(rows: 30, columns: 300, draws: 10_000),
             Size(rows: 100, columns: 1000, draws: 10_000),
             Size(rows: 10_000, columns: 10, draws: 1_000), Size(rows: 30_000, columns: 10, draws: 1_000)]

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let repeats = option("--repeats").flatMap(Int.init) ?? 7
let drawsOverride = option("--draws").flatMap(Int.init)
let csvDirectory = option("--write-csv")

func synthetic(_ size: Size, seed: UInt64) -> (DecisionMatrix, [Double]) {
    var generator = SplitMix64(seed: seed)
    let values = (0..<(size.rows * size.columns)).map { _ in (1 + 99 * generator.nextUnitDouble() * 1000).rounded() / 1000 }
    let directions: [Criterion.Direction] = (0..<size.columns).map { $0 % 4 == 3 ? .cost : .benefit }
    let weights = (0..<size.columns).map { _ in (0.1 + generator.nextUnitDouble() * 1000).rounded() / 1000 }
    let matrix = try! DecisionMatrix(alternatives: (0..<size.rows).map { "A\($0 + 1)" },
                                     criteria: (0..<size.columns).map { "C\($0 + 1)" }, directions: directions, values: values)
    return (matrix, weights)
}

func writeCSV(_ matrix: DecisionMatrix, weights: [Double], draws: Int, to directory: String, name: String) throws {
    var text = "alternative," + matrix.criteria.joined(separator: ",") + "\n"
    for i in 0..<matrix.rowCount {
        text += matrix.alternatives[i] + "," + (0..<matrix.columnCount).map { String(matrix[i, $0]) }.joined(separator: ",") + "\n"
    }
    try text.write(toFile: "\(directory)/\(name).csv", atomically: true, encoding: .utf8)
    try weights.map { String($0) }.joined(separator: ",").write(toFile: "\(directory)/\(name).weights", atomically: true, encoding: .utf8)
    try matrix.directions.map { $0 == .benefit ? "max" : "min" }.joined(separator: ",")
        .write(toFile: "\(directory)/\(name).types", atomically: true, encoding: .utf8)
    try String(draws).write(toFile: "\(directory)/\(name).draws", atomically: true, encoding: .utf8)
}

print("TOPSIS + sensibilité, médiane de \(repeats) exécutions, \(ProcessInfo.processInfo.activeProcessorCount) cœurs")
print("taille (alternatives × critères) | tirages | médiane | min")
for size in sizes {
    let draws = drawsOverride ?? size.draws
    let (matrix, weights) = synthetic(size, seed: UInt64(size.rows * 7919 + size.columns))
    if let csvDirectory {
        try FileManager.default.createDirectory(atPath: csvDirectory, withIntermediateDirectories: true)
        try writeCSV(matrix, weights: weights, draws: draws, to: csvDirectory, name: "matrix-\(size.rows)x\(size.columns)")
    }
    var times: [Double] = []
    var checksum = 0.0
    for _ in 0..<repeats {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let ranking = try! matrix.rank(weights: weights, method: .topsis,
                                           sensitivity: SensitivityOptions(draws: draws, seed: 42, spread: 0.2))
            checksum += ranking.sensitivity!.firstPlaceProbability[0]
        }
        times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    times.sort()
    let median = times[times.count / 2]
    print(String(format: "%6d × %-5d | %6d | %8.2f ms | %8.2f ms   (contrôle %.4f)", size.rows, size.columns, draws,
                 median * 1000, times[0] * 1000, checksum / Double(repeats)))
}
