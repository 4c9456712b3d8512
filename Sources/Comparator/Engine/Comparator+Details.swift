extension Comparator {
    /// The must-haves a current fact contradicts. A stale fact never excludes on its own: it goes to the
    /// re-check list instead (`staleMustHaves`).
    static func mustHaveFailures(_ product: Product, catalog: ProductCatalog, needs: NeedsProfile,
                                 asOf: EvidenceDay) -> [Exclusion.Reason] {
        failedMustHaves(product, catalog: catalog, needs: needs).compactMap { criterion, mustHave, fact in
            guard !catalog.freshness.isStale(fact, asOf: asOf) else { return nil }
            return .init(criterion: criterion.id, title: criterion.title, requirement: mustHave, fact: fact)
        }
    }

    /// Must-haves failed on a stale fact only: to re-check in demonstration before excluding.
    static func staleMustHaves(_ product: Product, catalog: ProductCatalog, needs: NeedsProfile,
                               asOf: EvidenceDay) -> [Criterion] {
        failedMustHaves(product, catalog: catalog, needs: needs)
            .filter { catalog.freshness.isStale($0.fact, asOf: asOf) }.map(\.criterion)
    }

    private static func failedMustHaves(_ product: Product, catalog: ProductCatalog, needs: NeedsProfile)
        -> [(criterion: Criterion, mustHave: MustHave, fact: Fact)] {
        needs.mustHaves.compactMap { mustHave in
            guard let criterion = catalog.criterion(mustHave.criterion) else { return nil }
            let fact = catalog.fact(of: product, on: criterion)
            return mustHave.isMet(by: fact) == false ? (criterion, mustHave, fact) : nil
        }
    }

    /// For each profession of the team: the share of its weighted functional needs met, and the share unknown.
    /// None for a profession whose survey answers may not be shown (`NeedsProfile.withheldProfessions`).
    static func coverage(_ evidence: [CriterionEvidence], catalog: ProductCatalog, needs: NeedsProfile) -> [ProfessionCoverage] {
        let withheld = Set(needs.withheldProfessions.map(\.profession))
        let professions = Set(needs.headcount.keys).union(needs.professionWeights.keys).subtracting(withheld).sorted()
        return professions.compactMap { profession in
            var total = 0.0, covered = 0.0, unknown = 0.0
            for line in evidence {
                guard let criterion = catalog.criterion(line.criterion), criterion.isFunctional else { continue }
                let weight = needs.professionWeights[profession]?[line.criterion]
                    ?? (needs.professionWeights[profession] == nil && criterion.concerns(profession) ? line.weight : 0)
                guard weight > 0 else { continue }
                total += weight
                if let utility = line.settled { covered += weight * utility } else { unknown += weight }
            }
            guard total > 0 else { return nil }
            return ProfessionCoverage(profession: profession, covered: covered / total, unknown: unknown / total)
        }
    }

    static func cost(of product: Product, catalog: ProductCatalog, professionals: Int, years: Int) -> CostEstimate {
        func number(_ id: String) -> Double? {
            guard let criterion = catalog.criterion(id) else { return nil }
            let fact = catalog.fact(of: product, on: criterion)
            guard fact.isKnown, case .number(let value)? = fact.value else { return nil }
            return value
        }
        return CostEstimate(oneOff: number(WellKnownCriterion.oneOffCost),
                            monthlyPerProfessional: number(WellKnownCriterion.monthlyCostPerProfessional),
                            years: years, professionals: professionals)
    }

    /// What to ask the editor to show: must-haves failed on stale facts and unknown must-haves first, then the
    /// heaviest of the editor-only, stale and unknown facts.
    static func demoChecks(_ product: Product, evidence: [CriterionEvidence], catalog: ProductCatalog,
                           needs: NeedsProfile, asOf: EvidenceDay) -> [DemoCheck] {
        let mustHaves = Set(needs.mustHaves.map(\.criterion))
        let staleFailures = staleMustHaves(product, catalog: catalog, needs: needs, asOf: asOf)
        let failedIDs = Set(staleFailures.map(\.id))
        let weights = Dictionary(evidence.map { ($0.criterion, $0.weight) }, uniquingKeysWith: { first, _ in first })
        let recheck = staleFailures.map {
            DemoCheck(criterion: $0.id, title: $0.title, weight: weights[$0.id] ?? 0, reason: .staleMustHave)
        }
        let others: [DemoCheck] = evidence.compactMap { line in
            guard let criterion = catalog.criterion(line.criterion), !failedIDs.contains(line.criterion) else { return nil }
            let reason: DemoCheck.Reason
            switch line.fact.grade {
            case .unknown: reason = mustHaves.contains(line.criterion) ? .unknownMustHave : .unknown
            case _ where line.stale: reason = .stale
            case .editor: reason = .editorOnly
            default: return nil
            }
            return DemoCheck(criterion: line.criterion, title: criterion.title, weight: line.weight, reason: reason)
        }
        func first(_ check: DemoCheck) -> Int { check.reason == .staleMustHave || check.reason == .unknownMustHave ? 1 : 0 }
        return (recheck + others).sorted { (first($0), $0.weight) > (first($1), $1.weight) }
    }
}
