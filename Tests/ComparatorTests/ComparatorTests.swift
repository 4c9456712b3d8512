import Comparator
import Testing

/// The catalog comparison on a small hand-made catalog where every number can be checked by hand.
@Suite("Comparaison du catalogue")
struct ComparatorTests {
    static let criteria = [
        Criterion(id: "FACT-IDE", title: "Facturation infirmière", section: "besoins", kind: .need,
                  professions: ["infirmier"], scale: .boolean, direction: .benefit),
        Criterion(id: "AGENDA", title: "Agenda partagé", section: "besoins", kind: .need, scale: .boolean, direction: .benefit),
        Criterion(id: "LBL-1", title: "Antécédents", section: "production", kind: .label, level: .standard,
                  scale: .boolean, direction: .benefit),
        Criterion(id: WellKnownCriterion.oneOffCost, title: "Coût initial", section: "non-fonctionnel",
                  kind: .nonfunctional, scale: .number, direction: .cost, range: 0...10_000),
        Criterion(id: WellKnownCriterion.monthlyCostPerProfessional, title: "Mensuel", section: "non-fonctionnel",
                  kind: .nonfunctional, scale: .number, direction: .cost, range: 0...200),
    ]

    /// The day every comparison here is made (no freshness rules in this catalog: nothing goes stale).
    static let asOf = EvidenceDay(year: 2026, month: 12, day: 1)

    static func fact(_ value: FactValue, _ grade: EvidenceGrade = .demo) -> Fact {
        Fact(value: value, grade: grade, source: "test", date: "2026")
    }

    static let complete = Product(id: "complet", name: "Complet", fictional: true, facts: [
        "FACT-IDE": fact(.boolean(true)), "AGENDA": fact(.boolean(true)), "LBL-1": fact(.boolean(true)),
        WellKnownCriterion.oneOffCost: fact(.number(2000)), WellKnownCriterion.monthlyCostPerProfessional: fact(.number(50)),
    ])
    static let noNurseBilling = Product(id: "sans-ide", name: "Sans IDE", fictional: true, facts: [
        "FACT-IDE": fact(.boolean(false)), "AGENDA": fact(.boolean(true)),
        WellKnownCriterion.oneOffCost: fact(.number(0)), WellKnownCriterion.monthlyCostPerProfessional: fact(.number(20)),
    ])
    static let mostlyUnknown = Product(id: "flou", name: "Flou", fictional: true,
                                       label: LabelStatus(state: .held, level: .standard, source: "liste ASIP", date: "2017"),
                                       facts: ["AGENDA": fact(.boolean(true), .editor)])

    static let catalog = ProductCatalog(professions: [Profession(id: "infirmier", label: "Infirmier·e")],
                                        criteria: criteria, products: [complete, noNurseBilling, mostlyUnknown])

    static let needs = NeedsProfile(team: "Équipe test", headcount: ["infirmier": 2, "medecin-generaliste": 3], years: 2,
                                    weights: ["FACT-IDE": 4, "AGENDA": 2, "LBL-1": 1, WellKnownCriterion.monthlyCostPerProfessional: 1])

    @Test func mustHaveExcludesWithTheReason() {
        var needs = Self.needs
        needs.mustHaves = [MustHave(criterion: "FACT-IDE")]
        let comparison = Comparator.compare(catalog: Self.catalog, needs: needs, options: .init(method: .wsm, asOf: Self.asOf))
        #expect(comparison.excluded.map(\.productID) == ["sans-ide"])
        #expect(comparison.excluded[0].reasons.first?.criterion == "FACT-IDE")
        #expect(comparison.excluded[0].reasons.first?.fact.value == .boolean(false))
        // Unknown is not "no": the unknown product stays, with the must-have listed for the demo.
        let unknown = comparison.ranked.first { $0.productID == "flou" }
        #expect(unknown?.demoChecks.first?.reason == .unknownMustHave)
    }

    @Test func numericMustHaveUsesItsThreshold() {
        var needs = Self.needs
        needs.mustHaves = [MustHave(criterion: WellKnownCriterion.monthlyCostPerProfessional, maximum: 40)]
        let comparison = Comparator.compare(catalog: Self.catalog, needs: needs, options: .init(method: .topsis, asOf: Self.asOf))
        #expect(comparison.excluded.map(\.productID) == ["complet"])
    }

    /// WSM on absolute utilities: every number below can be computed by hand (weights 4, 2, 1, 1 → total 8).
    @Test func unknownFactsWidenTheIntervalInsteadOfCountingAsNo() throws {
        let comparison = Comparator.compare(catalog: Self.catalog, needs: Self.needs, options: .init(method: .wsm, asOf: Self.asOf))
        let unknown = try #require(comparison.ranked.first { $0.productID == "flou" })
        // Known: AGENDA (2, editor) and LBL-1 (1, implied by the label) → 3/8 known and met.
        #expect(abs(unknown.pessimistic - 3.0 / 8) < 1e-12)
        #expect(abs(unknown.optimistic - 1) < 1e-12)
        #expect(abs(unknown.score - (3.0 / 8 + 0.5 * 5.0 / 8)) < 1e-12)
        #expect(abs(unknown.confidence - 3.0 / 8) < 1e-12)
        #expect(unknown.evidence.first { $0.criterion == "LBL-1" }?.fact.grade == .label)
        #expect(unknown.demoChecks.contains { $0.criterion == "AGENDA" && $0.reason == .editorOnly })

        let complete = try #require(comparison.ranked.first { $0.productID == "complet" })
        // Monthly 50 on range 0…200 (cost) → utility 0.75; score = (4 + 2 + 1 + 0.75) / 8.
        #expect(abs(complete.score - 7.75 / 8) < 1e-12)
        #expect(complete.pessimistic == complete.score && complete.optimistic == complete.score)
        #expect(complete.confidence == 1)
        #expect(complete.rank == 1)
    }

    @Test(arguments: RankingMethod.allCases)
    func intervalsContainTheScore(method: RankingMethod) {
        let comparison = Comparator.compare(catalog: Self.catalog, needs: Self.needs,
                                            options: .init(method: method, asOf: Self.asOf, sensitivity: SensitivityOptions(draws: 100, seed: 42, spread: 0.2)))
        for product in comparison.ranked {
            #expect(product.pessimistic <= product.score && product.score <= product.optimistic)
            #expect((0...1).contains(product.pessimistic) && (0...1).contains(product.optimistic))
            #expect(product.firstPlaceProbability != nil)
        }
        #expect(comparison.ranked.map(\.rank) == comparison.ranked.map(\.rank).sorted())
    }

    @Test func coverageByProfession() throws {
        let comparison = Comparator.compare(catalog: Self.catalog, needs: Self.needs, options: .init(method: .wsm, asOf: Self.asOf))
        let noNurse = try #require(comparison.ranked.first { $0.productID == "sans-ide" })
        let nurse = try #require(noNurse.coverage.first { $0.profession == "infirmier" })
        // Nurses: FACT-IDE (4, not met), AGENDA (2, met), LBL-1 (1, unknown) → 2/7 covered, 1/7 unknown.
        #expect(abs(nurse.covered - 2.0 / 7) < 1e-12)
        #expect(abs(nurse.unknown - 1.0 / 7) < 1e-12)
        // GPs are not concerned by nurse billing: AGENDA (2, met), LBL-1 (1, unknown).
        let doctor = try #require(noNurse.coverage.first { $0.profession == "medecin-generaliste" })
        #expect(abs(doctor.covered - 2.0 / 3) < 1e-12)
    }

    @Test func costOverYears() throws {
        let comparison = Comparator.compare(catalog: Self.catalog, needs: Self.needs, options: .init(method: .topsis, asOf: Self.asOf, years: 3))
        let complete = try #require(comparison.ranked.first { $0.productID == "complet" })
        // 2000 + 50 € × 5 professionals × 36 months.
        let expected: Double = 2000 + 50 * 5 * 36
        #expect(complete.cost.total == expected)
        let unknown = try #require(comparison.ranked.first { $0.productID == "flou" })
        #expect(unknown.cost.total == nil)
    }

    @Test func labelImpliesOnlyLevelsHeld() {
        let advanced = Criterion(id: "LBL-2", title: "Requêtes", section: "pilotage", kind: .label, level: .avance,
                                 scale: .boolean, direction: .benefit)
        let catalog = ProductCatalog(criteria: Self.criteria + [advanced], products: [Self.mostlyUnknown])
        #expect(catalog.fact(of: Self.mostlyUnknown, on: Self.criteria[2]).grade == .label)
        #expect(catalog.fact(of: Self.mostlyUnknown, on: advanced) == .unknown)
        var delisted = Self.mostlyUnknown
        delisted.label = LabelStatus(state: .noLongerMeets, level: .standard, lost: "2017", source: "retour", date: "2017")
        #expect(catalog.fact(of: delisted, on: Self.criteria[2]) == .unknown)
        // Held, but the source does not give the level: nothing is implied.
        delisted.label = LabelStatus(state: .held, source: "liste", date: "2017")
        #expect(catalog.fact(of: delisted, on: Self.criteria[2]) == .unknown)
    }
}
