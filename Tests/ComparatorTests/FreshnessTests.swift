import Comparator
import Testing

/// Stale facts (older than their grade's horizon on the day of the comparison): the value stays in the central
/// score, the bounds widen like an unknown's, confidence ignores them, Monte Carlo draws them, and they never
/// exclude a product on their own.
@Suite("Fraîcheur des informations")
struct FreshnessTests {
    static let asOf = EvidenceDay(year: 2026, month: 12, day: 1)
    static let freshness = Freshness(horizons: [.editor: 12, .demo: 24, .usergroup: 24])
    static let criteria = [
        Criterion(id: "A", title: "Besoin A", section: "besoins", kind: .need, scale: .boolean, direction: .benefit),
        Criterion(id: "B", title: "Besoin B", section: "besoins", kind: .need, scale: .boolean, direction: .benefit),
    ]
    static let needs = NeedsProfile(team: "Test", years: 1, weights: ["A": 1, "B": 1])

    /// A product whose fact on A has the grade and date given; B is a current demo fact, met.
    static func product(_ id: String, a: Bool, grade: EvidenceGrade = .usergroup, date: String) -> Product {
        Product(id: id, name: id, fictional: true, facts: [
            "A": Fact(value: .boolean(a), grade: grade, source: "s", date: date),
            "B": Fact(value: .boolean(true), grade: .demo, source: "s", date: "2026-11"),
        ])
    }

    static func compare(_ products: [Product], needs: NeedsProfile = needs, draws: Int? = nil) -> Comparison {
        let catalog = ProductCatalog(criteria: criteria, products: products, freshness: freshness)
        return Comparator.compare(catalog: catalog, needs: needs, options: .init(
            method: .wsm, asOf: asOf, sensitivity: draws.map { SensitivityOptions(draws: $0, seed: 42, spread: 0.2) }))
    }

    static let ages: [(grade: EvidenceGrade, date: String, stale: Bool)] = [
        (.usergroup, "2017", true),            // a partial date counts from its first day
        (.usergroup, "2024-12", true),         // 2024-12-01 + 24 months = the day of the comparison
        (.usergroup, "2024-12-02", false),
        (.usergroup, "2025", false),
        (.demo, "2024-11-30", true),
        (.editor, "2025-12-01", true),         // 12 months for an editor's declaration
        (.editor, "2025-12-02", false),
        (.label, "2010", false),               // implied by a label status: valid until it changes
    ]

    @Test(arguments: ages)
    func staleFactKeepsItsValueButWidensTheBounds(grade: EvidenceGrade, date: String, stale: Bool) throws {
        let assessed = try #require(Self.compare([Self.product("p", a: true, grade: grade, date: date)]).ranked.first)
        let line = try #require(assessed.evidence.first { $0.criterion == "A" })
        #expect(line.stale == stale)
        #expect(assessed.score == 1)
        // Stale: A at 0 in the pessimistic score (like an unknown), and half the weight without current evidence.
        #expect(assessed.pessimistic == (stale ? 0.5 : 1))
        #expect(assessed.optimistic == 1)
        #expect(assessed.confidence == (stale ? 0.5 : 1))
        #expect(assessed.demoChecks.contains { $0.criterion == "A" && $0.reason == .stale } == stale)
    }

    @Test(arguments: ages)
    func staleFactNeverExcludesOnItsOwn(grade: EvidenceGrade, date: String, stale: Bool) throws {
        var needs = Self.needs
        needs.mustHaves = [MustHave(criterion: "A")]
        let comparison = Self.compare([Self.product("p", a: false, grade: grade, date: date)], needs: needs)
        #expect(comparison.excluded.map(\.productID) == (stale ? [] : ["p"]))
        #expect(comparison.ranked.map(\.productID) == (stale ? ["p"] : []))
        if stale {
            // To re-check in demonstration, first of the list.
            let check = try #require(comparison.ranked.first?.demoChecks.first)
            #expect(check.criterion == "A" && check.reason == .staleMustHave)
        }
    }

    /// Two products alike but for the age of the same fact: Monte Carlo draws the stale one like an unknown, so the
    /// current one is first in every draw; two current ones tie and share first place.
    @Test(arguments: [("2017", 0.0, 2), ("2026-06", 0.5, 1)])
    func monteCarloDrawsStaleFactsLikeUnknowns(date: String, firstPlace: Double, worstRank: Int) throws {
        let comparison = Self.compare([Self.product("ancien", a: true, date: date), Self.product("actuel", a: true, date: "2026-06")],
                                      draws: 200)
        let old = try #require(comparison.ranked.first { $0.productID == "ancien" })
        #expect(old.firstPlaceProbability == firstPlace)
        #expect(old.worstRank == worstRank)
    }

    @Test(arguments: [("2017", EvidenceDay(year: 2017)), ("2017-03", EvidenceDay(year: 2017, month: 3)),
                      ("2017-03-12", EvidenceDay(year: 2017, month: 3, day: 12))])
    func evidenceDatesParse(text: String, day: EvidenceDay) {
        #expect(EvidenceDay.parse(text) == day)
    }

    @Test(arguments: ["17", "2017-3", "2017-13", "2017-02-30", "mars 2017", "2017-03-12T10:00", ""])
    func otherDatesAreRefused(text: String) {
        #expect(EvidenceDay.parse(text) == nil)
    }
}
