extension Comparator {
    static func mustHaveFailures(_ product: Product, catalog: ProductCatalog, needs: NeedsProfile) -> [Exclusion.Reason] {
        needs.mustHaves.compactMap { mustHave in
            guard let criterion = catalog.criterion(mustHave.criterion) else { return nil }
            let fact = catalog.fact(of: product, on: criterion)
            guard mustHave.isMet(by: fact) == false else { return nil }
            return .init(criterion: criterion.id, title: criterion.title, requirement: mustHave, fact: fact)
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
                if let utility = line.utility { covered += weight * utility } else { unknown += weight }
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

    static func demoChecks(_ product: Product, evidence: [CriterionEvidence], catalog: ProductCatalog,
                           needs: NeedsProfile) -> [DemoCheck] {
        let mustHaves = Set(needs.mustHaves.map(\.criterion))
        return evidence.compactMap { line in
            guard let criterion = catalog.criterion(line.criterion) else { return nil }
            let reason: DemoCheck.Reason
            switch line.fact.grade {
            case .unknown: reason = mustHaves.contains(line.criterion) ? .unknownMustHave : .unknown
            case .editor: reason = .editorOnly
            default: return nil
            }
            return DemoCheck(criterion: line.criterion, title: criterion.title, weight: line.weight, reason: reason)
        }.sorted { ($0.reason == .unknownMustHave ? 1 : 0, $0.weight) > ($1.reason == .unknownMustHave ? 1 : 0, $1.weight) }
    }
}
