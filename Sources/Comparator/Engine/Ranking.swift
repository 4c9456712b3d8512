/// Ranking helpers shared by the deterministic ranking and the sensitivity analysis.
public enum Ranking {
    /// Scores closer than this are ties: floating-point noise must not decide a rank.
    public static let tieTolerance = 1e-12

    /// Competition ranks ("1, 2, 2, 4"): 1 + the number of strictly better scores.
    public static func ranks(of scores: [Double]) -> [Int] {
        scores.map { score in 1 + scores.count(where: { $0 > score + tieTolerance }) }
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
