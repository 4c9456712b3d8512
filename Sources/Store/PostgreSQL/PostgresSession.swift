import Foundation
import Logging
import NIOCore
import PostgresNIO

/// One checked-out connection inside a transaction: runs the store's portable SQL (`?` placeholders) and reads rows
/// into `StoredRow`s.
final class PostgresSession {
    let connection: PostgresConnection
    private let logger: Logger
    private(set) var lastChangesCount = 0

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    func run(_ sql: String, _ arguments: [StoreValue]) throws -> [StoredRow] {
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments { try Self.bind(argument, into: &bindings) }
        let query = PostgresQuery(unsafeSQL: PostgresSQL.numbered(sql), binds: bindings)
        let result: PostgresQueryResult
        do {
            result = try connection.query(query, logger: logger).wait()
        } catch {
            throw PostgresStoreError.wrapping(error)
        }
        lastChangesCount = result.metadata.rows ?? 0
        return try result.rows.map(Self.storedRow)
    }

    private static func bind(_ value: StoreValue, into bindings: inout PostgresBindings) throws {
        switch value {
        case .null: bindings.appendNull()
        case let .integer(integer): bindings.append(integer)
        case let .real(real): bindings.append(real)
        case let .text(text): bindings.append(text)
        case let .bool(bool): bindings.append(bool)
        case let .date(date): bindings.append(date)
        case let .blob(data): bindings.append(ByteBuffer(bytes: data))
        }
    }

    /// A row's cells as store values, by PostgreSQL type (the schema uses BIGINT, DOUBLE PRECISION, TEXT, BOOLEAN,
    /// TIMESTAMPTZ and BYTEA; aggregates may add INT4, NUMERIC and others).
    static func storedRow(_ row: PostgresRow) throws -> StoredRow {
        var columns: [String] = [], values: [StoreValue] = []
        columns.reserveCapacity(row.count); values.reserveCapacity(row.count)
        for cell in row {
            columns.append(cell.columnName)
            values.append(try storeValue(cell))
        }
        return StoredRow(columns: columns, values: values)
    }

    private static func storeValue(_ cell: PostgresCell) throws -> StoreValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid: return .integer(try cell.decode(Int64.self))
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .numeric:
            let decimal = try cell.decode(Decimal.self)
            let real = NSDecimalNumber(decimal: decimal).doubleValue
            return real.rounded() == real && abs(real) < 9e15 ? .integer(Int64(real)) : .real(real)
        case .bool: return .bool(try cell.decode(Bool.self))
        case .timestamptz, .timestamp: return .date(try cell.decode(Date.self))
        case .bytea: return .blob(Data(try cell.decode(ByteBuffer.self).readableBytesView))
        default: return .text(try cell.decode(String.self))
        }
    }
}

/// The store's SQL as PostgreSQL takes it: `?` placeholders become `$1`, `$2`…, and `?N` becomes `$N`; quoted text,
/// quoted names and comments are left alone.
enum PostgresSQL {
    static func numbered(_ sql: String) -> String {
        guard sql.contains("?") else { return sql }
        var output = "", next = 1, quote: Character? = nil, inComment = false
        var characters = sql.makeIterator(), pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if inComment {
                output.append(character)
                if character == "\n" { inComment = false }
            } else if let open = quote {
                output.append(character)
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character; output.append(character)
            } else if character == "-", output.last == "-" {
                inComment = true; output.append(character)
            } else if character == "?" {
                var digits = ""
                while let digit = characters.next() {
                    if digit.isASCII, digit.isNumber { digits.append(digit) } else { pending = digit; break }
                }
                if digits.isEmpty { output += "$\(next)"; next += 1 } else { output += "$\(digits)" }
            } else {
                output.append(character)
            }
        }
        return output
    }
}

extension PostgresSQL {
    /// Splits a script into statements at top-level `;`, keeping quoted text, quoted names, `$$` bodies (plpgsql
    /// functions) and comments whole: PostgreSQL's extended protocol, which PostgresNIO uses, runs one statement
    /// per query, while migrations and SQLite's `execute` take scripts.
    static func statements(_ script: String) -> [String] {
        let characters = Array(script)
        var statements: [String] = [], start = 0, index = 0
        func flush(upTo end: Int) {
            let statement = String(characters[start..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
            if !statement.isEmpty { statements.append(statement) }
        }
        while index < characters.count {
            switch characters[index] {
            case "'", "\"":
                let quote = characters[index]
                index += 1
                while index < characters.count, characters[index] != quote { index += 1 }
            case "-" where index + 1 < characters.count && characters[index + 1] == "-":
                while index < characters.count, characters[index] != "\n" { index += 1 }
            case "$":
                // A dollar-quoted body: `$$ … $$` or `$tag$ … $tag$`.
                var end = index + 1
                while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_" { end += 1 }
                if end < characters.count, characters[end] == "$" {
                    let tag = Array(characters[index...end])
                    index = end + 1
                    while index < characters.count, !characters[index...].starts(with: tag) { index += 1 }
                    index += tag.count - 1
                }
            case ";":
                flush(upTo: index)
                start = index + 1
            default: break
            }
            index += 1
        }
        flush(upTo: min(index, characters.count))
        return statements
    }
}
