import GRDB

/// Observations reported in a user-group session on a product and a criterion ("les infirmières ne facturent pas en
/// tournée"), waiting for the DIM: pending, then accepted into the catalog as a `usergroup` fact, or rejected with a
/// reason. The decision is kept with the observation, so the session's page says what became of it.
enum ObservationSchema {
    static let statuses = ["pending", "accepted", "rejected"]

    static func create(_ db: Database) throws {
        try db.create(table: "observation") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("session", inTable: "userGroupSession", onDelete: .cascade).notNull()
            t.belongsTo("product", onDelete: .cascade).notNull()
            t.column("criterionId", .text).notNull().check { length($0) > 0 }
            t.column("text", .text).notNull().check { length($0) > 0 && length($0) <= 2_000 }
            // The value the observation suggests, as typed ("non"); the DIM may record another one.
            t.column("suggestedValue", .text).check { $0 == nil || length($0) <= 100 }
            t.column("status", .text).notNull().defaults(to: "pending").check { statuses.contains($0) }
            t.column("reason", .text).check { $0 == nil || length($0) <= 1_000 }
            // The fact it became, when accepted.
            t.belongsTo("fact", inTable: "productFact", onDelete: .setNull)
            t.column("recordedBy", .text).notNull().check { length($0) > 0 }
            t.column("recordedAt", .datetime).notNull()
            t.column("decidedBy", .text)
            t.column("decidedAt", .datetime)
            // A rejection says why; a decision says who made it.
            t.check(sql: "status <> 'rejected' OR length(reason) > 0")
            t.check(sql: "status = 'pending' OR (decidedBy IS NOT NULL AND decidedAt IS NOT NULL)")
        }
        try db.create(index: "observation_status", on: "observation", columns: ["status", "id"])
        try db.create(index: "observation_session", on: "observation", columns: ["sessionId"])
    }
}
