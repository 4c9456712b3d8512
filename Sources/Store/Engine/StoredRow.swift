import Foundation
import GRDB

/// One row read through the store, whichever engine: values by column name (matched case-insensitively, since
/// PostgreSQL folds unquoted names to lower case) or by position.
public struct StoredRow: Sendable {
    /// Column names in lower case, in the statement's order.
    let columns: [String]
    let values: [StoreValue]

    init(columns: [String], values: [StoreValue]) {
        self.columns = columns.map { $0.lowercased() }
        self.values = values
    }

    init(_ row: Row) {
        self.init(columns: Array(row.columnNames), values: row.databaseValues.map(StoreValue.init(sqlite:)))
    }

    public func hasColumn(_ name: String) -> Bool { index(of: name) != nil }

    func index(of name: String) -> Int? {
        let key = name.lowercased()
        return columns.firstIndex(of: key)
    }

    func value(_ name: String) -> StoreValue {
        index(of: name).map { values[$0] } ?? .null
    }

    /// A non-null value of a column the store's own query names. Like GRDB's `Row` subscript, a missing column or
    /// an unreadable value is a programming error (a trap), which the contract tests run on both engines catch.
    public subscript<Value: StoreDecodable>(_ name: String) -> Value {
        (try? Value(storeValue: value(name))) ?? Self.fallback()
    }

    public subscript<Value: StoreDecodable>(_ name: String) -> Value? {
        let stored = value(name)
        return stored.isNull ? nil : try? Value(storeValue: stored)
    }

    public subscript<Value: StoreDecodable>(_ position: Int) -> Value {
        (try? Value(storeValue: values[position])) ?? Self.fallback()
    }

    private static func fallback<Value>() -> Value {
        preconditionFailure("colonne absente ou illisible : \(Value.self)")
    }
}
