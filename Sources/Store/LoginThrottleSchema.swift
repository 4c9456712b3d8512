import GRDB

/// Failed logins as `LoginThrottle` (Web) counts them: one row per account (its normalised address) and one per
/// client address, so that every server of a federation reads and writes the same counts. Rows older than the
/// throttle's memory are deleted by the next write (`LoginFailures.update`), through `loginFailure_lastFailure`.
enum LoginThrottleSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "loginFailure") { t in
            t.column("kind", .text).notNull().check { ["account", "client"].contains($0) }
            t.column("subject", .text).notNull()
            t.column("failures", .integer).notNull().check { $0 > 0 }
            t.column("lastFailure", .datetime).notNull()
            t.primaryKey(["kind", "subject"])
        }
        try db.create(index: "loginFailure_lastFailure", on: "loginFailure", columns: ["lastFailure"])
    }
}
