import Foundation
import GRDB

/// An observation of a user-group session on a product and a criterion, and what the DIM decided.
public struct ObservationRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "observation"

    public enum Status: String, Codable, Sendable, CaseIterable {
        case pending, accepted, rejected
    }

    public var id: Int64
    public var sessionId: Int64
    public var productId: String
    public var criterionId: String
    public var text: String
    public var suggestedValue: String?
    public var status: Status
    public var reason: String?
    /// The `usergroup` fact it became, once accepted.
    public var factId: Int64?
    public var recordedBy: String
    public var recordedAt: Date
    public var decidedBy: String?
    public var decidedAt: Date?
}

/// User-group observations waiting for the DIM, and their decisions. A decision is taken once: deciding an
/// observation that is no longer pending is refused, so two DIMs cannot both accept it.
public struct Observations: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// What a facilitator typed, already checked (`Application.ObservationEntry`).
    public struct NewObservation: Sendable, Equatable {
        public var sessionID: Int64, productID: String, criterionID: String, text: String, suggestedValue: String?
        public init(sessionID: Int64, productID: String, criterionID: String, text: String, suggestedValue: String?) {
            self.sessionID = sessionID; self.productID = productID; self.criterionID = criterionID
            self.text = text; self.suggestedValue = suggestedValue
        }
    }

    @discardableResult
    public func add(_ observation: NewObservation, by who: String) throws -> ObservationRecord {
        let now = clock()
        return try writer.write { db in
            try db.insertReturning(ObservationRecord.self, into: "observation", [
                "sessionId": observation.sessionID, "productId": observation.productID, "criterionId": observation.criterionID,
                "text": observation.text, "suggestedValue": observation.suggestedValue, "recordedBy": who, "recordedAt": now,
            ])
        }
    }

    public func find(id: Int64) throws -> ObservationRecord? {
        try writer.read { db in try ObservationRecord.fetchOne(db, key: id) }
    }

    /// The observations the DIM has not decided yet, oldest first.
    public func pending() throws -> [ObservationRecord] {
        try writer.read { db in
            try ObservationRecord.fetchAll(db, where: "status = ?", arguments: [ObservationRecord.Status.pending.rawValue], order: "id")
        }
    }

    /// One session's observations, in the order they were reported.
    public func all(session: Int64) throws -> [ObservationRecord] {
        try writer.read { db in try ObservationRecord.fetchAll(db, where: "sessionId = ?", arguments: [session], order: "id") }
    }

    /// Records the fact an observation becomes and marks the observation accepted, linked to that fact, in one
    /// transaction: a failure leaves neither the fact nor the decision.
    @discardableResult
    public func accept(id: Int64, by who: String, recording change: EvidenceChange) throws -> EvidenceChange.Outcome {
        let now = clock()
        return try writer.write { db in
            let observation = try Self.pending(id, db)
            let outcome = try Products.write(change, at: now, db)
            let fact = try Int64.fetchOne(db, sql: """
                SELECT MAX(id) FROM productFact WHERE productId = ? AND criterionId = ? AND teamId IS NULL
                """, arguments: [observation.productId, observation.criterionId])
            try db.execute(sql: """
                UPDATE observation SET status = 'accepted', factId = ?, decidedBy = ?, decidedAt = ? WHERE id = ?
                """, arguments: [fact, who, now, id])
            return outcome
        }
    }

    /// Marks a pending observation rejected, with the reason given.
    public func reject(id: Int64, reason: String, by who: String) throws {
        let now = clock()
        try writer.write { db in
            _ = try Self.pending(id, db)
            try db.execute(sql: """
                UPDATE observation SET status = 'rejected', reason = ?, decidedBy = ?, decidedAt = ? WHERE id = ?
                """, arguments: [reason, who, now, id])
        }
    }

    private static func pending(_ id: Int64, _ db: StoreDB) throws -> ObservationRecord {
        guard let observation = try ObservationRecord.fetchOne(db, key: id) else {
            throw StoreError.invalid("observation inconnue\u{00A0}: n°\u{00A0}\(id)")
        }
        guard observation.status == .pending else {
            throw StoreError.invalid("observation n°\u{00A0}\(id) déjà \(observation.status == .accepted ? "acceptée" : "rejetée")")
        }
        return observation
    }
}
