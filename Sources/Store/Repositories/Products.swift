import Foundation
import GRDB

/// The federation's products with their dated facts and statuses. Everything is appended: `history` gives every
/// version, `currentFacts` the newest per product, criterion and scope.
public struct Products: Sendable {
    let writer: any DatabaseWriter
    let clock: @Sendable () -> Date

    public func all() throws -> [ProductRecord] {
        try writer.read { db in try ProductRecord.order(Column("name").collating(.localizedCaseInsensitiveCompare)).fetchAll(db) }
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
            var request = ProductFactRecord.filter(Column("productId") == product)
            if let criterion { request = request.filter(Column("criterionId") == criterion) }
            return try request.order(Column("criterionId"), Column("id").desc).fetchAll(db)
        }
    }

    public func statusHistory(product: String) throws -> [ProductStatusRecord] {
        try writer.read { db in
            try ProductStatusRecord.filter(Column("productId") == product).order(Column("kind"), Column("id").desc).fetchAll(db)
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
    static func write(_ change: EvidenceChange, at now: Date, _ db: Database) throws -> EvidenceChange.Outcome {
        var outcome = EvidenceChange.Outcome()
        for product in change.products where try ProductRecord.fetchOne(db, key: product.id) == nil {
            try ProductRecord(id: product.id, name: product.name, editor: product.editor, fictional: product.fictional,
                              installBase: product.installBase, recordedBy: change.recordedBy, createdAt: now).insert(db)
            outcome.productsAdded += 1
        }
        try append(change.facts, by: change.recordedBy, at: now, db, into: &outcome)
        try append(change.statuses, by: change.recordedBy, at: now, db, into: &outcome)
        return outcome
    }

    private static func append(_ facts: [EvidenceChange.NewFact], by who: String, at now: Date, _ db: Database,
                               into outcome: inout EvidenceChange.Outcome) throws {
        for fact in facts {
            guard try ProductRecord.fetchOne(db, key: fact.productID) != nil else {
                throw StoreError.invalid("produit inconnu : « \(fact.productID) »")
            }
            let current = try ProductFactRecord
                .filter(Column("productId") == fact.productID && Column("criterionId") == fact.criterionID
                        && Column("teamId") == fact.teamID)
                .order(Column("id").desc).fetchOne(db)
            if let current, fact.same(as: current) { outcome.factsUnchanged += 1; continue }
            _ = try db.insertReturning(ProductFactRecord.self, into: "productFact", [
                "productId": fact.productID, "teamId": fact.teamID, "criterionId": fact.criterionID, "value": fact.value,
                "grade": fact.grade, "source": fact.source, "date": fact.date, "note": fact.note,
                "recordedBy": who, "recordedAt": now,
            ])
            outcome.factsAdded += 1
        }
    }

    private static func append(_ statuses: [EvidenceChange.NewStatus], by who: String, at now: Date, _ db: Database,
                               into outcome: inout EvidenceChange.Outcome) throws {
        for status in statuses {
            guard try ProductRecord.fetchOne(db, key: status.productID) != nil else {
                throw StoreError.invalid("produit inconnu : « \(status.productID) »")
            }
            let current = try ProductStatusRecord.filter(Column("productId") == status.productID && Column("kind") == status.kind)
                .order(Column("id").desc).fetchOne(db)
            // An unknown status is recorded only when it replaces a known one.
            if current?.data == status.data || (current == nil && status.data == nil) { continue }
            _ = try db.insertReturning(ProductStatusRecord.self, into: "productStatus", [
                "productId": status.productID, "kind": status.kind, "data": status.data, "recordedBy": who, "recordedAt": now,
            ])
            outcome.statusesAdded += 1
        }
    }

    static func currentFacts(_ db: Database, team: Int64?) throws -> [ProductFactRecord] {
        try ProductFactRecord.fetchAll(db, sql: currentFactsSQL, arguments: [team])
    }

    // The newest row of each group, found through the (productId, criterionId, teamId, id) index.
    private static let currentFactsSQL = """
        SELECT f.* FROM productFact f
        JOIN (SELECT MAX(id) AS id FROM productFact WHERE teamId IS NULL OR teamId = ?
              GROUP BY productId, criterionId, teamId) latest ON latest.id = f.id
        ORDER BY f.productId, f.criterionId, f.teamId
        """
    private static let currentStatusesSQL = """
        SELECT s.* FROM productStatus s
        JOIN (SELECT MAX(id) AS id FROM productStatus GROUP BY productId, kind) latest ON latest.id = s.id
        """
}
