import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO

/// A PostgreSQL database used synchronously, as the repositories use GRDB: PostgresNIO's `EventLoopFuture` API,
/// waited on from the caller's thread (never one of this store's own event loops), over a small pool of
/// connections. Why not `PostgresClient`: it is async-only, and the store's API is synchronous on both engines.
public final class PostgresStore: Sendable {
    public let location: PostgresLocation
    private let configuration: PostgresConnection.Configuration
    private let group: MultiThreadedEventLoopGroup
    private let idle = NIOLockedValueBox<[PostgresConnection]>([])
    private let logger = Logger(label: "sipadvisor.postgres")
    /// Connections kept open for reuse; more may be opened under load, and are closed when returned beyond this.
    private let keptOpen: Int

    public init(_ location: PostgresLocation) throws {
        self.location = location
        keptOpen = location.keptConnections
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: location.requiresTLS ? .require(try NIOSSLContext(configuration: .makeClientConfiguration())) : .disable)
        if let schema = location.schema {
            configuration.options.additionalStartupParameters = [("options", "-c search_path=\(schema)")]
        }
        self.configuration = configuration
    }

    /// Closes the kept connections and stops the store's event loop; waits for both (the store is released by its
    /// owner's thread, never by one of its own event loops).
    deinit {
        for connection in idle.withLockedValue({ $0 }) { Self.close(connection, waiting: true) }
        try? group.syncShutdownGracefully()
    }

    /// Closes the connections kept open now (a later transaction opens new ones): what a process releasing a
    /// federation does, and the tests, whose web apps may outlive them.
    public func closeConnections() {
        for connection in idle.withLockedValue({ idle in defer { idle.removeAll() }; return idle }) {
            Self.close(connection, waiting: true)
        }
    }

    /// PostgresNIO wants a connection closed before it is released: the closing future keeps it alive until then.
    private static func close(_ connection: PostgresConnection, waiting: Bool) {
        let closing: EventLoopFuture<Void> = connection.close()
        if waiting { try? closing.wait() } else { closing.whenComplete { _ in withExtendedLifetime(connection) {} } }
    }

    /// One transaction on one connection: `REPEATABLE READ READ ONLY` for reads (one snapshot, like SQLite's WAL
    /// readers), and for writes a transaction-scoped advisory lock so that writes are serialised as on SQLite.
    func transaction<T>(writing: Bool, _ body: (PostgresSession) throws -> T) throws -> T {
        let session = PostgresSession(connection: try checkOut(), logger: logger)
        var healthy = true
        defer { checkIn(session.connection, healthy: healthy) }
        do {
            _ = try session.run(writing ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", [])
            if writing { _ = try session.run("SELECT pg_advisory_xact_lock(\(writeLock))", []) }
            let result = try body(session)
            _ = try session.run("COMMIT", [])
            return result
        } catch {
            do { _ = try session.run("ROLLBACK", []) } catch { healthy = false }
            throw PostgresStoreError.wrapping(error)
        }
    }

    /// The advisory lock every write transaction takes: one per database ("SIPA" in ASCII), or one per schema when the
    /// federation lives in a schema (`?schema=`), so that federations sharing a database (the tests) never wait on
    /// each other's writes.
    var writeLock: Int64 {
        guard let schema = location.schema else { return 0x5349_5041 }
        // FNV-1a over the schema name: stable across processes (Swift's `hashValue` is seeded per process).
        return Int64(bitPattern: schema.utf8.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 })
    }

    private func checkOut() throws -> PostgresConnection {
        if let connection = idle.withLockedValue({ $0.popLast() }), !connection.isClosed { return connection }
        do {
            return try PostgresConnection.connect(on: group.next(), configuration: configuration, id: 0, logger: logger).wait()
        } catch {
            throw PostgresStoreError.unreachable(location, error)
        }
    }

    private func checkIn(_ connection: PostgresConnection, healthy: Bool) {
        let kept = healthy && !connection.isClosed && idle.withLockedValue { idle in
            guard idle.count < keptOpen else { return false }
            idle.append(connection)
            return true
        }
        if !kept { Self.close(connection, waiting: false) }
    }
}
