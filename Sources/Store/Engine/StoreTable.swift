import GRDB

/// The few table reads and deletes the repositories repeat, as SQL both engines take (`condition` and `order` are
/// the store's own SQL text, never user input; values are bound).
extension FetchableRecord where Self: TableRecord & Decodable {
    static var tableSQL: String { SQLDialect.table(databaseTableName) }

    public static func fetchOne(_ db: StoreDB, key id: some StoreBindable) throws -> Self? {
        try fetchOne(db, sql: "SELECT * FROM \(tableSQL) WHERE id = ?", arguments: [id])
    }

    public static func fetchAll(_ db: StoreDB, where condition: String? = nil, arguments: SQLArguments = [],
                         order: String? = nil) throws -> [Self] {
        try fetchAll(db, sql: select(condition, order), arguments: arguments)
    }

    public static func fetchOne(_ db: StoreDB, where condition: String, arguments: SQLArguments = [], order: String? = nil) throws -> Self? {
        try fetchOne(db, sql: select(condition, order) + " LIMIT 1", arguments: arguments)
    }

    public static func fetchCount(_ db: StoreDB, where condition: String? = nil, arguments: SQLArguments = []) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(tableSQL)" + (condition.map { " WHERE \($0)" } ?? ""),
                         arguments: arguments) ?? 0
    }

    /// Deletes the matching rows; returns how many.
    @discardableResult
    public static func deleteAll(_ db: StoreDB, where condition: String, arguments: SQLArguments = []) throws -> Int {
        try db.execute(sql: "DELETE FROM \(tableSQL) WHERE \(condition)", arguments: arguments)
        return db.changesCount
    }

    private static func select(_ condition: String?, _ order: String?) -> String {
        "SELECT * FROM \(tableSQL)" + (condition.map { " WHERE \($0)" } ?? "") + (order.map { " ORDER BY \($0)" } ?? "")
    }
}
