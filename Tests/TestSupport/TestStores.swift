import Foundation
import Store

/// The store a test runs on. By default an in-memory SQLite database; with `SIPADVISOR_TEST_ENGINE=postgres` (set by
/// `scripts/test` for its second pass) a fresh schema of the PostgreSQL server `SIPADVISOR_TEST_POSTGRES` names, so
/// the same repository, use-case and web tests run on both engines. Tests of what only SQLite has (file backups,
/// WAL, query plans) open SQLite themselves.
public enum TestStores {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The PostgreSQL server `scripts/test` started (`scripts/postgres start`), if any.
    public static var postgresURL: String? { environment["SIPADVISOR_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 } }

    public static var usesPostgres: Bool { environment["SIPADVISOR_TEST_ENGINE"] == "postgres" }

    /// A fresh, empty, migrated store on the engine of this pass.
    public static func make(clock: @escaping @Sendable () -> Date = { Date() }) throws -> AppDatabase {
        usesPostgres ? try postgres(clock: clock) : try AppDatabase.inMemory(clock: clock)
    }

    /// A fresh store that is a SQLite file at `path` on the SQLite pass (the web tests' server), or a fresh PostgreSQL
    /// schema on the PostgreSQL pass.
    public static func make(sqliteFile path: String, clock: @escaping @Sendable () -> Date = { Date() }) throws -> AppDatabase {
        usesPostgres ? try postgres(clock: clock) : try AppDatabase.file(path: path, clock: clock)
    }

    /// A fresh schema of the test server.
    public static func postgres(clock: @escaping @Sendable () -> Date = { Date() }) throws -> AppDatabase {
        guard let url = postgresURL else {
            throw StoreError.invalid("SIPADVISOR_TEST_POSTGRES n'est pas défini : lancez scripts/test (qui démarre PostgreSQL)")
        }
        return try AppDatabase.open(freshSchemaURL(url), clock: clock)
    }

    /// The URL of a fresh schema (`t_` and 20 random characters, created when first opened) of the server `url`
    /// names: for tests that pass a `--database` URL to the command line.
    public static func freshSchemaURL(_ url: String) -> String {
        url + (url.contains("?") ? "&" : "?") + "schema=t_\(Token.make().prefix(20))&pool=2"
    }
}
