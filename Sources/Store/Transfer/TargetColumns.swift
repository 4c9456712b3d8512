import Foundation

/// A column of the copy's target, with the kind of value it takes: the same data is spelled differently by the two
/// engines (SQLite keeps instants as GRDB's text `yyyy-MM-dd HH:mm:ss.SSS` and booleans as 0/1, PostgreSQL has
/// TIMESTAMPTZ and BOOLEAN), so a copied value is converted by the column it goes into, as the target declares it.
struct TargetColumn: Equatable {
    enum Kind: Equatable { case boolean, instant, integer, real, other }

    let name: String
    let kind: Kind
    /// A PostgreSQL identity column, whose sequence must move past the copied ids.
    let isIdentity: Bool

    /// The target's columns of `table`, in their declared order (`PRAGMA table_info`, `information_schema.columns`).
    static func of(_ table: StoreTables.Table, in db: StoreDB) throws -> [TargetColumn] {
        switch db.dialect {
        case .sqlite:
            return try db.rows(sql: "SELECT name, type FROM pragma_table_info(?) ORDER BY cid", arguments: [table.name]).map { row in
                TargetColumn(name: row["name"], kind: sqliteKind(row["type"]), isIdentity: false)
            }
        case .postgres:
            let sql = """
                SELECT column_name, data_type, is_identity FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position
                """
            return try db.rows(sql: sql, arguments: [table.name.lowercased()]).map { row in
                TargetColumn(name: row["column_name"], kind: postgresKind(row["data_type"]), isIdentity: (row["is_identity"] as String?) == "YES")
            }
        }
    }

    /// GRDB's declared types (`.boolean`, `.datetime`, `.double`, `.integer`).
    static func sqliteKind(_ declared: String) -> Kind {
        switch declared.uppercased() {
        case "BOOLEAN": .boolean
        case "DATETIME": .instant
        case "DOUBLE", "REAL", "FLOAT": .real
        case "INTEGER": .integer
        default: .other
        }
    }

    static func postgresKind(_ dataType: String) -> Kind {
        switch dataType {
        case "boolean": .boolean
        case "timestamp with time zone", "timestamp without time zone": .instant
        case "double precision", "real": .real
        case "bigint", "integer", "smallint": .integer
        default: .other
        }
    }

    /// `value` as this column takes it; the target engine then binds it in its own spelling (`StoreValue`).
    func converted(_ value: StoreValue) throws -> StoreValue {
        if value.isNull { return .null }
        switch kind {
        case .boolean: return .bool(try Bool(storeValue: value))
        case .instant: return .date(try Date(storeValue: value))
        case .integer: return .integer(try Int64(storeValue: value))
        case .real: return .real(try Double(storeValue: value))
        case .other: return value
        }
    }
}
