import Foundation

/// Analytic Hierarchy Process (Saaty, 1980): criterion weights from a pairwise-comparison matrix.
///
/// ```swift
/// let result = try AHP.weights(names: ["coût", "mobilité"], matrix: [[1, 1.0 / 3], [3, 1]])
/// result.weights // [0.25, 0.75]
/// ```
public enum AHP {
    /// Saaty's random consistency index for n = 1…15 (Saaty, *The Analytic Hierarchy Process*, 1980, table 1.3;
    /// repeated in Saaty 2008, "Decision making with the analytic hierarchy process", Int. J. Services Sciences).
    public static let randomIndex: [Double] = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
                                               1.51, 1.48, 1.56, 1.57, 1.59]
    /// Saaty's threshold: a consistency ratio above 0.10 calls for revising the judgements.
    public static let consistencyThreshold = 0.10
    /// Judgements a_ij and a_ji must multiply to 1 within this relative tolerance ("0.14" stands for 1/7).
    public static let reciprocityTolerance = 0.05

    public static func weights(names: [String], matrix: [[Double]]) throws(AHPError) -> AHPResult {
        try validate(names: names, matrix: matrix)
        let n = names.count
        let weights = principalEigenvector(matrix)
        var lambda = 0.0
        for i in 0..<n {
            var row = 0.0
            for j in 0..<n { row += matrix[i][j] * weights[j] }
            lambda += row / weights[i]
        }
        lambda /= Double(n)
        let consistencyIndex = n > 1 ? max(0, (lambda - Double(n)) / Double(n - 1)) : 0
        let random = n <= randomIndex.count ? randomIndex[n - 1] : randomIndex[randomIndex.count - 1]
        let ratio = random > 0 ? consistencyIndex / random : 0
        return AHPResult(names: names, weights: weights, lambdaMax: lambda, consistencyIndex: consistencyIndex,
                         randomIndex: random, consistencyRatio: ratio,
                         mostInconsistentPair: mostInconsistentPair(matrix, weights: weights, names: names))
    }

    /// Power iteration from the uniform vector; a positive reciprocal matrix has a unique positive
    /// principal eigenvector (Perron–Frobenius), so this converges.
    static func principalEigenvector(_ matrix: [[Double]]) -> [Double] {
        let n = matrix.count
        var vector = [Double](repeating: 1 / Double(n), count: n)
        var next = vector
        for _ in 0..<10_000 {
            var sum = 0.0
            for i in 0..<n {
                var value = 0.0
                for j in 0..<n { value += matrix[i][j] * vector[j] }
                next[i] = value
                sum += value
            }
            var change = 0.0
            for i in 0..<n {
                next[i] /= sum
                change = max(change, abs(next[i] - vector[i]))
            }
            swap(&vector, &next)
            if change < 1e-15 { break }
        }
        return vector
    }

    /// The judgement furthest from what the weights imply: max |ln(a_ij · w_j / w_i)| over i < j.
    static func mostInconsistentPair(_ matrix: [[Double]], weights: [Double], names: [String]) -> AHPResult.Pair? {
        var worst: AHPResult.Pair?
        var worstGap = 0.0
        for i in 0..<matrix.count {
            for j in (i + 1)..<matrix.count where matrix.count > 1 {
                let gap = abs(log(matrix[i][j] * weights[j] / weights[i]))
                if gap > worstGap {
                    worstGap = gap
                    worst = .init(first: names[i], second: names[j], judgement: matrix[i][j],
                                  impliedByWeights: weights[i] / weights[j])
                }
            }
        }
        return worst
    }

    private static func validate(names: [String], matrix: [[Double]]) throws(AHPError) {
        guard !names.isEmpty else { throw .empty }
        guard matrix.count == names.count, matrix.allSatisfy({ $0.count == names.count }) else {
            throw .notSquare(names.count)
        }
        for i in 0..<names.count {
            for j in 0..<names.count {
                let value = matrix[i][j]
                guard value.isFinite, value > 0 else { throw .notPositive(names[i], names[j]) }
                if i == j, abs(value - 1) > reciprocityTolerance { throw .diagonal(names[i]) }
                if j > i, abs(value * matrix[j][i] - 1) > reciprocityTolerance {
                    throw .notReciprocal(names[i], names[j])
                }
            }
        }
    }
}

public struct AHPResult: Sendable, Codable, Equatable {
    public struct Pair: Sendable, Codable, Equatable {
        public var first: String
        public var second: String
        /// What the matrix says: how much more important `first` is than `second`.
        public var judgement: Double
        /// What the final weights imply for the same pair.
        public var impliedByWeights: Double
    }

    public var names: [String]
    /// Normalised to sum to 1.
    public var weights: [Double]
    public var lambdaMax: Double
    public var consistencyIndex: Double
    public var randomIndex: Double
    public var consistencyRatio: Double
    public var mostInconsistentPair: Pair?

    public var isConsistent: Bool { consistencyRatio <= AHP.consistencyThreshold }
}

public struct AHPError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Reason: Sendable, Equatable {
        case empty, notSquare(Int), notPositive(String, String), diagonal(String), notReciprocal(String, String)
    }
    private let reason: Reason

    /// The row the problem is on, when there is one (for `file:line` messages).
    public var row: String? {
        switch reason {
        case .empty, .notSquare: nil
        case let .notPositive(row, _), let .diagonal(row), let .notReciprocal(row, _): row
        }
    }

    public static let empty = AHPError(reason: .empty)
    public static func notSquare(_ n: Int) -> AHPError { .init(reason: .notSquare(n)) }
    public static func notPositive(_ row: String, _ column: String) -> AHPError { .init(reason: .notPositive(row, column)) }
    public static func diagonal(_ name: String) -> AHPError { .init(reason: .diagonal(name)) }
    public static func notReciprocal(_ a: String, _ b: String) -> AHPError { .init(reason: .notReciprocal(a, b)) }

    public var description: String {
        switch reason {
        case .empty: "la matrice de comparaisons par paires est vide"
        case let .notSquare(n): "la matrice doit être carrée : \(n) lignes de \(n) valeurs attendues"
        case let .notPositive(row, column):
            "la comparaison « \(row) » / « \(column) » doit être un nombre strictement positif"
        case let .diagonal(name): "la diagonale doit valoir 1 (« \(name) » comparé à lui-même)"
        case let .notReciprocal(a, b):
            "les comparaisons « \(a) » / « \(b) » et « \(b) » / « \(a) » doivent être inverses l'une de l'autre"
        }
    }
}
