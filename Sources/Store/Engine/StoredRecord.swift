/// A record built from a `StoredRow` of a wider query (a record's columns plus computed ones), on either engine.
extension Decodable {
    public init(stored row: StoredRow) throws {
        try self.init(from: StoredRowDecoder(row: row))
    }
}

/// A read model made from a row by hand (a record plus joined names, or totals), fetched like a record.
protocol StoredRowDecodable {
    init(stored row: StoredRow) throws
}

extension StoredRowDecodable {
    public static func fetchAll(_ db: StoreDB, sql: String, arguments: SQLArguments = []) throws -> [Self] {
        try db.rows(sql: sql, arguments: arguments).map(Self.init(stored:))
    }
}
