import ArgumentParser
import Comparator
import Foundation
@testable import Commands
import Testing

@Suite("Ligne de commande")
struct CommandTests {
    /// Runs a command and returns the exit code it ended with (0 when it returned normally).
    func exitCode(_ arguments: [String]) -> Int32 {
        do {
            var command = try SIPAdvisorCommand.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            return SIPAdvisorCommand.exitCode(for: error).rawValue
        }
    }

    @Test(arguments: [
        ["rank", "--matrix", Fixture.url("matrix-ragged.csv").path, "--weights", "1,1", "--types", "min,max"],
        ["rank", "--matrix", Fixture.url("matrix-not-number.csv").path, "--weights", "1,1", "--types", "min,max"],
        ["rank", "--matrix", Fixture.url("topsis-roszkowska-2011.csv").path, "--weights", "1,1", "--types", "max,min,max,max"],
        ["rank", "--matrix", Fixture.url("topsis-roszkowska-2011.csv").path, "--weights", "1,1,1,1", "--types", "max,min,max,haut"],
        ["ahp", Fixture.url("ahp-zero.csv").path],
        ["ahp", Fixture.url("ahp-negative.csv").path],
        ["ahp", Fixture.url("topsis-roszkowska-2011.csv").path],
        ["catalog", "validate", "/nonexistent-catalog"],
    ])
    func badInputExitsWithDataError(arguments: [String]) {
        #expect(exitCode(arguments) == 65)
    }

    @Test func goodInputSucceeds() {
        #expect(exitCode(["rank", "--matrix", Fixture.url("topsis-roszkowska-2011.csv").path, "--weights",
                          "0.175,0.425,0.175,0.225", "--types", "max,min,max,max", "--draws", "100"]) == 0)
        #expect(exitCode(["ahp", Fixture.url("ahp-saaty-1990-financing.csv").path, "--format", "md"]) == 0)
        #expect(exitCode(["catalog", "validate", Fixture.repositoryCatalog.path]) == 0)
    }

    @Test func rankJSONFollowsTheDocumentedShape() throws {
        let matrix = try Fixture.matrix("topsis-roszkowska-2011.csv", directions: [.benefit, .cost, .benefit, .benefit])
        let ranking = try matrix.rank(weights: [0.175, 0.425, 0.175, 0.225], method: .topsis,
                                      sensitivity: SensitivityOptions(draws: 500, seed: 1))
        let json = try RankOutput(ranking: ranking).render(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["method"] as? String == "topsis")
        let alternatives = try #require(object["alternatives"] as? [[String: Any]])
        #expect(alternatives.map { $0["name"] as? String } == ["A1", "A2", "A3", "A4", "A5"])
        #expect(alternatives.map { $0["rank"] as? Int } == [2, 4, 1, 3, 5])
        let sensitivity = try #require(object["sensitivity"] as? [String: Any])
        #expect(sensitivity["draws"] as? Int == 500)
        let probabilities = try #require(sensitivity["firstPlaceProbability"] as? [String: Double])
        #expect(Set(probabilities.keys) == ["A1", "A2", "A3", "A4", "A5"])

        let plain = try RankOutput(ranking: matrix.rank(weights: [1, 1, 1, 1], method: .wsm)).render(.json)
        #expect(!plain.contains("sensitivity"))
    }

    @Test func markdownCellsCannotBreakTables() {
        #expect(markdownCell("a|b") == "a\\|b")
        #expect(markdownCell("<script>") == "\\<script\\>")
        #expect(markdownCell("[lien](http://x)") == "\\[lien\\](http://x)")
        #expect(!markdownCell("ligne\nsuivante").contains("\n"))
    }
}
