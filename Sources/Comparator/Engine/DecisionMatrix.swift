/// Alternatives × criteria, row-major, with the direction of each criterion.
///
/// ```swift
/// let matrix = try DecisionMatrix(alternatives: ["A", "B"], criteria: ["prix", "qualité"],
///                                 directions: [.cost, .benefit], values: [250, 7, 200, 5])
/// ```
public struct DecisionMatrix: Sendable, Hashable {
    public let alternatives: [String]
    public let criteria: [String]
    public let directions: [Criterion.Direction]
    /// Row-major: `values[i * criteria.count + j]` is alternative `i` on criterion `j`.
    public let values: [Double]

    public init(alternatives: [String], criteria: [String], directions: [Criterion.Direction],
                values: [Double]) throws(MatrixError) {
        guard !alternatives.isEmpty else { throw .noAlternatives }
        guard !criteria.isEmpty else { throw .noCriteria }
        guard directions.count == criteria.count else {
            throw .directionCount(expected: criteria.count, got: directions.count)
        }
        guard values.count == alternatives.count * criteria.count else {
            throw .valueCount(expected: alternatives.count * criteria.count, got: values.count)
        }
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw .notFinite(alternative: alternatives[bad / criteria.count], criterion: criteria[bad % criteria.count])
        }
        self.alternatives = alternatives
        self.criteria = criteria
        self.directions = directions
        self.values = values
    }

    public var rowCount: Int { alternatives.count }
    public var columnCount: Int { criteria.count }

    public subscript(row: Int, column: Int) -> Double { values[row * criteria.count + column] }

    /// The same matrix with its rows reordered (`order[k]` is the old index of the new row `k`).
    public func permutingRows(_ order: [Int]) -> DecisionMatrix {
        var permuted: [Double] = []
        permuted.reserveCapacity(values.count)
        for row in order { permuted += values[(row * columnCount)..<((row + 1) * columnCount)] }
        // Safe: same shape and values as a valid matrix.
        return try! DecisionMatrix(alternatives: order.map { alternatives[$0] }, criteria: criteria,
                                   directions: directions, values: permuted)
    }
}

/// The ranking methods the engine offers.
public enum RankingMethod: String, Sendable, Codable, CaseIterable {
    /// Technique for Order of Preference by Similarity to Ideal Solution (Hwang & Yoon, 1981).
    case topsis
    /// Weighted sum model on min–max normalised values.
    case wsm
}

/// Why a decision matrix or its weights cannot be used. Messages are French: they reach users as is.
public struct MatrixError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Reason: Sendable, Equatable {
        case noAlternatives, noCriteria
        case directionCount(Int, Int), valueCount(Int, Int), weightCount(Int, Int)
        case notFinite(String, String), negativeWeight(String), zeroWeights
    }
    private let reason: Reason

    public static let noAlternatives = MatrixError(reason: .noAlternatives)
    public static let noCriteria = MatrixError(reason: .noCriteria)
    public static let zeroWeights = MatrixError(reason: .zeroWeights)
    public static func directionCount(expected: Int, got: Int) -> MatrixError { .init(reason: .directionCount(expected, got)) }
    public static func valueCount(expected: Int, got: Int) -> MatrixError { .init(reason: .valueCount(expected, got)) }
    public static func weightCount(expected: Int, got: Int) -> MatrixError { .init(reason: .weightCount(expected, got)) }
    public static func notFinite(alternative: String, criterion: String) -> MatrixError {
        .init(reason: .notFinite(alternative, criterion))
    }
    public static func negativeWeight(criterion: String) -> MatrixError { .init(reason: .negativeWeight(criterion)) }

    public var description: String {
        switch reason {
        case .noAlternatives: "la matrice ne contient aucune alternative"
        case .noCriteria: "la matrice ne contient aucun critère"
        case let .directionCount(expected, got): "\(got) sens de critère (max/min) donnés pour \(expected) critères"
        case let .valueCount(expected, got): "\(got) valeurs pour \(expected) cases attendues"
        case let .weightCount(expected, got): "\(got) poids donnés pour \(expected) critères"
        case let .notFinite(alternative, criterion): "valeur non finie pour « \(alternative) » sur « \(criterion) »"
        case let .negativeWeight(criterion): "le poids du critère « \(criterion) » est négatif"
        case .zeroWeights: "tous les poids sont nuls"
        }
    }
}
