import Foundation

/// Copies a whole federation from one store to another, SQLite to PostgreSQL or back (`sipadvisor migrate`): every
/// table of `StoreTables.all` in its order, ids kept, each value converted by the target column's type. The source is
/// read in one read transaction (one consistent snapshot, even while a server writes) and the target written in one
/// write transaction, so a failure leaves the target as it was. Tables are streamed in batches read in key order, so
/// a large federation is never held in memory.
public struct FederationTransfer {
    public let source: AppDatabase
    public let target: AppDatabase
    /// Rows per batch: one SELECT and one multi-row INSERT; kept under SQLite's 32,766 bound parameters.
    public var batchRows = 500

    public init(from source: AppDatabase, to target: AppDatabase) {
        self.source = source
        self.target = target
    }

    /// One table's rows on both sides after the copy.
    public struct TableCount: Sendable, Equatable {
        public let table: String
        public let source: Int
        public let target: Int
    }

    /// Copies everything and returns the row counts of every table on both sides: the source's in the snapshot that
    /// was copied, the target's read back after the commit.
    public func run() throws -> [TableCount] {
        let sourceCounts = try source.writer.read { from in
            try target.writer.write { into in
                try Self.refuseUnlessEmpty(into)
                for table in StoreTables.all { try copy(table, from: from, into: into) }
                return try StoreTables.counts(in: from)
            }
        }
        let targetCounts = try target.writer.read { try StoreTables.counts(in: $0) }
        return zip(StoreTables.all, zip(sourceCounts, targetCounts)).map { table, counts in
            TableCount(table: table.name, source: counts.0, target: counts.1)
        }
    }

    /// The target must hold nothing but its schema: a copy never merges two federations.
    static func refuseUnlessEmpty(_ db: StoreDB) throws {
        let filled = zip(StoreTables.all, try StoreTables.counts(in: db)).filter { $0.1 > 0 }
        guard filled.isEmpty else { throw FederationTransferError.targetNotEmpty(filled.map { (table: $0.0.name, rows: $0.1) }) }
    }

    private func copy(_ table: StoreTables.Table, from: StoreDB, into: StoreDB) throws {
        let columns = try TargetColumn.of(table, in: into)
        let names = columns.map(\.name)
        let keyPositions = try table.key.map { key in
            guard let position = names.firstIndex(where: { $0.lowercased() == key.lowercased() }) else {
                throw StoreError.invalid("table \(table.name)\u{00A0}: clé \(key) absente de la base cible")
            }
            return position
        }
        var after: [StoreValue]? = nil
        while true {
            let rows = try from.rows(sql: Self.select(table, names, after: after != nil, limit: batchRows), arguments: SQLArguments(after ?? []))
            guard let last = rows.last else { break }
            try insert(rows, into: table, columns, into)
            after = keyPositions.map { last.values[$0] }
            if rows.count < batchRows { break }
        }
        if columns.contains(where: \.isIdentity) { try Self.moveSequence(of: table, into) }
    }

    /// The next batch in key order: `(k1, k2) > (?, ?)` (row values, on both engines) continues after the last row read.
    static func select(_ table: StoreTables.Table, _ columns: [String], after: Bool, limit: Int) -> String {
        let key = table.key.joined(separator: ", ")
        let placeholders = Array(repeating: "?", count: table.key.count).joined(separator: ", ")
        let condition = after ? " WHERE (\(key)) > (\(placeholders))" : ""
        return "SELECT \(columns.joined(separator: ", ")) FROM \(table.sql)\(condition) ORDER BY \(key) LIMIT \(limit)"
    }

    private func insert(_ rows: [StoredRow], into table: StoreTables.Table, _ columns: [TargetColumn], _ db: StoreDB) throws {
        var values: [StoreValue] = []
        values.reserveCapacity(rows.count * columns.count)
        for row in rows {
            for (column, value) in zip(columns, row.values) {
                do { values.append(try column.converted(value)) } catch {
                    throw StoreError.invalid("table \(table.name), colonne \(column.name)\u{00A0}: \(error)")
                }
            }
        }
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let sql = "INSERT INTO \(table.sql) (\(columns.map(\.name).joined(separator: ", "))) VALUES "
            + Array(repeating: tuple, count: rows.count).joined(separator: ", ")
        try db.executePrepared(sql: sql, arguments: SQLArguments(values))
    }

    /// PostgreSQL: the identity's sequence starts after the largest copied id (a copy inserts ids itself, which does
    /// not advance it), so that the next row the application adds gets a fresh id.
    static func moveSequence(of table: StoreTables.Table, _ db: StoreDB) throws {
        try db.execute(sql: "SELECT setval(pg_get_serial_sequence(?, 'id'), COALESCE((SELECT MAX(id) FROM \(table.sql)), 0) + 1, false)",
                       arguments: [table.sql])
    }
}

/// Why a copy was refused, in French.
public enum FederationTransferError: Error, CustomStringConvertible {
    case targetNotEmpty([(table: String, rows: Int)])

    public var description: String {
        switch self {
        case let .targetNotEmpty(tables):
            "la base cible n'est pas vide ("
                + tables.map { "\($0.table)\u{00A0}: \($0.rows) ligne(s)" }.joined(separator: ", ")
                + ")\u{00A0}; la copie se fait vers une base neuve, rien n'a été écrit"
        }
    }
}
