import GRDB

/// The audit log (issue 12): who exported individual answers, erased a respondent, purged, changed an account, signed
/// in or failed to. Append-only: triggers refuse every UPDATE, and every DELETE except the retention purge's of rows
/// older than the cutoff it writes, for the length of its transaction, in `auditPurgeCutoff` (`AuditLog.purge`).
/// No foreign key to `user`: a row outlives the account it names (the address is kept as text).
enum AuditSchema {
    static let kinds = AuditKind.allCases.map(\.rawValue)

    static func create(_ db: Database) throws {
        try db.create(table: "auditEvent") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .datetime).notNull()
            // The account's id when someone signed in did it; NULL for the command line or an unknown address.
            t.column("actorId", .integer)
            t.column("actor", .text).notNull().check { length($0) > 0 && length($0) <= 320 }
            t.column("kind", .text).notNull().check { kinds.contains($0) }
            t.column("target", .text).notNull().check { length($0) <= 500 }
            t.column("detail", .text).notNull().defaults(to: "").check { length($0) <= 2_000 }
        }
        try db.create(index: "auditEvent_kind", on: "auditEvent", columns: ["kind", "id"])
        try db.create(index: "auditEvent_at", on: "auditEvent", columns: ["at"])
        try db.create(table: "auditPurgeCutoff") { t in
            t.column("id", .integer).primaryKey().check { $0 == 1 }
            t.column("before", .datetime).notNull()
        }
        try db.execute(sql: """
            CREATE TRIGGER auditEvent_appendOnly_update BEFORE UPDATE ON auditEvent
            BEGIN SELECT RAISE(ABORT, 'journal d''audit : les lignes ne se modifient pas'); END;
            CREATE TRIGGER auditEvent_appendOnly_delete BEFORE DELETE ON auditEvent
            WHEN NOT EXISTS (SELECT 1 FROM auditPurgeCutoff WHERE old.at < auditPurgeCutoff.before)
            BEGIN SELECT RAISE(ABORT, 'journal d''audit : seules les lignes plus anciennes que la durée de conservation s''effacent'); END;
            """)
    }
}
