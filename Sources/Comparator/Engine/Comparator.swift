/// Compares a catalog's products against a team's needs: must-have filter, scores with their pessimistic and
/// optimistic bounds, confidence, coverage by profession, cost over N years and weight sensitivity.
public enum Comparator {
    /// The method has no default: every caller names it (`ComparisonSettings` in Application holds the product's).
    public struct Options: Sendable {
        public var method: RankingMethod
        /// The day the comparison is made (a clock the caller passes): no default, so that tests and documents pin it.
        public var asOf: EvidenceDay
        /// Overrides the needs' own horizon when set.
        public var years: Int?
        public var sensitivity: SensitivityOptions?

        public init(method: RankingMethod, asOf: EvidenceDay, years: Int? = nil, sensitivity: SensitivityOptions? = nil) {
            self.method = method; self.asOf = asOf; self.years = years; self.sensitivity = sensitivity
        }
    }

    /// Utility given to an unknown fact in the central score: the middle of its range.
    public static let unknownMidpoint = 0.5

    public static func compare(catalog: ProductCatalog, needs: NeedsProfile, options: Options) -> Comparison {
        let weighted = weightedCriteria(catalog: catalog, needs: needs)
        let ranges = observedRanges(catalog: catalog, criteria: weighted.map(\.criterion))
        let years = options.years ?? needs.years
        var excluded: [Exclusion] = []
        var kept: [(product: Product, evidence: [CriterionEvidence])] = []
        for product in catalog.products {
            let evidence = weighted.map { item in
                let fact = catalog.fact(of: product, on: item.criterion)
                return CriterionEvidence(criterion: item.criterion.id, weight: item.weight, fact: fact,
                                         utility: utility(of: fact, on: item.criterion, range: ranges[item.criterion.id]),
                                         stale: catalog.freshness.isStale(fact, asOf: options.asOf))
            }
            let failures = mustHaveFailures(product, catalog: catalog, needs: needs, asOf: options.asOf)
            if failures.isEmpty { kept.append((product, evidence)) } else {
                excluded.append(Exclusion(productID: product.id, name: product.name, reasons: failures,
                                          label: product.label, segur: product.segur))
            }
        }
        let scores = score(kept.map(\.evidence), weights: weighted.map(\.weight), options: options)
        let ranks = Ranking.ranks(of: scores.central)
        var assessments = kept.indices.map { index in
            let (product, evidence) = kept[index]
            return ProductAssessment(
                productID: product.id, name: product.name, fictional: product.fictional, rank: ranks[index],
                score: scores.central[index], pessimistic: scores.pessimistic[index],
                optimistic: scores.optimistic[index], confidence: confidence(evidence),
                firstPlaceProbability: scores.sensitivity?.firstPlaceProbability[index],
                bestRank: scores.sensitivity?.bestRank[index], worstRank: scores.sensitivity?.worstRank[index],
                coverage: coverage(evidence, catalog: catalog, needs: needs),
                cost: cost(of: product, catalog: catalog, professionals: needs.professionals, years: years),
                evidence: evidence,
                demoChecks: demoChecks(product, evidence: evidence, catalog: catalog, needs: needs, asOf: options.asOf),
                installBase: product.installBase, label: product.label, segur: product.segur)
        }
        assessments.sort { ($0.rank, $0.name) < ($1.rank, $1.name) }
        let total = weighted.reduce(0) { $0 + $1.weight }
        let mustHaveIDs = Set(needs.mustHaves.map(\.criterion))
        return Comparison(
            team: needs.team, fictionalTeam: needs.fictional, asOf: options.asOf, method: options.method, years: years,
            professionals: needs.professionals,
            criteria: weighted.map {
                WeightedCriterion(id: $0.criterion.id, title: $0.criterion.title, kind: $0.criterion.kind,
                                  weight: total > 0 ? $0.weight / total : 0, mustHave: mustHaveIDs.contains($0.criterion.id))
            },
            ranked: assessments, excluded: excluded, withheldProfessions: needs.withheldProfessions,
            sensitivity: options.sensitivity.map { SensitivitySettings(draws: $0.draws, seed: $0.seed, spread: $0.spread) })
    }

    /// Weighted criteria known to the catalog, heaviest first (ties by id, for stable output).
    static func weightedCriteria(catalog: ProductCatalog, needs: NeedsProfile) -> [(criterion: Criterion, weight: Double)] {
        needs.weights.compactMap { id, weight in
            guard weight > 0, let criterion = catalog.criterion(id) else { return nil }
            return (criterion, weight)
        }.sorted { ($1.weight, $0.criterion.id) < ($0.weight, $1.criterion.id) }
    }

    /// Bounds of numeric criteria: the declared range, widened to every known value.
    static func observedRanges(catalog: ProductCatalog, criteria: [Criterion]) -> [String: ClosedRange<Double>] {
        var ranges: [String: ClosedRange<Double>] = [:]
        for criterion in criteria where criterion.scale == .number {
            var low = criterion.range?.lowerBound ?? .infinity, high = criterion.range?.upperBound ?? -.infinity
            for product in catalog.products {
                if case .number(let value)? = catalog.fact(of: product, on: criterion).value {
                    low = min(low, value); high = max(high, value)
                }
            }
            if low <= high { ranges[criterion.id] = low...high }
        }
        return ranges
    }

    /// How well a known fact meets a criterion, in [0, 1]; `nil` when unknown.
    public static func utility(of fact: Fact, on criterion: Criterion, range: ClosedRange<Double>?) -> Double? {
        guard fact.isKnown, let value = fact.value else { return nil }
        let share: Double
        switch value {
        case .boolean(let yes): share = yes ? 1 : 0
        case .level(let level): share = Double(min(max(level, 0), 4)) / 4
        case .number(let number):
            guard let range, range.upperBound > range.lowerBound else { return 1 }
            share = min(max((number - range.lowerBound) / (range.upperBound - range.lowerBound), 0), 1)
        }
        return criterion.direction == .benefit ? share : 1 - share
    }
}
