/// Criteria and products, already validated by the loader.
public struct ProductCatalog: Sendable {
    public var professions: [Profession]
    public var criteria: [Criterion]
    public var products: [Product]
    private var criterionIndex: [String: Int]

    public init(professions: [Profession] = [], criteria: [Criterion], products: [Product]) {
        self.professions = professions
        self.criteria = criteria
        self.products = products
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

    /// The fact the engine uses: the listed one, else the one implied by the label level (only when the source gives
    /// the requirement's level), else unknown.
    public func fact(of product: Product, on criterion: Criterion) -> Fact {
        if let listed = product.facts[criterion.id] { return listed }
        guard criterion.kind == .label, criterion.scale == .boolean, criterion.levelSourced,
              let label = product.label, let held = label.level, label.grade != .unknown,
              let required = criterion.level, required <= held
        else { return .unknown }
        return Fact(value: .boolean(true), grade: .label, source: label.source, date: label.date)
    }
}

/// A health profession of an MSP team.
public struct Profession: Sendable, Hashable, Codable {
    public var id: String
    public var label: String

    public init(id: String, label: String) { self.id = id; self.label = label }
}
