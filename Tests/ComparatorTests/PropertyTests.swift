import Comparator
import Testing

@Suite("Propriétés du moteur de décision")
struct PropertyTests {
    @Test(arguments: RankingMethod.allCases, [0.001, 3.0, 1000.0])
    func scalingAllWeightsChangesNoRanking(method: RankingMethod, factor: Double) throws {
        for seed in UInt64(1)...20 {
            let (matrix, weights) = randomMatrix(rows: 7, columns: 5, seed: seed)
            let base = try matrix.rank(weights: weights, method: method)
            let scaled = try matrix.rank(weights: weights.map { $0 * factor }, method: method)
            #expect(base.alternatives.map(\.rank) == scaled.alternatives.map(\.rank))
            for (a, b) in zip(base.alternatives, scaled.alternatives) { #expect(abs(a.score - b.score) < 1e-9) }
        }
    }

    /// An alternative worse than another on every criterion never ranks first, in the base ranking or in any draw.
    @Test(arguments: RankingMethod.allCases)
    func dominatedAlternativeNeverRanksFirst(method: RankingMethod) throws {
        for seed in UInt64(1)...20 {
            let (random, weights) = randomMatrix(rows: 5, columns: 6, seed: seed)
            var values = random.values
            let m = random.columnCount
            // Row 4 becomes strictly dominated by row 0.
            for j in 0..<m {
                values[4 * m + j] = random.directions[j] == .benefit ? values[j] - 0.5 : values[j] + 0.5
            }
            let matrix = try DecisionMatrix(alternatives: random.alternatives, criteria: random.criteria,
                                            directions: random.directions, values: values)
            let ranking = try matrix.rank(weights: weights, method: method,
                                          sensitivity: SensitivityOptions(draws: 200, seed: seed, spread: 0.5))
            #expect(ranking.alternatives[4].rank > 1)
            #expect(ranking.alternatives[4].rank > ranking.alternatives[0].rank)
            #expect(ranking.sensitivity?.firstPlaceProbability[4] == 0)
        }
    }

    @Test(arguments: RankingMethod.allCases)
    func permutingRowsPermutesResults(method: RankingMethod) throws {
        let (matrix, weights) = randomMatrix(rows: 6, columns: 4, seed: 7)
        let order = [3, 0, 5, 1, 4, 2]
        let base = try matrix.rank(weights: weights, method: method)
        let permuted = try matrix.permutingRows(order).rank(weights: weights, method: method)
        for (newIndex, oldIndex) in order.enumerated() {
            #expect(permuted.alternatives[newIndex].name == base.alternatives[oldIndex].name)
            #expect(abs(permuted.alternatives[newIndex].score - base.alternatives[oldIndex].score) < 1e-12)
            #expect(permuted.alternatives[newIndex].rank == base.alternatives[oldIndex].rank)
        }
    }

    @Test(arguments: RankingMethod.allCases)
    func scoresStayInUnitInterval(method: RankingMethod) throws {
        for seed in UInt64(1)...10 {
            let (matrix, weights) = randomMatrix(rows: 8, columns: 5, seed: seed)
            let ranking = try matrix.rank(weights: weights, method: method)
            #expect(ranking.alternatives.allSatisfy { (0...1).contains($0.score) })
        }
    }

    @Test func sensitivityIsReproducibleBySeed() throws {
        let (matrix, weights) = randomMatrix(rows: 6, columns: 8, seed: 3)
        let options = SensitivityOptions(draws: 1001, seed: 99, spread: 0.4, workers: 1)
        let first = try matrix.rank(weights: weights, method: .topsis, sensitivity: options)
        let again = try matrix.rank(weights: weights, method: .topsis, sensitivity: options)
        var twoWorkers = options
        twoWorkers.workers = 2
        let parallel = try matrix.rank(weights: weights, method: .topsis, sensitivity: twoWorkers)
        var otherSeed = options
        otherSeed.seed = 100
        let other = try matrix.rank(weights: weights, method: .topsis, sensitivity: otherSeed)
        #expect(first.sensitivity == again.sensitivity)
        #expect(first.sensitivity?.bestRank == parallel.sensitivity?.bestRank)
        #expect(first.sensitivity?.worstRank == parallel.sensitivity?.worstRank)
        for (a, b) in zip(first.sensitivity!.firstPlaceProbability, parallel.sensitivity!.firstPlaceProbability) {
            #expect(abs(a - b) < 1e-12)
        }
        #expect(first.sensitivity?.firstPlaceProbability != other.sensitivity?.firstPlaceProbability)
        let total = first.sensitivity!.firstPlaceProbability.reduce(0, +)
        #expect(abs(total - 1) < 1e-9)
    }

    @Test func zeroSpreadKeepsTheBaseRanking() throws {
        let (matrix, weights) = randomMatrix(rows: 5, columns: 4, seed: 11)
        let ranking = try matrix.rank(weights: weights, method: .topsis,
                                      sensitivity: SensitivityOptions(draws: 50, seed: 1, spread: 0))
        let leader = ranking.alternatives.firstIndex { $0.rank == 1 }!
        #expect(ranking.sensitivity?.firstPlaceProbability[leader] == 1)
        for (index, alternative) in ranking.alternatives.enumerated() {
            #expect(ranking.sensitivity?.bestRank[index] == alternative.rank)
            #expect(ranking.sensitivity?.worstRank[index] == alternative.rank)
        }
    }

    @Test func weightsAreValidated() throws {
        let (matrix, _) = randomMatrix(rows: 3, columns: 3, seed: 1)
        #expect(throws: MatrixError.weightCount(expected: 3, got: 2)) { try matrix.rank(weights: [1, 1], method: .wsm) }
        #expect(throws: MatrixError.zeroWeights) { try matrix.rank(weights: [0, 0, 0], method: .wsm) }
        #expect(throws: MatrixError.negativeWeight(criterion: "C1")) { try matrix.rank(weights: [1, -1, 1], method: .topsis) }
    }
}
