import Foundation

/// Decodes a `Codable` record from a `StoredRow`, the way GRDB's `FetchableRecord` does on SQLite: one column per
/// property (names matched case-insensitively), primitive values read by `StoreDecodable`, and any other property
/// from the JSON text stored in its column. Written by hand because PostgresNIO decodes cells one by one, not
/// records; only the PostgreSQL path uses it (SQLite keeps GRDB's own, faster, decoding).
struct StoredRowDecoder: Decoder {
    let row: StoredRow
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RowContainer<Key>(row: row))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "une ligne n'est pas une liste"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(Any.self, .init(codingPath: codingPath, debugDescription: "une ligne n'est pas une valeur"))
    }
}

private struct RowContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let row: StoredRow
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { row.columns.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { row.hasColumn(key.stringValue) }

    func decodeNil(forKey key: Key) throws -> Bool { row.value(key.stringValue).isNull }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try ColumnValue(value: row.value(key.stringValue), key: key).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "colonne composée non prise en charge")
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "colonne composée non prise en charge")
    }

    func superDecoder() throws -> any Decoder { throw DecodingError.dataCorruptedError(forKey: Key(stringValue: "super")!, in: self, debugDescription: "") }
    func superDecoder(forKey key: Key) throws -> any Decoder { try superDecoder() }
}

/// One column's value decoded into a property: a primitive directly, an enum through its raw value, anything else
/// from JSON text (GRDB's convention for nested `Codable` values).
private struct ColumnValue: Decoder, SingleValueDecodingContainer {
    let value: StoreValue
    let key: any CodingKey
    var codingPath: [any CodingKey] { [key] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let primitive = type as? any StoreDecodable.Type {
            do { return try primitive.init(storeValue: value) as! T } catch {
                throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "\(error)"))
            }
        }
        if case let .text(json) = value, let data = json.data(using: .utf8),
           let decoded = try? JSONDecoder().decode(T.self, from: data) {
            return decoded
        }
        return try T(from: self)
    }

    func decodeNil() -> Bool { value.isNull }
    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "objet attendu en JSON"))
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "liste attendue en JSON"))
    }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decode(_ type: Bool.Type) throws -> Bool { try Bool(storeValue: value) }
    func decode(_ type: String.Type) throws -> String { try String(storeValue: value) }
    func decode(_ type: Double.Type) throws -> Double { try Double(storeValue: value) }
    func decode(_ type: Float.Type) throws -> Float { Float(try Double(storeValue: value)) }
    func decode(_ type: Int.Type) throws -> Int { try Int(storeValue: value) }
    func decode(_ type: Int8.Type) throws -> Int8 { Int8(try Int64(storeValue: value)) }
    func decode(_ type: Int16.Type) throws -> Int16 { Int16(try Int64(storeValue: value)) }
    func decode(_ type: Int32.Type) throws -> Int32 { Int32(try Int64(storeValue: value)) }
    func decode(_ type: Int64.Type) throws -> Int64 { try Int64(storeValue: value) }
    func decode(_ type: UInt.Type) throws -> UInt { UInt(try Int64(storeValue: value)) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { UInt8(try Int64(storeValue: value)) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { UInt16(try Int64(storeValue: value)) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { UInt32(try Int64(storeValue: value)) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { UInt64(try Int64(storeValue: value)) }
}
