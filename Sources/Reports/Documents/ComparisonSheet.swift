import Comparator

/// The comparative sheet (`fiche comparative`): ranking with intervals and confidence, exclusions, coverage by
/// profession, cost, strengths and weaknesses, evidence of every fact, demo scenarios, peer visits.
public struct ComparisonSheet: Sendable {
    /// The document's file name without extension (its downloads, the demo's files, the campaign's ZIP).
    public static let slug = "fiche-comparative"

    public var comparison: Comparison
    public var catalog: ProductCatalog
    /// Report date, `YYYY-MM-DD`.
    public var date: String
    /// Teams of the federation known to use each product (product id → team names), for peer visits.
    public var peers: [String: [String]]
    /// How many products get demo scenarios.
    public var shortlist: Int
    /// For a page read on a slow connection: only the first products get their evidence table and a heat-map
    /// column; the full sheet is the downloadable one. `nil` details every product.
    public var detailLimit: Int?
    /// Said instead of a ranking when nobody has answered (`TeamProfile.emptyState`); `nil` when someone has.
    public var emptyState: String?
    /// The team's closed demonstration evaluations (their own section, `ComparisonSheet+Demonstrations.swift`).
    public var demonstrations: [DemonstrationResult] = []

    public init(comparison: Comparison, catalog: ProductCatalog, date: String, peers: [String: [String]] = [:], shortlist: Int = 3,
                detailLimit: Int? = nil, emptyState: String? = nil) {
        self.comparison = comparison; self.catalog = catalog; self.date = date; self.peers = peers; self.shortlist = shortlist
        self.detailLimit = detailLimit; self.emptyState = emptyState
    }

    public func document(templates: TemplateSet) throws(ReportError) -> ReportDocument {
        var view = ComparisonView(sheet: self)
        view.demonstrationLines = DemonstrationLines(demonstrations)
        let title = "Fiche comparative — \(comparison.team)"
        return ReportDocument(title: title, slug: Self.slug, source: try templates.render("fiche-comparative", view),
                              charts: ["scores": scoreChart().svg(), "carte": heatMap().svg()])
    }

    func scoreChart() -> IntervalBars {
        IntervalBars(title: "Scores et fourchettes", bars: comparison.ranked.map {
            .init(label: $0.name, score: $0.score, low: $0.pessimistic, high: $0.optimistic)
        })
    }

    func heatMap() -> HeatMap {
        let criteria = comparison.criteria.filter { $0.kind != .nonfunctional }.prefix(24)
        let products = comparison.ranked.prefix(detailLimit.map { max($0, 5) } ?? comparison.ranked.count)
        return HeatMap(title: "Couverture des besoins par logiciel", rows: criteria.map { "\($0.id) \($0.title)" },
                       columns: products.map(\.name),
                       cells: criteria.map { criterion in
                           products.map { product in product.evidence.first { $0.criterion == criterion.id }?.utility }
                       })
    }
}

/// What the template sees: strings already formatted in French, booleans for sections.
struct ComparisonView {
    struct Criterion { var id: String; var title: String; var weight: String; var mustHave: Bool }
    struct Ranked {
        var rank: Int; var name: String; var score: String; var low: String; var high: String; var confidence: String
        var firstPlace: String?; var ranks: String?; var cost: String; var lowConfidence: Bool
    }
    struct Reason { var criterion: String; var title: String; var requirement: String; var value: String; var evidence: String }
    struct Excluded { var name: String; var reasons: [Reason] }
    struct Label { var label: String; var last = false }
    struct Cell { var text: String }
    struct CoverageRow { var name: String; var cells: [Cell] }
    struct FactLine {
        var criterion: String; var title: String; var weight: String; var value: String; var grade: String; var source: String
        var date: String; var note: String?; var age: String?
    }
    struct Eligibility { var name: String; var label: String; var segur: String; var excluded: Bool }
    struct Scenario { var text: String; var why: String }
    struct Product {
        var rank: Int; var name: String; var fictional: Bool; var cost: String; var costDetail: String
        var strengths: [Label]; var weaknesses: [Label]; var facts: [FactLine]; var unknownCount: Int; var unknownText: String
        var scenarios: [Scenario]; var peers: [Label]; var installBase: [Label]; var shortlisted: Bool; var detailed: Bool
        /// Must-haves failed on stale facts only: said for every product, shortlisted or not.
        var recheck: [Label]
    }

    var title: String; var team: String; var fictionalTeam: Bool; var date: String; var method: String; var relative: Bool
    var years: Int; var professionals: Int; var yearsText: String; var professionalsText: String; var sensitivity: String?
    var leadIsUncertain: Bool
    var criteria: [Criterion]; var ranked: [Ranked]; var excluded: [Excluded]; var hasExcluded: Bool
    var professions: [Label]; var coverage: [CoverageRow]; var withheldLegend: String?; var products: [Product]
    var fictionalProducts: Bool; var realProducts: Bool
    var empty: Bool; var emptyText: String
    /// Every product compared, ranked then excluded, with its label and Ségur statuses.
    var eligibility: [Eligibility]
    /// Said at the top when facts used are older than their grade's horizon; `nil` when none is.
    var oldEvidence: String?
    var demonstrationLines = DemonstrationLines([])

    init(sheet: ComparisonSheet) {
        let comparison = sheet.comparison, catalog = sheet.catalog
        title = "Fiche comparative"
        empty = sheet.emptyState != nil
        emptyText = sheet.emptyState ?? ""
        team = comparison.team
        fictionalTeam = comparison.fictionalTeam
        date = FrenchDate.long(sheet.date)
        method = comparison.method.frenchName
        relative = comparison.method == .topsis
        years = comparison.years
        professionals = comparison.professionals
        yearsText = FrenchNumber.count(comparison.years, "an", "ans")
        professionalsText = FrenchNumber.count(comparison.professionals, "professionnel·le", "professionnel·les")
        sensitivity = comparison.sensitivity.map {
            "\($0.draws) tirages aléatoires des poids (±\(FrenchNumber.percent($0.spread))) et des informations inconnues (graine \($0.seed))"
        }
        leadIsUncertain = comparison.leadIsUncertain
        criteria = comparison.criteria.map {
            .init(id: $0.id, title: $0.title, weight: FrenchNumber.percent($0.weight, decimals: 1), mustHave: $0.mustHave)
        }
        ranked = comparison.ranked.map { product in
            Ranked(rank: product.rank, name: product.name, score: FrenchNumber.score(product.score),
                   low: FrenchNumber.score(product.pessimistic), high: FrenchNumber.score(product.optimistic),
                   confidence: FrenchNumber.percent(product.confidence),
                   firstPlace: product.firstPlaceProbability.map { FrenchNumber.percent($0) },
                   ranks: product.bestRank.map { best in best == product.worstRank ? "\(best)" : "\(best) à \(product.worstRank ?? best)" },
                   cost: product.cost.total.map(FrenchNumber.euros) ?? "inconnu", lowConfidence: product.confidence < 0.5)
        }
        excluded = comparison.excluded.map { exclusion in
            Excluded(name: exclusion.name, reasons: exclusion.reasons.map {
                Reason(criterion: $0.criterion, title: $0.title, requirement: $0.requirement.frenchRequirement,
                       value: $0.fact.value?.frenchText ?? "inconnu", evidence: Self.evidence($0.fact))
            })
        }
        hasExcluded = !excluded.isEmpty
        let professionIDs = comparison.coverageProfessions
        professions = professionIDs.map { Label(label: catalog.professionLabel($0)) }
        withheldLegend = comparison.withheldProfessions.isEmpty ? nil : WithheldProfession.legend
        coverage = comparison.ranked.map { product in
            CoverageRow(name: product.name, cells: professionIDs.map { id in
                guard let share = product.coverage.first(where: { $0.profession == id }) else {
                    return Cell(text: comparison.missingCoverageCell(id))
                }
                return Cell(text: "\(FrenchNumber.percent(share.covered)) (inconnu \(FrenchNumber.percent(share.unknown)))")
            })
        }
        products = comparison.ranked.enumerated().map { index, product in
            Self.product(product, position: index, sheet: sheet)
        }
        eligibility = comparison.ranked.map { Self.eligibility($0.name, $0.label, $0.segur, excluded: false) }
            + comparison.excluded.map { Self.eligibility($0.name, $0.label, $0.segur, excluded: true) }
        oldEvidence = Self.oldEvidence(comparison)
        fictionalProducts = comparison.ranked.contains(where: \.fictional)
        realProducts = comparison.ranked.contains { !$0.fictional }
    }

    static func eligibility(_ name: String, _ label: LabelStatus?, _ segur: SegurStatus?, excluded: Bool) -> Eligibility {
        Eligibility(name: name, label: label?.frenchText ?? LabelStatus.frenchUnknown,
                    segur: segur?.frenchText ?? SegurStatus.frenchUnknown, excluded: excluded)
    }

    /// « Informations de 2017 : … » when the ranking rests on facts past their grade's horizon.
    static func oldEvidence(_ comparison: Comparison) -> String? {
        let stale = comparison.ranked.flatMap { $0.evidence.filter(\.stale) }
        guard !stale.isEmpty else { return nil }
        let years = Set(stale.compactMap { $0.fact.date.flatMap(EvidenceDay.parse)?.year }).sorted().map(String.init)
        let span = years.count > 1 ? "\(years.dropLast().joined(separator: ", ")) et \(years.last ?? "")" : years.first ?? ""
        return "Informations de \(span) : " + FrenchNumber.count(stale.count,
            "information utilisée a dépassé la durée de validité de son niveau de preuve",
            "informations utilisées ont dépassé la durée de validité de leur niveau de preuve")
            + ". Une information ancienne compte encore dans le score central, mais elle élargit la fourchette, ne compte pas "
            + "dans la confiance et n'écarte aucun logiciel : à revérifier (démonstration, éditeur, groupe d'utilisateurs)."
    }

    static func evidence(_ fact: Fact) -> String {
        var parts = [fact.grade.frenchName]
        if let source = fact.source { parts.append(source) }
        if let date = fact.date { parts.append(date) }
        return parts.joined(separator: ", ")
    }

    static func product(_ product: ProductAssessment, position: Int, sheet: ComparisonSheet) -> Product {
        let catalog = sheet.catalog
        let total = product.evidence.reduce(0) { $0 + $1.weight }
        func title(_ id: String) -> String { catalog.criterion(id)?.title ?? id }
        let known = product.evidence.filter { $0.utility != nil }
        let strengths = known.filter { ($0.utility ?? 0) >= 0.75 }.sorted { $0.weight * ($0.utility ?? 0) > $1.weight * ($1.utility ?? 0) }
            .prefix(4).map { Label(label: title($0.criterion)) }
        let weaknesses = known.filter { ($0.utility ?? 1) <= 0.5 }
            .sorted { $0.weight * (1 - ($0.utility ?? 0)) > $1.weight * (1 - ($1.utility ?? 0)) }
            .prefix(4).map { Label(label: title($0.criterion)) }
        let facts = product.evidence.map { line in
            FactLine(criterion: line.criterion, title: title(line.criterion),
                 weight: FrenchNumber.percent(total > 0 ? line.weight / total : 0, decimals: 1),
                 value: line.fact.value?.frenchText ?? "inconnu", grade: line.fact.grade.frenchName,
                 source: line.fact.source ?? "—", date: line.fact.date ?? "—", note: line.fact.note,
                 age: line.stale ? EvidenceAge.french(from: line.fact.date, asOf: sheet.comparison.asOf) : nil)
        }
        let shortlisted = position < sheet.shortlist
        let scenarios = product.demoChecks.prefix(6).map { check in
            Scenario(text: catalog.criterion(check.criterion).map(DemoWords.scenario) ?? check.title, why: check.reason.frenchName)
        }
        let cost = product.cost
        let costDetail: String
        if let oneOff = cost.oneOff, let monthly = cost.monthlyPerProfessional {
            costDetail = "\(FrenchNumber.euros(oneOff)) au départ + \(FrenchNumber.euros(monthly)) par professionnel·le et par mois × "
                + "\(cost.professionals) × \(cost.years * 12) mois"
        } else {
            costDetail = "coût inconnu : à demander à l'éditeur (coût initial et abonnement mensuel par professionnel·le)"
        }
        func marked(_ labels: [Label]) -> [Label] {
            var labels = labels
            if !labels.isEmpty { labels[labels.count - 1].last = true }
            return labels
        }
        return Product(rank: product.rank, name: product.name, fictional: product.fictional,
                       cost: cost.total.map(FrenchNumber.euros) ?? "inconnu", costDetail: costDetail,
                       strengths: marked(Array(strengths)), weaknesses: marked(Array(weaknesses)), facts: facts,
                       unknownCount: product.evidence.count { $0.utility == nil },
                       unknownText: FrenchNumber.count(product.evidence.count { $0.utility == nil }, "critère pondéré", "critères pondérés"),
                       scenarios: shortlisted ? Array(scenarios) : [],
                       peers: (sheet.peers[product.productID] ?? []).map { Label(label: $0) },
                       installBase: product.installBase.map {
                           Label(label: "\($0.region) : \($0.teams) équipe(s) (\($0.source ?? "source non précisée"), \($0.date ?? "date inconnue"))")
                       },
                       shortlisted: shortlisted, detailed: position < (sheet.detailLimit ?? Int.max),
                       recheck: product.demoChecks.filter { $0.reason == .staleMustHave }.map { check in
                           let fact = product.evidence.first { $0.criterion == check.criterion }?.fact
                           let value = fact?.value?.frenchText ?? "inconnu", date = fact?.date.map(FrenchDate.evidence) ?? "date inconnue"
                           return Label(label: "\(check.criterion) « \(check.title) » : « \(value) » selon une information de \(date)")
                       })
    }
}
