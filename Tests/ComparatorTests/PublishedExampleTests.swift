import Comparator
import Testing

/// Worked examples from the literature, recomputed by the engine.
@Suite("Exemples publiés")
struct PublishedExampleTests {
    /// Hwang, C.-L. & Yoon, K. (1981). Multiple Attribute Decision Making: Methods and Applications.
    /// Springer LNEMS 186, pp. 133–134 (fighter aircraft). The book rounds intermediate steps to 4 decimals, hence
    /// the 1e-3 tolerance on its printed closeness coefficients.
    @Test func topsisHwangYoon1981() throws {
        let matrix = try Fixture.matrix("topsis-hwang-yoon-1981.csv",
                                        directions: [.benefit, .benefit, .benefit, .cost, .benefit, .benefit])
        let ranking = try matrix.rank(weights: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3], method: .topsis)
        let published = [0.643, 0.268, 0.613, 0.312]
        for (alternative, expected) in zip(ranking.alternatives, published) {
            #expect(abs(alternative.score - expected) < 1e-3, "\(alternative.name): \(alternative.score)")
        }
        #expect(ranking.alternatives.map(\.rank) == [1, 4, 2, 3])
    }

    /// Roszkowska, E. (2011). Multi-criteria decision making models by applying the TOPSIS method to crisp and
    /// interval data. Multiple Criteria Decision Making 6, 200–230, example 1 (decision-maker 1).
    /// Semicolon-separated fixture: also checks the `;` separator.
    @Test func topsisRoszkowska2011() throws {
        let matrix = try Fixture.matrix("topsis-roszkowska-2011.csv", directions: [.benefit, .cost, .benefit, .benefit])
        let ranking = try matrix.rank(weights: [0.175, 0.425, 0.175, 0.225], method: .topsis)
        let published = [0.535497, 0.434945, 0.557491, 0.516961, 0.370633]
        for (alternative, expected) in zip(ranking.alternatives, published) {
            #expect(abs(alternative.score - expected) < 5e-7, "\(alternative.name): \(alternative.score)")
        }
        #expect(ranking.alternatives.map(\.rank) == [2, 4, 1, 3, 5])
    }

    /// Saaty, T. L. (1990). How to make a decision: the Analytic Hierarchy Process. European Journal of
    /// Operational Research 48(1), 9–26, table 2 (criteria for buying a house): λmax 9.669, CI 0.238, CR 0.169.
    @Test func ahpSaaty1990House() throws {
        let result = try Fixture.pairwise("ahp-saaty-1990-house.csv")
        let published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]
        for (weight, expected) in zip(result.weights, published) { #expect(abs(weight - expected) < 5e-4) }
        #expect(abs(result.lambdaMax - 9.669) < 5e-4)
        #expect(abs(result.consistencyIndex - 0.238) < 5e-4)
        #expect(abs(result.consistencyRatio - 0.169) < 5e-4)
        #expect(!result.isConsistent)
        #expect(result.mostInconsistentPair != nil)
    }

    /// Saaty (1990), table 3: houses compared on one criterion each.
    @Test(arguments: [
        ("ahp-saaty-1990-transportation.csv", [0.233, 0.055, 0.713], 3.247, 0.213, false),
        ("ahp-saaty-1990-financing.csv", [0.072, 0.650, 0.278], 3.065, 0.056, true),
        ("ahp-saaty-1990-condition.csv", [0.2, 0.4, 0.4], 3.0, 0.0, true),
    ])
    func ahpSaaty1990Houses(file: String, weights: [Double], lambdaMax: Double, ratio: Double, consistent: Bool) throws {
        let result = try Fixture.pairwise(file)
        for (weight, expected) in zip(result.weights, weights) { #expect(abs(weight - expected) < 1e-3) }
        #expect(abs(result.lambdaMax - lambdaMax) < 6e-4)
        #expect(abs(result.consistencyRatio - ratio) < 6e-4)
        #expect(result.isConsistent == consistent)
    }

    /// In Saaty's house matrix, "Neighborhood is 6 times as important as General condition" contradicts the
    /// rest of the judgements most (the weights imply about 1.13): that pair is the one to revise first.
    /// (In a 3×3 matrix every pair is equally inconsistent, so this needs the 8×8 example.)
    @Test func ahpNamesTheMostInconsistentPair() throws {
        let result = try Fixture.pairwise("ahp-saaty-1990-house.csv")
        let pair = try #require(result.mostInconsistentPair)
        #expect(pair.first == "Neighborhood" && pair.second == "General_condition")
        #expect(pair.judgement == 6)
        #expect(abs(pair.impliedByWeights - 1.1275) < 1e-3)
    }

    /// Saaty, T. L. (2008). Decision making with the analytic hierarchy process. Int. J. Services Sciences 1(1),
    /// 83–98 (relative drink consumption in the US); weights and CR 0.022.
    @Test func ahpSaaty2008Drinks() throws {
        let result = try Fixture.pairwise("ahp-saaty-2008-drinks.csv")
        let published = [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327]
        for (weight, expected) in zip(result.weights, published) { #expect(abs(weight - expected) < 5e-4) }
        #expect(abs(result.consistencyRatio - 0.022) < 5e-4)
        #expect(result.isConsistent)
    }
}
