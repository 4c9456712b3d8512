import Foundation
import GRDB

/// The connection a repository works on inside one transaction: SQLite through GRDB, or PostgreSQL through
/// PostgresNIO. Repositories write portable SQL with `?` placeholders and ask `dialect` for the few spellings that
/// differ; everything they read comes back as records (`Codable`), `StoredRow`s or scalars.
public final class StoreDB {
    enum Backend {
        case sqlite(Database)
        case postgres(PostgresSession)
    }

    let backend: Backend

    init(_ backend: Backend) { self.backend = backend }

    public var dialect: SQLDialect {
        switch backend {
        case .sqlite: .sqlite
        case .postgres: .postgres
        }
    }

    /// The SQLite connection, for what only SQLite has (backup, integrity check, PRAGMA); `nil` on PostgreSQL.
    public var sqlite: Database? {
        if case let .sqlite(db) = backend { return db }
        return nil
    }

    /// Runs statements (several separated by `;` are allowed on SQLite, one at a time on PostgreSQL).
    public func execute(sql: String, arguments: SQLArguments = []) throws {
        switch backend {
        case let .sqlite(db): try db.execute(sql: sql, arguments: arguments.sqlite)
        case let .postgres(session):
            let statements = arguments.values.isEmpty ? PostgresSQL.statements(sql) : [sql]
            for statement in statements { _ = try session.run(statement, arguments.values) }
        }
    }

    /// Runs one statement kept prepared for the transaction's loops (imports, snapshots).
    public func executePrepared(sql: String, arguments: SQLArguments) throws {
        switch backend {
        case let .sqlite(db): try db.cachedStatement(sql: sql).execute(arguments: arguments.sqlite)
        case let .postgres(session): _ = try session.run(sql, arguments.values)
        }
    }

    /// The rows a statement changed (the last `execute`).
    public var changesCount: Int {
        switch backend {
        case let .sqlite(db): db.changesCount
        case let .postgres(session): session.lastChangesCount
        }
    }

    public func rows(sql: String, arguments: SQLArguments = []) throws -> [StoredRow] {
        switch backend {
        case let .sqlite(db): try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments.sqlite).map(StoredRow.init)
        case let .postgres(session): try session.run(sql, arguments.values)
        }
    }

    /// A two-column read (key, value) as a dictionary, the last row winning: the respondent page's answers, the web
    /// app's most requested read, stay a cursor over a prepared statement on SQLite.
    public func textPairs(sql: String, arguments: SQLArguments = []) throws -> [String: String] {
        var pairs: [String: String] = [:]
        switch backend {
        case let .sqlite(db):
            let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments.sqlite)
            while let row = try rows.next() { pairs[row[0]] = row[1] }
        case let .postgres(session):
            for row in try session.run(sql, arguments.values) { pairs[row[0] as String] = row[1] as String }
        }
        return pairs
    }

    public func records<Record: FetchableRecord & Decodable>(_ type: Record.Type, sql: String,
                                                             arguments: SQLArguments = []) throws -> [Record] {
        switch backend {
        case let .sqlite(db): return try Record.fetchAll(db.cachedStatement(sql: sql), arguments: arguments.sqlite)
        case let .postgres(session):
            return try session.run(sql, arguments.values).map { try Record(from: StoredRowDecoder(row: $0)) }
        }
    }

    public func scalars<Value: StoreDecodable>(_ type: Value.Type, sql: String, arguments: SQLArguments = []) throws -> [Value?] {
        try rows(sql: sql, arguments: arguments).map { row in
            guard let first = row.values.first, !first.isNull else { return nil }
            return try Value(storeValue: first)
        }
    }

    /// Inserts one row and returns it as stored (`RETURNING *`), so that records carry a non-optional id.
    /// `table` and the column names are the store's own constants, never user input; values are bound.
    func insertReturning<Record: FetchableRecord & Decodable>(_ type: Record.Type, into table: String,
                                                              _ values: KeyValuePairs<String, (any StoreBindable)?>) throws -> Record {
        let columns = values.map(\.key).joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: values.count).joined(separator: ", ")
        let sql = "INSERT INTO \(SQLDialect.table(table)) (\(columns)) VALUES (\(placeholders)) RETURNING *"
        guard let record = try records(type, sql: sql, arguments: SQLArguments(values.map(\.value))).first else {
            throw StoreError.invalid("insertion refusée dans « \(table) »")
        }
        return record
    }
}

/// The spellings that differ between the two engines, in one place.
public enum SQLDialect: Sendable {
    case sqlite, postgres

    /// A table name as SQL: `user` is reserved in PostgreSQL, so it is always quoted (SQLite accepts the quotes).
    static func table(_ name: String) -> String { name == "user" ? "\"user\"" : name }

    /// The largest of several values (SQLite's scalar `MAX`, PostgreSQL's `GREATEST`; they differ on NULL, so
    /// callers pass non-null expressions).
    func greatest(_ values: String...) -> String {
        let list = values.joined(separator: ", ")
        switch self {
        case .sqlite: return "MAX(\(list))"
        case .postgres: return "GREATEST(\(list))"
        }
    }

    /// A top-level key of a JSON text column, as text (`json_extract` on SQLite, `->>` on PostgreSQL).
    func jsonText(_ column: String, _ key: String) -> String {
        switch self {
        case .sqlite: "json_extract(\(column), '$.\(key)')"
        case .postgres: "((\(column))::jsonb ->> '\(key)')"
        }
    }
}

extension FetchableRecord where Self: Decodable {
    public static func fetchAll(_ db: StoreDB, sql: String, arguments: SQLArguments = []) throws -> [Self] {
        try db.records(Self.self, sql: sql, arguments: arguments)
    }

    public static func fetchOne(_ db: StoreDB, sql: String, arguments: SQLArguments = []) throws -> Self? {
        try db.records(Self.self, sql: sql, arguments: arguments).first
    }
}

extension StoreDecodable {
    public static func fetchOne(_ db: StoreDB, sql: String, arguments: SQLArguments = []) throws -> Self? {
        try db.scalars(Self.self, sql: sql, arguments: arguments).first ?? nil
    }

    public static func fetchAll(_ db: StoreDB, sql: String, arguments: SQLArguments = []) throws -> [Self] {
        try db.scalars(Self.self, sql: sql, arguments: arguments).compactMap { $0 }
    }
}

extension StoredRow {
    public static func fetchAll(_ db: StoreDB, sql: String, arguments: SQLArguments = []) throws -> [StoredRow] {
        try db.rows(sql: sql, arguments: arguments)
    }

    public static func fetchOne(_ db: StoreDB, sql: String, arguments: SQLArguments = []) throws -> StoredRow? {
        try db.rows(sql: sql, arguments: arguments).first
    }
}
