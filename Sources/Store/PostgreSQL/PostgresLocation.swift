import Foundation
import PostgresNIO

/// A PostgreSQL database named by a `postgres://user:password@host:port/database` URL (`postgresql://` too), with
/// `?sslmode=require` for TLS, `?schema=NAME` to work in one schema (the tests' isolation) and `?pool=N` for how many
/// connections a process keeps open (8 by default; a server opens more under load and closes them after).
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var requiresTLS: Bool
    public var schema: String?
    public var keptConnections = 8

    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(url text: String) throws {
        guard Self.isURL(text), let url = URLComponents(string: text), let host = url.host, !host.isEmpty,
              let user = url.user, !user.isEmpty else {
            throw StoreError.invalid("adresse PostgreSQL illisible : attendu postgres://utilisateur:motdepasse@hôte:port/base")
        }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else { throw StoreError.invalid("adresse PostgreSQL sans nom de base : « \(Self.withoutPassword(text)) »") }
        self.host = host
        port = url.port ?? 5432
        self.user = user.removingPercentEncoding ?? user
        password = url.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database
        let query = Dictionary((url.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        requiresTLS = ["require", "verify-full", "verify-ca"].contains(query["sslmode"] ?? "")
        schema = try query["schema"].map(Self.checkedSchema)
        if let pool = query["pool"] {
            guard let count = Int(pool), (1...100).contains(count) else {
                throw StoreError.invalid("adresse PostgreSQL : pool=\(pool) attendu entre 1 et 100")
            }
            keptConnections = count
        }
    }

    /// The URL without its password, for messages and logs.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (schema.map { "?schema=\($0)" } ?? "")
    }

    /// The URL again, password included: to open a second store on the same database (tests, `migrate`).
    public var urlForTests: String {
        var components = URLComponents()
        components.scheme = "postgres"; components.host = host; components.port = port
        components.user = user; components.password = password; components.path = "/" + database
        var query = [URLQueryItem(name: "pool", value: String(keptConnections))]
        if requiresTLS { query.append(URLQueryItem(name: "sslmode", value: "require")) }
        if let schema { query.append(URLQueryItem(name: "schema", value: schema)) }
        components.queryItems = query
        return components.string ?? description
    }

    public static func redacted(_ text: String) -> String {
        (try? PostgresLocation(url: text))?.description ?? withoutPassword(text)
    }

    /// The text with what stands between `user:` and `@` masked, for a URL too broken to be read.
    private static func withoutPassword(_ text: String) -> String {
        text.replacingOccurrences(of: #":[^:@/]*@"#, with: ":***@", options: .regularExpression)
    }

    /// A schema name goes into the connection's `search_path` option, so only plain identifiers are accepted.
    private static func checkedSchema(_ name: String) throws -> String {
        guard !name.isEmpty, name.count <= 63, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
            throw StoreError.invalid("schéma PostgreSQL « \(name) » : lettres minuscules, chiffres et _ seulement")
        }
        return name
    }
}

/// PostgreSQL failures in French, with the server's own detail kept for the operator.
public struct PostgresStoreError: Error, CustomStringConvertible {
    public let description: String
    /// The SQLSTATE when the server refused a statement (23505 unique violation, 23514 check violation…).
    public let sqlState: String?

    static func unreachable(_ location: PostgresLocation, _ error: any Error) -> PostgresStoreError {
        PostgresStoreError(description: "base PostgreSQL injoignable (\(location)) : \(String(reflecting: error))", sqlState: nil)
    }

    static func wrapping(_ error: any Error) -> any Error {
        guard let error = error as? PSQLError else { return error }
        let state = error.serverInfo?[.sqlState]
        let message = error.serverInfo?[.message] ?? String(describing: error.code)
        return PostgresStoreError(description: "PostgreSQL a refusé l'opération : \(message)", sqlState: state)
    }
}
