/// A decision matrix prepared once so that scoring it under many weight vectors costs one pass over the data.
///
/// Both methods reduce to "per alternative, a weighted sum over criteria":
/// - TOPSIS: with vector-normalised values `r`, the weighted distance to the ideal is
///   `sqrt(Σ w_j² (r_ij − best_j)²)` because every weight is positive, so the squared gaps are computed once and
///   each weight vector only costs a matrix–vector product with `w²`.
/// - WSM: `Σ w_j u_ij / Σ w_j` with min–max normalised `u`.
///
/// Weight vectors are scored eight at a time (`SIMD8`), so each pass over the matrix serves eight draws.
public struct ScoringKernel: Sendable {
    public typealias Lanes = SIMD8<Double>
    public static let laneCount = Lanes.scalarCount

    public let method: RankingMethod
    public let rowCount: Int
    public let columnCount: Int
    /// TOPSIS: squared gaps to the ideal; WSM: normalised utilities. Row-major.
    private let primary: [Double]
    /// TOPSIS: squared gaps to the anti-ideal; WSM: unused.
    private let secondary: [Double]

    /// - Parameter normalised: for WSM, `true` when the values are already utilities in [0, 1] on an absolute
    ///   scale (the catalog comparison), so that a score reads as "share of weighted needs met"; `false` applies
    ///   min–max normalisation across the alternatives (the generic `rank` mode). TOPSIS always uses vector
    ///   normalisation.
    public init(matrix: DecisionMatrix, method: RankingMethod, normalised: Bool = false) {
        self.method = method
        rowCount = matrix.rowCount
        columnCount = matrix.columnCount
        switch method {
        case .topsis: (primary, secondary) = Self.topsisGaps(matrix)
        case .wsm: (primary, secondary) = (normalised ? matrix.values : Self.minMaxUtilities(matrix), [])
        }
    }

    /// Scores in [0, 1] for one weight vector (validated: non-negative, not all zero, one per criterion).
    public func scores(weights: [Double]) -> [Double] {
        let lanes = weights.map { Lanes(repeating: kernelWeight($0)) }
        var out = [Lanes](repeating: .zero, count: rowCount)
        lanes.withUnsafeBufferPointer { weightBuffer in
            out.withUnsafeMutableBufferPointer { scoreBuffer($0, weights: weightBuffer) }
        }
        return out.map { $0[0] }
    }

    /// What the hot loop expects in place of a weight: its square for TOPSIS (computed once per draw rather than
    /// once per cell), the weight itself for WSM.
    @inline(__always)
    public func kernelWeight(_ weight: Double) -> Double { method == .topsis ? weight * weight : weight }

    /// The hot loop: scores eight weight vectors at once. `weights[j]` holds `kernelWeight` of criterion `j`'s
    /// weight in each lane; `scores[i]` receives alternative `i`'s score in each lane. Allocates nothing.
    public func scoreBuffer(_ scores: UnsafeMutableBufferPointer<Lanes>, weights: UnsafeBufferPointer<Lanes>) {
        let m = columnCount
        switch method {
        case .topsis:
            primary.withUnsafeBufferPointer { ideal in
                secondary.withUnsafeBufferPointer { antiIdeal in
                    for i in 0..<rowCount {
                        var toIdeal = Lanes.zero, toAntiIdeal = Lanes.zero
                        let base = i * m
                        for j in 0..<m {
                            toIdeal += weights[j] * ideal[base + j]
                            toAntiIdeal += weights[j] * antiIdeal[base + j]
                        }
                        let plus = toIdeal.squareRoot(), minus = toAntiIdeal.squareRoot()
                        let total = plus + minus
                        // An alternative equal to both ideal and anti-ideal (all columns constant) is neutral.
                        scores[i] = (minus / total).replacing(with: 0.5, where: total .== 0)
                    }
                }
            }
        case .wsm:
            var totalWeight = Lanes.zero
            for j in 0..<m { totalWeight += weights[j] }
            primary.withUnsafeBufferPointer { utility in
                for i in 0..<rowCount {
                    var sum = Lanes.zero
                    let base = i * m
                    for j in 0..<m { sum += weights[j] * utility[base + j] }
                    scores[i] = sum / totalWeight
                }
            }
        }
    }

    /// Vector normalisation `r_ij = x_ij / sqrt(Σ_i x_ij²)`, then squared gaps to the best and worst of each column.
    private static func topsisGaps(_ matrix: DecisionMatrix) -> ([Double], [Double]) {
        let n = matrix.rowCount, m = matrix.columnCount
        var ideal = [Double](repeating: 0, count: n * m)
        var antiIdeal = ideal
        for j in 0..<m {
            var sumOfSquares = 0.0
            for i in 0..<n { sumOfSquares += matrix[i, j] * matrix[i, j] }
            let norm = sumOfSquares.squareRoot()
            let column = (0..<n).map { norm == 0 ? 0 : matrix[$0, j] / norm }
            let high = column.max()!, low = column.min()!
            let (best, worst) = matrix.directions[j] == .benefit ? (high, low) : (low, high)
            for i in 0..<n {
                ideal[i * m + j] = (column[i] - best) * (column[i] - best)
                antiIdeal[i * m + j] = (column[i] - worst) * (column[i] - worst)
            }
        }
        return (ideal, antiIdeal)
    }

    /// Min–max normalisation to [0, 1], reversed for cost criteria; a constant column gives 1 to everyone
    /// (it does not discriminate, and must not push scores below 1 when everything else is perfect).
    private static func minMaxUtilities(_ matrix: DecisionMatrix) -> [Double] {
        let n = matrix.rowCount, m = matrix.columnCount
        var utility = [Double](repeating: 1, count: n * m)
        for j in 0..<m {
            let column = (0..<n).map { matrix[$0, j] }
            let low = column.min()!, high = column.max()!
            guard high > low else { continue }
            for i in 0..<n {
                let share = (column[i] - low) / (high - low)
                utility[i * m + j] = matrix.directions[j] == .benefit ? share : 1 - share
            }
        }
        return utility
    }
}
