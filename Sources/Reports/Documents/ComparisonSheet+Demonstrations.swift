import Comparator
import Survey

/// The comparative sheet's "seen in demonstration" section (issue 10, part 5), kept apart from the rest of the sheet:
/// its own view type and its own partial template (`fiche-comparative-demonstrations`). The ranking itself already
/// reads the team's `demo` facts; this section says, per scenario, what the team saw.
struct DemonstrationLines {
    struct Scenario { var text: String; var verdict: String; var outcome: String }
    struct Demonstration { var product: String; var source: String; var scenarios: [Scenario]; var unscored: String? }

    var demonstrations: [Demonstration]
    var hasDemonstrations: Bool

    init(_ results: [DemonstrationResult]) {
        demonstrations = results.filter(\.closed).map { result in
            // Scenarios nobody scored (the demonstration ran out of time) are counted, not listed.
            let scored = result.scenarios.filter { $0.pooling.verdict != .noOpinion }
            let unscored = result.scenarios.count - scored.count
            return Demonstration(product: result.product, source: result.source, scenarios: scored.map {
                Scenario(text: $0.text, verdict: $0.pooling.verdict.frenchName, outcome: DemoWords.outcome($0.fact, verdict: $0.pooling.verdict))
            }, unscored: unscored == 0 ? nil : FrenchNumber.count(unscored, "scénario", "scénarios") + " de la grille sans avis, non repris ici.")
        }
        hasDemonstrations = !demonstrations.isEmpty
    }
}
