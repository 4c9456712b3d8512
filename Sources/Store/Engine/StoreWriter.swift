import Foundation
import GRDB

/// Where a federation's data lives: one SQLite file (GRDB, the embedded default) or one PostgreSQL database
/// (`PostgresStore`). Repositories only see `read` and `write`, each one transaction, as with GRDB's writer.
public struct StoreWriter: Sendable {
    enum Engine: Sendable {
        case sqlite(any DatabaseWriter)
        case postgres(PostgresStore)
    }

    let engine: Engine

    init(_ engine: Engine) { self.engine = engine }

    /// The SQLite writer, for what only SQLite has (file backup, WAL checkpoints); `nil` on PostgreSQL.
    public var sqlite: (any DatabaseWriter)? {
        if case let .sqlite(writer) = engine { return writer }
        return nil
    }

    public var postgres: PostgresStore? {
        if case let .postgres(store) = engine { return store }
        return nil
    }

    /// A consistent read: a snapshot for the whole closure on both engines.
    public func read<T>(_ body: (StoreDB) throws -> T) throws -> T {
        switch engine {
        case let .sqlite(writer): try writer.read { try body(StoreDB(.sqlite($0))) }
        case let .postgres(store): try store.transaction(writing: false) { try body(StoreDB(.postgres($0))) }
        }
    }

    /// One write transaction. Writes are serialised on both engines (SQLite has one writer; the PostgreSQL store
    /// takes one advisory lock per database), so a repository's check-then-write holds as it does on SQLite.
    public func write<T>(_ body: (StoreDB) throws -> T) throws -> T {
        switch engine {
        case let .sqlite(writer): try writer.write { try body(StoreDB(.sqlite($0))) }
        case let .postgres(store): try store.transaction(writing: true) { try body(StoreDB(.postgres($0))) }
        }
    }
}
