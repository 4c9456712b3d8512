import Foundation

/// Applies `PostgresSchema.migrations` in order, each once, recorded in `sipadvisor_migration`, inside the write
/// transaction (its advisory lock makes concurrent starts safe).
enum PostgresMigrations {
    static func migrate(_ writer: StoreWriter) throws {
        try writer.write { db in
            // A federation may live in its own schema of a shared database (`?schema=`; the tests give each test one).
            if let schema = writer.postgres?.location.schema { try db.execute(sql: "CREATE SCHEMA IF NOT EXISTS \(schema)") }
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS sipadvisor_migration (name TEXT PRIMARY KEY, appliedAt TIMESTAMPTZ NOT NULL)")
            let applied = Set(try String.fetchAll(db, sql: "SELECT name FROM sipadvisor_migration"))
            for migration in PostgresSchema.migrations where !applied.contains(migration.name) {
                // One round trip for the whole script: PL/pgSQL's EXECUTE runs several statements, where PostgresNIO's
                // extended protocol takes one per query (the ~100 statements of the schema would each wait a reply).
                precondition(!migration.sql.contains("$sipadvisor_"), "dollar tag used by the migration wrapper")
                try db.execute(sql: "DO $sipadvisor_migration$ BEGIN EXECUTE $sipadvisor_sql$\n\(migration.sql)\n$sipadvisor_sql$; END $sipadvisor_migration$")
                try db.execute(sql: "INSERT INTO sipadvisor_migration (name, appliedAt) VALUES (?, ?)", arguments: [migration.name, Date()])
            }
        }
    }
}
