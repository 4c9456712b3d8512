extension Comparator {
    struct Scores {
        var central: [Double]
        var pessimistic: [Double]
        var optimistic: [Double]
        var sensitivity: Sensitivity?
    }

    /// Central, pessimistic and optimistic scores of the kept products.
    static func score(_ rows: [[CriterionEvidence]], weights: [Double], options: Options) -> Scores {
        guard !rows.isEmpty, !weights.isEmpty, weights.contains(where: { $0 > 0 }) else {
            let zeros = [Double](repeating: 0, count: rows.count)
            return Scores(central: zeros, pessimistic: zeros, optimistic: zeros, sensitivity: nil)
        }
        let central = matrix(rows) { _, line in line.utility ?? unknownMidpoint }
        let kernel = ScoringKernel(matrix: central, method: options.method, normalised: true)
        var scores = Scores(central: kernel.scores(weights: weights), pessimistic: [], optimistic: [],
                            sensitivity: options.sensitivity.map { uncertainty(rows, weights: weights, method: options.method, options: $0) })
        for index in rows.indices {
            // This product's own uncertainty: its unknown and stale facts at 0 (worst) or 1 (best) while rivals keep
            // their central values. Moving rivals too would make every interval [0, 1] as soon as anyone has an
            // unknown, which says nothing; for WSM rivals do not matter anyway.
            let low = boundScore(rows, weights: weights, index: index, own: 0, rivals: unknownMidpoint, method: options.method)
            let high = boundScore(rows, weights: weights, index: index, own: 1, rivals: unknownMidpoint, method: options.method)
            // Vector normalisation can move a column's scale; keep the interval around the central score.
            scores.pessimistic.append(min(low, scores.central[index]))
            scores.optimistic.append(max(high, scores.central[index]))
        }
        return scores
    }

    /// Monte Carlo over what is not known: each draw perturbs the weights (as `ScoringKernel.sensitivity` does) and
    /// draws every unknown or stale fact's utility uniformly in [0, 1], so that "first in 100 % of draws" cannot come from
    /// products whose unknowns were all held at mid-range. Sequential and seeded: deterministic.
    static func uncertainty(_ rows: [[CriterionEvidence]], weights: [Double], method: RankingMethod,
                            options: SensitivityOptions) -> Sensitivity {
        let n = rows.count, m = weights.count
        var generator = SplitMix64(seed: options.seed)
        var tally = Tally(alternatives: n)
        // Buffers allocated once: the loop over draws allocates nothing for WSM.
        var values = [Double](repeating: 0, count: n * m)
        var drawn = weights
        var scores = [Double](repeating: 0, count: n)
        let settled = rows.flatMap { $0.map(\.settled) }
        let columns = rows[0].map(\.criterion), labels = rows.indices.map(String.init)
        let directions = [Criterion.Direction](repeating: .benefit, count: m)
        for _ in 0..<options.draws {
            for j in 0..<m { drawn[j] = weights[j] * (1 + options.spread * (2 * generator.nextUnitDouble() - 1)) }
            for cell in 0..<(n * m) { values[cell] = settled[cell] ?? generator.nextUnitDouble() }
            switch method {
            case .wsm:
                // Absolute utilities: a score is the weighted mean of the row, nothing depends on the other rows.
                weightedMeans(values, weights: drawn, into: &scores)
                tally.record(scores)
            case .topsis:
                // Vector normalisation depends on the drawn column, so the kernel is rebuilt per draw. Safe: shape
                // and finiteness hold by construction.
                let matrix = try! DecisionMatrix(alternatives: labels, criteria: columns, directions: directions, values: values)
                tally.record(ScoringKernel(matrix: matrix, method: method, normalised: true).scores(weights: drawn))
            }
        }
        return tally.result(options)
    }

    /// `scores[i] = Σ_j w_j v_ij / Σ_j w_j` over a row-major matrix, written in place.
    private static func weightedMeans(_ values: [Double], weights: [Double], into scores: inout [Double]) {
        let m = weights.count
        var total = 0.0
        for weight in weights { total += weight }
        values.withUnsafeBufferPointer { value in
            weights.withUnsafeBufferPointer { weight in
                scores.withUnsafeMutableBufferPointer { score in
                    for i in 0..<score.count {
                        var sum = 0.0
                        for j in 0..<m { sum += weight[j] * value[i * m + j] }
                        score[i] = total > 0 ? sum / total : 0
                    }
                }
            }
        }
    }

    private static func boundScore(_ rows: [[CriterionEvidence]], weights: [Double], index: Int,
                                   own: Double, rivals: Double, method: RankingMethod) -> Double {
        let bound = matrix(rows) { row, line in row == index ? line.settled ?? own : line.utility ?? rivals }
        return ScoringKernel(matrix: bound, method: method, normalised: true).scores(weights: weights)[index]
    }

    /// Utilities as a decision matrix (all benefit), each cell given by its row and evidence line.
    private static func matrix(_ rows: [[CriterionEvidence]], value: (Int, CriterionEvidence) -> Double) -> DecisionMatrix {
        let values = rows.enumerated().flatMap { index, row in row.map { value(index, $0) } }
        let columns = rows[0].map(\.criterion)
        // Safe: shape and finiteness hold by construction (utilities are in [0, 1]).
        return try! DecisionMatrix(alternatives: rows.indices.map(String.init), criteria: columns,
                                   directions: Array(repeating: .benefit, count: columns.count), values: values)
    }

    static func confidence(_ evidence: [CriterionEvidence]) -> Double {
        let total = evidence.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return 0 }
        return evidence.reduce(0) { $0 + ($1.settled == nil ? 0 : $1.weight) } / total
    }
}
