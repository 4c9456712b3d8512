import Foundation
import GRDB

/// The federation's products with their dated facts and statuses. Everything is appended: `history` gives every
/// version, `currentFacts` the newest per product, criterion and scope.
public struct Products: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    public func all() throws -> [ProductRecord] {
        try writer.read { db in try ProductRecord.fetchAll(db).sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending } }
    }

    public func find(id: String) throws -> ProductRecord? {
        try writer.read { db in try ProductRecord.fetchOne(db, key: id) }
    }

    public func isEmpty() throws -> Bool {
        try writer.read { db in try ProductRecord.fetchCount(db) == 0 }
    }

    /// The newest fact per product, criterion and scope, for the federation and (when given) one team.
    public func currentFacts(team: Int64?) throws -> [ProductFactRecord] {
        try writer.read { db in try Self.currentFacts(db, team: team) }
    }

    /// The newest status of each product and kind.
    public func currentStatuses() throws -> [ProductStatusRecord] {
        try writer.read { db in try ProductStatusRecord.fetchAll(db, sql: Self.currentStatusesSQL) }
    }

    /// Every recorded fact of a product (one criterion when given), newest first, every scope.
    public func history(product: String, criterion: String? = nil) throws -> [ProductFactRecord] {
        try writer.read { db in
            try ProductFactRecord.fetchAll(db, where: "productId = ? AND (CAST(?2 AS TEXT) IS NULL OR criterionId = ?2)", arguments: [product, criterion],
                                           order: "criterionId, id DESC")
        }
    }

    public func statusHistory(product: String) throws -> [ProductStatusRecord] {
        try writer.read { db in
            try ProductStatusRecord.fetchAll(db, where: "productId = ?", arguments: [product], order: "kind, id DESC")
        }
    }

    /// Writes a change in one transaction: nothing is written when any part is refused (an unknown product, a row
    /// the schema refuses). A fact or status equal to the current one of its scope is skipped.
    @discardableResult
    public func apply(_ change: EvidenceChange) throws -> EvidenceChange.Outcome {
        let now = clock()
        return try writer.write { db in try Self.write(change, at: now, db) }
    }

    /// Writes a change inside a transaction a caller already holds (closing a demonstration evaluation records its
    /// facts and closes it in one transaction).
    static func write(_ change: EvidenceChange, at now: Date, _ db: StoreDB) throws -> EvidenceChange.Outcome {
        var outcome = EvidenceChange.Outcome()
        for product in change.products where try ProductRecord.fetchOne(db, key: product.id) == nil {
            try db.execute(sql: """
                INSERT INTO product (id, name, editor, fictional, installBase, recordedBy, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [product.id, product.name, product.editor, product.fictional, product.installBase, change.recordedBy, now])
            outcome.productsAdded += 1
        }
        try append(change.facts, by: change.recordedBy, at: now, db, into: &outcome)
        try append(change.statuses, by: change.recordedBy, at: now, db, into: &outcome)
        return outcome
    }

    /// Reads what it compares with in two queries (the products, and the facts of the products the change names),
    /// then inserts: a seed of the shipped catalog (about 300 facts) stays a few hundred statements on PostgreSQL,
    /// where each statement is a round trip.
    private static func append(_ facts: [EvidenceChange.NewFact], by who: String, at now: Date, _ db: StoreDB,
                               into outcome: inout EvidenceChange.Outcome) throws {
        guard !facts.isEmpty else { return }
        let known = Set(try String.fetchAll(db, sql: "SELECT id FROM product"))
        let named = Array(Set(facts.map(\.productID))).sorted()
        let placeholders = Array(repeating: "?", count: named.count).joined(separator: ", ")
        var current: [String: ProductFactRecord] = [:]
        for record in try ProductFactRecord.fetchAll(db, where: "productId IN (\(placeholders))", arguments: SQLArguments(named), order: "id") {
            current[factKey(record.productId, record.criterionId, record.teamId)] = record
        }
        for fact in facts {
            guard known.contains(fact.productID) else { throw StoreError.invalid("produit inconnu : « \(fact.productID) »") }
            let key = factKey(fact.productID, fact.criterionID, fact.teamID)
            if let existing = current[key], fact.same(as: existing) { outcome.factsUnchanged += 1; continue }
            current[key] = try db.insertReturning(ProductFactRecord.self, into: "productFact", [
                "productId": fact.productID, "teamId": fact.teamID, "criterionId": fact.criterionID, "value": fact.value,
                "grade": fact.grade, "source": fact.source, "date": fact.date, "note": fact.note,
                "recordedBy": who, "recordedAt": now,
            ])
            outcome.factsAdded += 1
        }
    }

    private static func factKey(_ product: String, _ criterion: String, _ team: Int64?) -> String {
        "\(product)\u{1F}\(criterion)\u{1F}\(team.map(String.init) ?? "-")"
    }

    private static func append(_ statuses: [EvidenceChange.NewStatus], by who: String, at now: Date, _ db: StoreDB,
                               into outcome: inout EvidenceChange.Outcome) throws {
        for status in statuses {
            guard try ProductRecord.fetchOne(db, key: status.productID) != nil else {
                throw StoreError.invalid("produit inconnu : « \(status.productID) »")
            }
            let current = try ProductStatusRecord.fetchOne(db, where: "productId = ? AND kind = ?", arguments: [status.productID, status.kind],
                                                           order: "id DESC")
            // An unknown status is recorded only when it replaces a known one.
            if current?.data == status.data || (current == nil && status.data == nil) { continue }
            _ = try db.insertReturning(ProductStatusRecord.self, into: "productStatus", [
                "productId": status.productID, "kind": status.kind, "data": status.data, "recordedBy": who, "recordedAt": now,
            ])
            outcome.statusesAdded += 1
        }
    }

    static func currentFacts(_ db: StoreDB, team: Int64?) throws -> [ProductFactRecord] {
        try ProductFactRecord.fetchAll(db, sql: currentFactsSQL, arguments: [team])
    }

    // The newest row of each group, found through the (productId, criterionId, teamId, id) index.
    private static let currentFactsSQL = """
        SELECT f.* FROM productFact f
        JOIN (SELECT MAX(id) AS id FROM productFact WHERE teamId IS NULL OR teamId = ?
              GROUP BY productId, criterionId, teamId) latest ON latest.id = f.id
        ORDER BY f.productId, f.criterionId, f.teamId NULLS FIRST
        """
    private static let currentStatusesSQL = """
        SELECT s.* FROM productStatus s
        JOIN (SELECT MAX(id) AS id FROM productStatus GROUP BY productId, kind) latest ON latest.id = s.id
        """
}
