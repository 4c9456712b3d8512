import ArgumentParser
import Comparator
import Foundation
@testable import Commands
import TestSupport
import Testing

@Suite("Ligne de commande")
struct CommandTests {
    static func fixture(_ name: String) -> String { Fixture.path(name) }

    /// Bad input: exit 65, nothing on stdout, and stderr names where (file:line, or the option) and says what.
    @Test(arguments: [
        (["rank", "--matrix", fixture("matrix-ragged.csv"), "--weights", "1,1", "--types", "min,max"], "matrix-ragged.csv:3: ligne irrégulière\u{00A0}: 2 cases au lieu de 3"),
        (["rank", "--matrix", fixture("matrix-not-number.csv"), "--weights", "1,1", "--types", "min,max"], "matrix-not-number.csv:3: «\u{00A0}deux cents\u{00A0}» n'est pas un nombre (ligne «\u{00A0}B\u{00A0}», colonne «\u{00A0}prix\u{00A0}»)"),
        (["rank", "--matrix", fixture("topsis-roszkowska-2011.csv"), "--weights", "1,1", "--types", "max,min,max,max"], "--weights: 2 valeur(s) données pour 4 critère(s) dans la matrice"),
        (["rank", "--matrix", fixture("topsis-roszkowska-2011.csv"), "--weights", "1,1,1,1", "--types", "max,min,max,haut"], "--types: valeur n° 4 invalide\u{00A0}: «\u{00A0}haut\u{00A0}»"),
        (["ahp", fixture("ahp-zero.csv")], "ahp-zero.csv:2: la comparaison «\u{00A0}a\u{00A0}» / «\u{00A0}b\u{00A0}» doit être un nombre strictement positif"),
        (["ahp", fixture("ahp-negative.csv")], "ahp-negative.csv:2: la comparaison «\u{00A0}a\u{00A0}» / «\u{00A0}b\u{00A0}» doit être un nombre strictement positif"),
        (["ahp", fixture("topsis-roszkowska-2011.csv")], "topsis-roszkowska-2011.csv:1: la matrice doit être carrée"),
        (["catalog", "validate", "/nonexistent-catalog"], "/nonexistent-catalog: dossier du catalogue introuvable"),
    ])
    func badInputExitsWithDataError(arguments: [String], where place: String) throws {
        let outcome = try expectCommand(arguments, status: 65, stdout: "")
        #expect(outcome.stderr.contains(place), "\(outcome.stderr)")
        #expect(outcome.stderr.hasSuffix("1 erreur\u{00A0}: rien n'a été écrit.\n"), "\(outcome.stderr)")
    }

    @Test func goodInputSucceeds() throws {
        let rank = try expectCommand(["rank", "--matrix", Self.fixture("topsis-roszkowska-2011.csv"), "--weights",
                                      "0.175,0.425,0.175,0.225", "--types", "max,min,max,max", "--draws", "100"], stderr: "")
        #expect(rank.stdout.contains("\"method\" : \"topsis\""), "\(rank.stdout)")
        let ahp = try expectCommand(["ahp", Self.fixture("ahp-saaty-1990-financing.csv"), "--format", "md"], stderr: "")
        #expect(ahp.stdout.contains("ratio de cohérence = "), "\(ahp.stdout)")
        let validate = try expectCommand(["catalog", "validate", Checkout.catalog.path], stderr: "")
        #expect(validate.stdout.hasPrefix("Catalogue valide"), "\(validate.stdout)")
    }

    @Test func rankJSONFollowsTheDocumentedShape() throws {
        let matrix = try MatrixFile.matrix(Fixture.url("topsis-roszkowska-2011.csv"), directions: [.benefit, .cost, .benefit, .benefit])
        let ranking = try matrix.rank(weights: [0.175, 0.425, 0.175, 0.225], method: .topsis,
                                      sensitivity: SensitivityOptions(draws: 500, seed: 1, spread: 0.2))
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
