/// Criteria and products, already validated by the loader.
public struct ProductCatalog: Sendable {
    public var professions: [Profession]
    public var criteria: [Criterion]
    public var products: [Product]
    /// How long each grade of evidence stays current (`catalog/evidence.yaml`); empty: every fact stays current.
    public var freshness: Freshness
    private var criterionIndex: [String: Int]

    public init(professions: [Profession] = [], criteria: [Criterion], products: [Product], freshness: Freshness = Freshness()) {
        self.professions = professions
        self.criteria = criteria
        self.products = products
        self.freshness = freshness
        var index: [String: Int] = [:]
        for (position, criterion) in criteria.enumerated() { index[criterion.id] = position }
        self.criterionIndex = index
    }

    public func criterion(_ id: String) -> Criterion? {
        criterionIndex[id].map { criteria[$0] }
    }

    public func professionLabel(_ id: String) -> String {
        professions.first { $0.id == id }?.label ?? id
    }

    /// The fact the engine uses: the label status itself for the eligibility criterion, else the listed fact, else
    /// the one implied by a held label level (only when the sources give both levels), else unknown.
    public func fact(of product: Product, on criterion: Criterion) -> Fact {
        if criterion.id == WellKnownCriterion.labelled { return Self.labelledFact(product.label) }
        // A listed fact of grade `label` was implied by a level the product held: once its status says no level is
        // held (lost, never labelled, held without a level), it no longer counts and the criterion is unknown until
        // other evidence is recorded. Without any status nothing says the label was lost: the fact stays.
        if let listed = product.facts[criterion.id] {
            let levelGone = product.label.map { $0.heldLevel == nil } ?? false
            return listed.grade == .label && levelGone ? .unknown : listed
        }
        guard criterion.kind == .label, criterion.scale == .boolean, criterion.levelSourced,
              let label = product.label, let held = label.heldLevel,
              let required = criterion.level, required <= held
        else { return .unknown }
        return Fact(value: .boolean(true), grade: .label, source: label.source, date: label.date)
    }

    /// "Labelled software" (the ACI prerequisite) as a fact: yes when the status is held, whatever its level; no when
    /// the product no longer meets the label or never had it; unknown without a status. Graded `label`: it lasts as
    /// long as the status does.
    static func labelledFact(_ status: LabelStatus?) -> Fact {
        guard let status else { return .unknown }
        return Fact(value: .boolean(status.state == .held), grade: .label, source: status.source, date: status.date)
    }
}

/// A health profession of an MSP team.
public struct Profession: Sendable, Hashable, Codable {
    public var id: String
    public var label: String

    public init(id: String, label: String) { self.id = id; self.label = label }
}
