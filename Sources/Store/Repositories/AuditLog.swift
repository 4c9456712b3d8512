import Foundation
import GRDB

/// The audit log: appended by the use cases that export, erase, purge or change accounts and by sign-in, read by the
/// admin. Rows are never changed (`AuditSchema`'s triggers); only the retention purge removes old ones.
public struct AuditLog: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// Appends one row in its own transaction.
    public func record(_ kind: AuditKind, by actor: AuditActor, target: String, detail: String = "") throws {
        try writer.write { db in try Self.record(db, kind, by: actor, target: target, detail: detail, at: clock()) }
    }

    /// Appends one row inside a caller's transaction, so that the change and its trace are written together.
    static func record(_ db: StoreDB, _ kind: AuditKind, by actor: AuditActor, target: String, detail: String, at date: Date) throws {
        try db.execute(sql: "INSERT INTO auditEvent (at, actorId, actor, kind, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [date, actor.id, Self.clipped(actor.name.isEmpty ? "?" : actor.name, 320), kind.rawValue,
                                   Self.clipped(target, 500), Self.clipped(detail, 2_000)])
    }

    /// A typed address on the login form can be anything up to the form's limit: the log keeps its start.
    static func clipped(_ text: String, _ length: Int) -> String {
        let scalars = text.unicodeScalars
        return scalars.count <= length ? text : String(String.UnicodeScalarView(scalars.prefix(length - 1))) + "…"
    }

    /// Newest first; `kind` nil for every kind.
    public func page(kind: AuditKind?, offset: Int, limit: Int) throws -> [AuditEventRecord] {
        try writer.read { db in try AuditEventRecord.fetchAll(db, sql: "SELECT * FROM auditEvent\(Self.filter(kind)) ORDER BY id DESC LIMIT ? OFFSET ?",
                                                            arguments: SQLArguments(Self.arguments(kind) + [limit, offset])) }
    }

    public func count(kind: AuditKind?) throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditEvent\(Self.filter(kind))", arguments: SQLArguments(Self.arguments(kind))) ?? 0 }
    }

    /// Every row of a kind (or all), newest first, for the CSV export.
    public func all(kind: AuditKind?) throws -> [AuditEventRecord] {
        try writer.read { db in try AuditEventRecord.fetchAll(db, sql: "SELECT * FROM auditEvent\(Self.filter(kind)) ORDER BY id DESC",
                                                            arguments: SQLArguments(Self.arguments(kind))) }
    }

    private static func filter(_ kind: AuditKind?) -> String { kind == nil ? "" : " WHERE kind = ?" }
    private static func arguments(_ kind: AuditKind?) -> [(any StoreBindable)?] { kind.map { [$0.rawValue] } ?? [] }

    /// Rows older than `cutoff` (the retention purge's): how many there are.
    static func countOlder(_ db: StoreDB, than cutoff: Date) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditEvent WHERE at < ?", arguments: [cutoff]) ?? 0
    }

    /// Removes rows older than `cutoff`, the only delete the triggers allow: the cutoff is written, used and removed
    /// inside the caller's transaction, so no other writer ever sees it.
    static func purge(_ db: StoreDB, olderThan cutoff: Date) throws -> Int {
        try db.execute(sql: "INSERT INTO auditPurgeCutoff (id, before) VALUES (1, ?)", arguments: [cutoff])
        try db.execute(sql: "DELETE FROM auditEvent WHERE at < ?", arguments: [cutoff])
        let removed = db.changesCount
        try db.execute(sql: "DELETE FROM auditPurgeCutoff")
        return removed
    }
}
