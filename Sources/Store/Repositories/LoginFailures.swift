import Foundation

/// The failed logins `LoginThrottle` (Web) counts, kept in the database so that two servers of one federation (behind
/// a load balancer) share one budget instead of each allowing the whole of it. The policy (allowances, delays) stays
/// in `LoginThrottle`; this repository only reads and writes the counts, each decision in one write transaction,
/// which both engines serialise (PostgreSQL with the store's advisory lock): two servers cannot both reserve the last
/// check of an allowance.
public struct LoginFailures: Sendable {
    let writer: StoreWriter

    /// Failures of one key (an account's normalised address or a client's address) and the time of the last one.
    public struct Count: Sendable, Equatable {
        public var failures: Int
        public var last: Date

        public init(failures: Int, last: Date) { self.failures = failures; self.last = last }
    }

    /// The two counts a login attempt is judged on; `nil` when the key has no failure remembered.
    public struct Attempt: Sendable, Equatable {
        public var account: Count?
        public var client: Count?

        public init(account: Count? = nil, client: Count? = nil) { self.account = account; self.client = client }
    }

    /// The counts of an attempt, ignoring failures at or before `since` (forgotten).
    public func read(account: String, client: String, since: Date) throws -> Attempt {
        try writer.read { db in try Self.attempt(db, account, client, since) }
    }

    /// Reads the counts, lets `change` decide and change them, and writes back what it changed, in one write
    /// transaction. Failures at or before `since`, of every key, are deleted first: the table holds only what the
    /// throttle still remembers, however many invented addresses were tried. A count brought to zero is deleted.
    public func update<T>(account: String, client: String, since: Date, _ change: (inout Attempt) throws -> T) throws -> T {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM loginFailure WHERE lastFailure <= ?", arguments: [since])
            let before = try Self.attempt(db, account, client, since)
            var after = before
            let result = try change(&after)
            if after.account != before.account { try Self.store(db, .account, account, after.account) }
            if after.client != before.client { try Self.store(db, .client, client, after.client) }
            return result
        }
    }

    private enum Kind: String { case account, client }

    private static func attempt(_ db: StoreDB, _ account: String, _ client: String, _ since: Date) throws -> Attempt {
        let rows = try db.rows(sql: """
            SELECT kind, failures, lastFailure FROM loginFailure
            WHERE ((kind = 'account' AND subject = ?) OR (kind = 'client' AND subject = ?)) AND lastFailure > ?
            """, arguments: [account, client, since])
        var attempt = Attempt()
        for row in rows {
            let count = Count(failures: row["failures"], last: row["lastFailure"])
            if (row["kind"] as String) == Kind.account.rawValue { attempt.account = count } else { attempt.client = count }
        }
        return attempt
    }

    private static func store(_ db: StoreDB, _ kind: Kind, _ subject: String, _ count: Count?) throws {
        guard let count, count.failures > 0 else {
            try db.execute(sql: "DELETE FROM loginFailure WHERE kind = ? AND subject = ?", arguments: [kind.rawValue, subject])
            return
        }
        try db.execute(sql: """
            INSERT INTO loginFailure (kind, subject, failures, lastFailure) VALUES (?, ?, ?, ?)
            ON CONFLICT (kind, subject) DO UPDATE SET failures = excluded.failures, lastFailure = excluded.lastFailure
            """, arguments: [kind.rawValue, subject, count.failures, count.last])
    }
}
