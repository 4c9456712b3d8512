import Dispatch
import Synchronization

/// How the weights are perturbed: each draw multiplies every weight by a factor drawn uniformly in
/// [1 − spread, 1 + spread], independently per criterion.
public struct SensitivityOptions: Sendable, Hashable {
    public var draws: Int
    public var seed: UInt64
    public var spread: Double
    /// Threads used. Each block of eight draws has its own seeded stream, so the draws do not depend on it (only
    /// the last bits of a probability shared by tied leaders could).
    public var workers: Int

    /// No default seed or spread here: the product's live in `Application.ComparisonSettings`.
    public init(draws: Int, seed: UInt64, spread: Double, workers: Int = 2) {
        self.draws = max(0, draws); self.seed = seed
        self.spread = min(max(spread, 0), 0.99); self.workers = max(1, workers)
    }
}

/// What the Monte Carlo perturbation says about the stability of a ranking, per alternative (input order).
public struct Sensitivity: Sendable, Codable, Equatable {
    public var draws: Int
    public var seed: UInt64
    public var spread: Double
    /// Share of draws in which the alternative ranked first (ties share the draw).
    public var firstPlaceProbability: [Double]
    public var bestRank: [Int]
    public var worstRank: [Int]
}

extension ScoringKernel {
    /// Seeded Monte Carlo perturbation of `weights`: deterministic for a given seed.
    public func sensitivity(weights: [Double], options: SensitivityOptions) -> Sensitivity {
        let blockCount = (options.draws + Self.laneCount - 1) / Self.laneCount
        let workers = max(1, min(options.workers, blockCount))
        let tallies = TallyBox()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var tally = Tally(alternatives: rowCount)
            var lanes = [Lanes](repeating: .zero, count: columnCount)
            var scores = [Lanes](repeating: .zero, count: rowCount)
            let laneScores = UnsafeMutableBufferPointer<Double>.allocate(capacity: rowCount)
            defer { laneScores.deallocate() }
            for block in stride(from: worker, to: blockCount, by: workers) {
                let valid = min(Self.laneCount, options.draws - block * Self.laneCount)
                perturb(weights, into: &lanes, block: block, options: options)
                scores.withUnsafeMutableBufferPointer { scores in
                    lanes.withUnsafeBufferPointer { scoreBuffer(scores, weights: $0) }
                    for lane in 0..<valid {
                        for i in 0..<rowCount { laneScores[i] = scores[i][lane] }
                        tally.record(UnsafeBufferPointer(laneScores))
                    }
                }
            }
            tallies.store(tally, at: worker)
        }
        return tallies.merged(alternatives: rowCount).result(options)
    }

    private func perturb(_ weights: [Double], into lanes: inout [Lanes], block: Int, options: SensitivityOptions) {
        var generator = SplitMix64(seed: options.seed ^ (UInt64(block) &* 0xD1B5_4A32_D192_ED03))
        for lane in 0..<Self.laneCount {
            for j in 0..<columnCount {
                let factor = 1 + options.spread * (2 * generator.nextUnitDouble() - 1)
                lanes[j][lane] = kernelWeight(weights[j] * factor)
            }
        }
    }
}

/// Per-worker counts, merged at the end.
struct Tally {
    var firstPlaces: [Double]
    var bestRank: [Int]
    var worstRank: [Int]
    private var sorter: ScoreSorter

    init(alternatives: Int) {
        firstPlaces = Array(repeating: 0, count: alternatives)
        bestRank = Array(repeating: Int.max, count: alternatives)
        worstRank = Array(repeating: 0, count: alternatives)
        sorter = ScoreSorter(alternatives: alternatives)
    }

    mutating func record(_ scores: [Double]) {
        scores.withUnsafeBufferPointer { record($0) }
    }

    mutating func record(_ scores: UnsafeBufferPointer<Double>) {
        sorter.sort(scores)
        let order = sorter.order, sorted = sorter.sorted
        // Buffer pointers: array subscripts would check uniqueness on every write of this O(n) loop.
        let leaders = bestRank.withUnsafeMutableBufferPointer { best in
            worstRank.withUnsafeMutableBufferPointer { worst in
                // Competition ranks: a tie (within tolerance) with the previous alternative shares its rank.
                var rank = 1
                var leaders = 1
                for k in 0..<order.count {
                    if k > 0 && sorted[k] < sorted[k - 1] - Ranking.tieTolerance { rank = k + 1 }
                    if k > 0 && rank == 1 { leaders += 1 }
                    let alternative = order[k]
                    if rank < best[alternative] { best[alternative] = rank }
                    if rank > worst[alternative] { worst[alternative] = rank }
                }
                return leaders
            }
        }
        let share = 1 / Double(leaders)
        for k in 0..<leaders { firstPlaces[order[k]] += share }
    }

    /// Shares of first places and rank ranges over the draws (0 where an alternative was never ranked).
    func result(_ options: SensitivityOptions) -> Sensitivity {
        let draws = Double(max(options.draws, 1))
        return Sensitivity(draws: options.draws, seed: options.seed, spread: options.spread,
                           firstPlaceProbability: firstPlaces.map { $0 / draws },
                           bestRank: bestRank.map { $0 == Int.max ? 0 : $0 }, worstRank: worstRank)
    }

    mutating func merge(_ other: Tally) {
        for i in firstPlaces.indices {
            firstPlaces[i] += other.firstPlaces[i]
            bestRank[i] = min(bestRank[i], other.bestRank[i])
            worstRank[i] = max(worstRank[i], other.worstRank[i])
        }
    }
}

/// Collects each worker's tally; merged after `concurrentPerform` returns.
final class TallyBox: Sendable {
    private let slots: Mutex<[Int: Tally]>

    init() { slots = Mutex([:]) }

    func store(_ tally: Tally, at index: Int) { slots.withLock { $0[index] = tally } }

    func merged(alternatives: Int) -> Tally {
        var total = Tally(alternatives: alternatives)
        // Merge in worker order so that floating-point sums do not depend on scheduling.
        slots.withLock { for index in $0.keys.sorted() { total.merge($0[index]!) } }
        return total
    }
}

/// SplitMix64 (Steele, Lea & Flood, 2014). Hand-written because the standard library has no seedable generator
/// and the sensitivity analysis must be reproducible from its seed on every platform.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1) with 53 random bits.
    public mutating func nextUnitDouble() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}
