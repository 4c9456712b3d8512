import Foundation
import GRDB

/// The federation's database: one SQLite file (a GRDB `DatabasePool` in WAL mode, the embedded default), an in-memory
/// `DatabaseQueue` in tests (GRDB's own demo app style), or one PostgreSQL database (`PostgresStore`). The
/// migrations are private to the store; each repository is a small value over the same `StoreWriter`, and every
/// write is one transaction.
///
/// ```swift
/// let database = try AppDatabase.file(path: "sipadvisor.sqlite")
/// let team = try database.teams.add(name: "MSP des Hirondelles (fictive)", fictional: true)
/// ```
public struct AppDatabase: Sendable {
    public let writer: StoreWriter
    /// "Now" for every timestamp the store writes (answers, sessions, actions): tests fix it.
    public let clock: @Sendable () -> Date

    public init(_ writer: any DatabaseWriter, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        self.writer = StoreWriter(.sqlite(writer))
        self.clock = clock
        try Migrations.migrator.migrate(writer)
    }

    /// One PostgreSQL database (or one schema of it, `?schema=`), migrated on opening under the write lock, so that
    /// two servers starting together apply each migration once.
    public init(postgres store: PostgresStore, clock: @escaping @Sendable () -> Date = { Date() }) throws {
        writer = StoreWriter(.postgres(store))
        self.clock = clock
        try PostgresMigrations.migrate(writer)
    }

    /// `--database`'s value: a `postgres://` URL, else a SQLite file path.
    public static func open(_ location: String, clock: @escaping @Sendable () -> Date = { Date() }) throws -> AppDatabase {
        if PostgresLocation.isURL(location) {
            return try AppDatabase(postgres: PostgresStore(PostgresLocation(url: location)), clock: clock)
        }
        return try file(path: location, clock: clock)
    }

    /// Foreign keys on (GRDB's default, stated because the schema relies on them) and a 5 s wait on a busy file.
    public static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        return configuration
    }

    /// Closes the PostgreSQL connections kept open (they reopen on the next use); nothing to do on SQLite, whose
    /// file closes with the last reference.
    public func closeConnections() { writer.postgres?.closeConnections() }

    /// How messages name a `--database` value: a PostgreSQL URL without its password, a file path as typed.
    public static func displayName(_ location: String) -> String {
        PostgresLocation.isURL(location) ? PostgresLocation.redacted(location) : location
    }

    /// One SQLite file in WAL mode: concurrent readers, one writer.
    public static func file(path: String, clock: @escaping @Sendable () -> Date = { Date() }) throws -> AppDatabase {
        try AppDatabase(DatabasePool(path: path, configuration: configuration), clock: clock)
    }

    /// A fresh database in memory, for tests.
    public static func inMemory(clock: @escaping @Sendable () -> Date = { Date() }) throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration), clock: clock)
    }

    public var teams: Teams { Teams(writer: writer, clock: clock) }
    public var campaigns: Campaigns { Campaigns(writer: writer, clock: clock) }
    public var answers: Answers { Answers(writer: writer, clock: clock) }
    public var actionPlans: ActionPlans { ActionPlans(writer: writer, clock: clock) }
    public var accounts: Accounts { Accounts(writer: writer, clock: clock) }
    public var webSessions: WebSessions { WebSessions(writer: writer, clock: clock) }
    public var loginFailures: LoginFailures { LoginFailures(writer: writer) }
    public var passwordResets: PasswordResets { PasswordResets(writer: writer, clock: clock) }
    public var userGroups: UserGroups { UserGroups(writer: writer, clock: clock) }
    public var products: Products { Products(writer: writer, clock: clock) }
    public var evaluations: Evaluations { Evaluations(writer: writer, clock: clock) }
    public var observations: Observations { Observations(writer: writer, clock: clock) }
    public var auditLog: AuditLog { AuditLog(writer: writer, clock: clock) }
    public var dataRights: DataRights { DataRights(writer: writer, clock: clock) }
    public var teamSoftware: TeamSoftware { TeamSoftware(writer: writer, clock: clock) }
    public var facilitators: FacilitatorPool { FacilitatorPool(writer: writer, clock: clock) }
    public var followUps: FollowUps { FollowUps(writer: writer, clock: clock) }
    public var federationOverview: FederationOverview { FederationOverview(writer: writer, clock: clock) }
}
