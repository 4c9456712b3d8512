/// Ranking helpers shared by the deterministic ranking and the sensitivity analysis.
public enum Ranking {
    /// Scores closer than this are ties: floating-point noise must not decide a rank.
    public static let tieTolerance = 1e-12

    /// Competition ranks ("1, 2, 2, 4"): 1 + the number of strictly better scores, counted by binary search in
    /// the sorted scores (O(n log n): counting over every pair took seconds at 30,000 alternatives).
    public static func ranks(of scores: [Double]) -> [Int] {
        // NaN is never better than anything, as with a direct count.
        let ascending = scores.filter { !$0.isNaN }.sorted()
        return scores.map { score in
            1 + ascending.count - firstIndex(in: ascending, above: score + tieTolerance)
        }
    }

    /// The first index of `ascending` whose value exceeds `threshold` (its count when none does).
    private static func firstIndex(in ascending: [Double], above threshold: Double) -> Int {
        var low = 0, high = ascending.count
        while low < high {
            let middle = (low + high) / 2
            if ascending[middle] > threshold { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Indices ordered from best to worst score; ties keep the input order.
    public static func order(of scores: [Double]) -> [Int] {
        scores.indices.sorted { scores[$0] > scores[$1] + tieTolerance || (abs(scores[$0] - scores[$1]) <= tieTolerance && $0 < $1) }
    }
}

/// The result of ranking a generic decision matrix.
public struct MatrixRanking: Sendable, Codable, Equatable {
    public struct Alternative: Sendable, Codable, Equatable {
        public var name: String
        public var score: Double
        public var rank: Int
    }

    public var method: RankingMethod
    /// In input order.
    public var alternatives: [Alternative]
    public var sensitivity: Sensitivity?
}

extension DecisionMatrix {
    /// Ranks the alternatives; weights are relative (any positive scale gives the same ranking).
    ///
    /// ```swift
    /// let ranking = try matrix.rank(weights: [0.4, 0.6], method: .topsis)
    /// ```
    public func rank(weights: [Double], method: RankingMethod,
                     sensitivity options: SensitivityOptions? = nil) throws(MatrixError) -> MatrixRanking {
        try validate(weights: weights)
        let kernel = ScoringKernel(matrix: self, method: method)
        let scores = kernel.scores(weights: weights)
        let ranks = Ranking.ranks(of: scores)
        let alternatives = alternatives.indices.map {
            MatrixRanking.Alternative(name: self.alternatives[$0], score: scores[$0], rank: ranks[$0])
        }
        let sensitivity = options.map { kernel.sensitivity(weights: weights, options: $0) }
        return MatrixRanking(method: method, alternatives: alternatives, sensitivity: sensitivity)
    }

    public func validate(weights: [Double]) throws(MatrixError) {
        guard weights.count == columnCount else { throw .weightCount(expected: columnCount, got: weights.count) }
        if let bad = weights.firstIndex(where: { !($0 >= 0) || !$0.isFinite }) {
            throw .negativeWeight(criterion: criteria[bad])
        }
        guard weights.contains(where: { $0 > 0 }) else { throw .zeroWeights }
    }
}
