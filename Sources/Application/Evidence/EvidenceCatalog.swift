import Comparator
import Foundation
import Store

/// The federation's catalog of products as the comparisons use it: the criteria of the shipped catalog, the products
/// and facts of the database. The shipped YAML products are the reference import (`seedIfEmpty`, `facts import`).
/// For a team, its own evidence (a demonstration it attended) comes before the federation's on the same criterion.
public struct EvidenceCatalog: Sendable {
    public let store: AppDatabase
    /// The shipped catalog: criteria, professions and the reference products.
    public let reference: ProductCatalog

    /// Who recorded the shipped catalog's facts, in the history.
    public static let referenceRecorder = "catalogue de référence"

    public init(store: AppDatabase, reference: ProductCatalog) {
        self.store = store
        self.reference = reference
    }

    /// The catalog a team's comparison runs on (`team == nil`: the federation's facts only). Before anything was
    /// imported, the shipped products.
    public func catalog(team: Int64?) throws -> ProductCatalog {
        var catalog = reference
        catalog.products = try products(team: team)
        return catalog
    }

    public func products(team: Int64?) throws -> [Product] {
        let records = try store.products.all()
        if records.isEmpty { return reference.products }
        let facts = Dictionary(grouping: try store.products.currentFacts(team: team), by: \.productId)
        let statuses = Dictionary(grouping: try store.products.currentStatuses(), by: \.productId)
        return records.map { record in
            product(record, facts: facts[record.id] ?? [], statuses: statuses[record.id] ?? [])
        }
    }

    /// Imports the shipped products on first use, so that a fresh database compares what the catalog ships.
    @discardableResult
    public func seedIfEmpty() throws -> EvidenceChange.Outcome? {
        guard try store.products.isEmpty() else { return nil }
        return try store.products.apply(Self.change(importing: reference.products, by: Self.referenceRecorder))
    }

    /// What importing products adds: the missing products, then each fact and status (the store skips those equal
    /// to the current ones, so importing twice adds nothing).
    public static func change(importing products: [Product], by recorder: String) -> EvidenceChange {
        var change = EvidenceChange(recordedBy: recorder)
        for product in products {
            change.products.append(.init(id: product.id, name: product.name, editor: product.editor, fictional: product.fictional,
                                         installBase: json(product.installBase) ?? "[]"))
            for (criterion, fact) in product.facts.sorted(by: { $0.key < $1.key }) {
                change.facts.append(.init(productID: product.id, criterionID: criterion, value: fact.value.map(FactValueText.canonical),
                                          grade: fact.grade.rawValue, source: fact.source, date: fact.date, note: fact.note))
            }
            change.statuses.append(.init(productID: product.id, kind: StatusKind.label, data: product.label.flatMap(json)))
            change.statuses.append(.init(productID: product.id, kind: StatusKind.segur, data: product.segur.flatMap(json)))
        }
        return change
    }

    enum StatusKind {
        static let label = "label"
        static let segur = "segur"
    }

    private func product(_ record: ProductRecord, facts: [ProductFactRecord], statuses: [ProductStatusRecord]) -> Product {
        var byCriterion: [String: Fact] = [:]
        // Federation rows first, then the team's, so that the team's own evidence wins (rows are sorted by teamId,
        // NULL first).
        for row in facts {
            guard let criterion = reference.criterion(row.criterionId), let fact = Self.fact(row, on: criterion) else { continue }
            byCriterion[row.criterionId] = fact
        }
        func status<Status: Decodable>(_ kind: String, as type: Status.Type) -> Status? {
            statuses.first { $0.kind == kind }?.data.flatMap { Self.decode(type, $0) }
        }
        let installBase = Self.decode([InstallBase].self, record.installBase) ?? []
        return Product(id: record.id, name: record.name, fictional: record.fictional, editor: record.editor,
                       label: status(StatusKind.label, as: LabelStatus.self), segur: status(StatusKind.segur, as: SegurStatus.self),
                       facts: byCriterion, installBase: installBase)
    }

    /// A stored row as the engine's fact; `nil` when its value no longer fits the criterion's scale (the criterion
    /// changed since): the fact is then unknown rather than misread.
    static func fact(_ row: ProductFactRecord, on criterion: Criterion) -> Fact? {
        guard let grade = EvidenceGrade(rawValue: row.grade) else { return nil }
        let value = row.value.flatMap { FactValueText.parse($0, scale: criterion.scale) }
        if grade != .unknown && value == nil { return nil }
        return Fact(value: value, grade: grade, source: row.source, date: row.date, note: row.note)
    }

    static func json<Value: Encodable>(_ value: Value) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) }
    }

    static func decode<Value: Decodable>(_ type: Value.Type, _ text: String) -> Value? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
