import Foundation
import GRDB

/// One value bound to a statement or read from a row, the same on SQLite and on PostgreSQL, so that repositories are
/// written once. Dates are instants (`TIMESTAMPTZ` on PostgreSQL, GRDB's UTC text on SQLite); days stay text
/// (`YYYY-MM-DD`) on both engines.
public enum StoreValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
    case bool(Bool)
    case date(Date)

    /// The value as SQLite stores it (GRDB's own encodings: booleans as 0/1, dates as `yyyy-MM-dd HH:mm:ss.SSS` UTC).
    var sqlite: DatabaseValue {
        switch self {
        case .null: .null
        case let .integer(value): value.databaseValue
        case let .real(value): value.databaseValue
        case let .text(value): value.databaseValue
        case let .blob(value): value.databaseValue
        case let .bool(value): value.databaseValue
        case let .date(value): value.databaseValue
        }
    }

    init(sqlite value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case let .int64(integer): self = .integer(integer)
        case let .double(real): self = .real(real)
        case let .string(text): self = .text(text)
        case let .blob(data): self = .blob(data)
        }
    }

    var isNull: Bool { self == .null }
}

/// What a repository may bind: the Swift types the records use.
public protocol StoreBindable: Sendable {
    var storeValue: StoreValue { get }
}

extension Int: StoreBindable { public var storeValue: StoreValue { .integer(Int64(self)) } }
extension Int64: StoreBindable { public var storeValue: StoreValue { .integer(self) } }
extension Double: StoreBindable { public var storeValue: StoreValue { .real(self) } }
extension String: StoreBindable { public var storeValue: StoreValue { .text(self) } }
extension Bool: StoreBindable { public var storeValue: StoreValue { .bool(self) } }
extension Date: StoreBindable { public var storeValue: StoreValue { .date(self) } }
extension Data: StoreBindable { public var storeValue: StoreValue { .blob(self) } }
extension StoreValue: StoreBindable { public var storeValue: StoreValue { self } }
extension Optional: StoreBindable where Wrapped: StoreBindable {
    public var storeValue: StoreValue { self?.storeValue ?? .null }
}
extension RawRepresentable where Self: StoreBindable, RawValue: StoreBindable {
    public var storeValue: StoreValue { rawValue.storeValue }
}

/// A statement's arguments, written as an array literal at the call site (`arguments: [campaignID, item]`), like
/// GRDB's `StatementArguments`, and bound positionally (`?`, or `?N` for the N-th) on both engines.
public struct SQLArguments: Sendable, ExpressibleByArrayLiteral {
    public var values: [StoreValue]

    public init(_ values: [StoreValue]) { self.values = values }
    public init(arrayLiteral elements: (any StoreBindable)?...) { values = elements.map { $0?.storeValue ?? .null } }
    public init(_ elements: [(any StoreBindable)?]) { values = elements.map { $0?.storeValue ?? .null } }

    var sqlite: StatementArguments { StatementArguments(values.map(\.sqlite)) }
}

/// A value read back into a Swift type, whichever engine stored it: SQLite gives booleans as integers and dates as
/// GRDB's text, PostgreSQL gives them typed; numbers from aggregates may come as the other numeric kind.
public protocol StoreDecodable {
    init(storeValue: StoreValue) throws
}

struct StoreDecodingError: Error, CustomStringConvertible {
    let expected: String
    let found: StoreValue
    var description: String { "valeur illisible dans la base : \(expected) attendu, \(found) trouvé" }
}

extension Int64: StoreDecodable {
    public init(storeValue: StoreValue) throws {
        switch storeValue {
        case let .integer(value): self = value
        case let .real(value) where value.rounded() == value: self = Int64(value)
        case let .bool(value): self = value ? 1 : 0
        case let .text(text) where Int64(text) != nil: self = Int64(text)!
        default: throw StoreDecodingError(expected: "entier", found: storeValue)
        }
    }
}

extension Int: StoreDecodable {
    public init(storeValue: StoreValue) throws { self = Int(try Int64(storeValue: storeValue)) }
}

extension Double: StoreDecodable {
    public init(storeValue: StoreValue) throws {
        switch storeValue {
        case let .real(value): self = value
        case let .integer(value): self = Double(value)
        case let .text(text) where Double(text) != nil: self = Double(text)!
        default: throw StoreDecodingError(expected: "nombre", found: storeValue)
        }
    }
}

extension String: StoreDecodable {
    public init(storeValue: StoreValue) throws {
        switch storeValue {
        case let .text(value): self = value
        case let .integer(value): self = String(value)
        case let .real(value): self = String(value)
        case let .blob(data) where String(data: data, encoding: .utf8) != nil: self = String(decoding: data, as: UTF8.self)
        default: throw StoreDecodingError(expected: "texte", found: storeValue)
        }
    }
}

extension Bool: StoreDecodable {
    public init(storeValue: StoreValue) throws {
        switch storeValue {
        case let .bool(value): self = value
        case let .integer(value): self = value != 0
        default: throw StoreDecodingError(expected: "booléen", found: storeValue)
        }
    }
}

extension Date: StoreDecodable {
    public init(storeValue: StoreValue) throws {
        switch storeValue {
        case let .date(value): self = value
        default:
            guard let date = Date.fromDatabaseValue(storeValue.sqlite) else {
                throw StoreDecodingError(expected: "date", found: storeValue)
            }
            self = date
        }
    }
}

extension Data: StoreDecodable {
    public init(storeValue: StoreValue) throws {
        switch storeValue {
        case let .blob(value): self = value
        case let .text(value): self = Data(value.utf8)
        default: throw StoreDecodingError(expected: "données", found: storeValue)
        }
    }
}
