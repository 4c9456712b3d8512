import Comparator
import Reports
import Testing

/// French display formatting lives in Reports; the engine returns values.
@Suite("Mise en forme française")
struct FrenchFormattingTests {
    @Test(arguments: [(0.0, "0"), (12345.5, "12\u{202F}345,5"), (-3.25, "−3,25"), (0.999, "1"), (1_000_000, "1\u{202F}000\u{202F}000")])
    func frenchNumbers(value: Double, text: String) {
        #expect(FrenchNumber.format(value) == text)
    }

    @Test func fixedScores() {
        #expect(FrenchNumber.score(0.4) == "0,40")
        #expect(FrenchNumber.score(1) == "1,00")
        #expect(FrenchNumber.score(0.125) == "0,13")
    }

    /// The engine gives a failed must-have as its bounds; the words are chosen here.
    @Test(arguments: [(MustHave(criterion: "C", minimum: 2), "au moins 2"), (MustHave(criterion: "C", maximum: 120.5), "au plus 120,5"),
                      (MustHave(criterion: "C", minimum: 1, maximum: 3), "entre 1 et 3"), (MustHave(criterion: "C"), "exigé")])
    func mustHaveRequirement(mustHave: MustHave, text: String) {
        #expect(mustHave.frenchRequirement == text)
    }

    @Test func frenchSpacingPutsNonBreakingSpaces() {
        #expect(FrenchTypography.text("erreur : « x » ; ok ! non ?") == "erreur\u{00A0}: «\u{00A0}x\u{00A0}»\u{00A0}; ok\u{00A0}! non\u{00A0}?")
    }
}
