@testable import Comparator
import Testing

/// Ranks of large matrices, where each draw is radix-sorted, checked against the naive definition of a competition
/// rank (1 + the number of better scores, counted over every pair). Correctness guards, not timings.
@Suite("Classement de grandes matrices")
struct LargeRankingTests {
    static func naiveRanks(_ scores: [Double]) -> [Int] {
        scores.map { score in 1 + scores.count(where: { $0 > score + Ranking.tieTolerance }) }
    }

    /// Without perturbation every draw is the base ranking, so each rank range must collapse to the naive rank.
    @Test(arguments: RankingMethod.allCases)
    func unperturbedDrawsOfTwoThousandRowsRankLikeTheNaiveCount(method: RankingMethod) throws {
        let (random, weights) = randomMatrix(rows: 2_000, columns: 6, seed: 2026)
        let m = random.columnCount
        var values = random.values
        // Every tenth row repeats the previous one: exact ties must share their rank.
        for i in stride(from: 10, to: random.rowCount, by: 10) {
            for j in 0..<m { values[i * m + j] = values[(i - 1) * m + j] }
        }
        let matrix = try DecisionMatrix(alternatives: random.alternatives, criteria: random.criteria,
                                        directions: random.directions, values: values)
        let ranking = try matrix.rank(weights: weights, method: method,
                                      sensitivity: SensitivityOptions(draws: 20, seed: 5, spread: 0))
        let naive = Self.naiveRanks(ranking.alternatives.map(\.score))
        #expect(ranking.alternatives.map(\.rank) == naive)
        #expect(ranking.sensitivity?.bestRank == naive)
        #expect(ranking.sensitivity?.worstRank == naive)
        let leaders = naive.indices.filter { naive[$0] == 1 }
        #expect(ranking.sensitivity?.firstPlaceProbability.enumerated().allSatisfy { index, share in
            abs(share - (leaders.contains(index) ? 1 / Double(leaders.count) : 0)) < 1e-12
        } == true)
    }

    /// Draws that reorder everything (independent scores each time, with exact ties, zeros of both signs and
    /// negative values): rank ranges and first places must equal the naive ranks accumulated draw by draw, on both
    /// sides of the radix threshold.
    @Test(arguments: [7, ScoreSorter.radixThreshold, ScoreSorter.radixThreshold + 1, 2_000])
    func reorderedDrawsTallyLikeNaiveRanks(alternatives n: Int) {
        var generator = SplitMix64(seed: 14)
        var tally = Tally(alternatives: n)
        var best = [Int](repeating: .max, count: n), worst = [Int](repeating: 0, count: n)
        var firstPlaces = [Double](repeating: 0, count: n)
        for draw in 0..<10 {
            var scores = (0..<n).map { _ in generator.nextUnitDouble() * 2 - 0.5 }
            if draw.isMultiple(of: 2) { scores = scores.map { ($0 * 16).rounded() / 16 } }  // many exact ties
            scores[0] = -0.0
            scores[n - 1] = 0.0
            tally.record(scores)
            let ranks = Self.naiveRanks(scores)
            let leaders = ranks.count(where: { $0 == 1 })
            for i in 0..<n {
                best[i] = min(best[i], ranks[i])
                worst[i] = max(worst[i], ranks[i])
                if ranks[i] == 1 { firstPlaces[i] += 1 / Double(leaders) }
            }
        }
        #expect(tally.bestRank == best)
        #expect(tally.worstRank == worst)
        #expect(tally.firstPlaces == firstPlaces)
    }

    /// The radix keys order doubles as `<` does, including both zeros, negatives and extremes.
    @Test func descendingKeysOrderScoresFromBestToWorst() {
        let scores: [Double] = [1, 0.5, 0.0, -0.0, -1e-300, -0.5, -.greatestFiniteMagnitude, .greatestFiniteMagnitude,
                                .leastNonzeroMagnitude, 1e-12]
        for a in scores {
            #expect(ScoreSorter.score(descendingKey: ScoreSorter.descendingKey(a)).bitPattern == a.bitPattern)
            for b in scores where a > b {
                #expect(ScoreSorter.descendingKey(a) < ScoreSorter.descendingKey(b))
            }
        }
    }
}
