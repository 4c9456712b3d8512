import Foundation
import GRDB

/// Backups, restores and checks of the federation's database, through SQLite's own online backup (GRDB's
/// `backup(to:)`): a copy of the file with `cp` misses what is still in the write-ahead log, a backup does not. On
/// PostgreSQL, through `pg_dump` and `pg_restore` (`PostgresBackup`).
extension AppDatabase {
    /// Writes a consistent copy of the database as it is at the start of the backup, even while the server writes:
    /// the pages are read in one read transaction of the source. The copy goes to a temporary file beside `path`,
    /// checked, then renamed, so that a failed backup never leaves a half-written file under the final name.
    public func backup(to path: String) throws {
        if let postgres = writer.postgres { return try PostgresBackup(postgres.location).dump(to: path) }
        let partial = path + ".partiel"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            let destination = try DatabaseQueue(path: partial, configuration: Self.configuration)
            try sqliteWriter().backup(to: destination)
            let problems = try Self.problems(in: destination)
            try destination.close()
            guard problems.isEmpty else { throw StoreError.invalid("copie incohérente : " + problems.joined(separator: " ; ")) }
            // rename(2) replaces an older backup of the same name atomically.
            guard rename(partial, path) == 0 else { throw StoreError.invalid("impossible d'écrire \(path) (\(String(cString: strerror(errno))))") }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// Replaces this database's content by a backup's, in one step of SQLite's backup API (readers see the old
    /// content or the new one, never a mix), after checking the backup (`checkBackup`). The schema is then brought
    /// up to date, as when the file is opened.
    public func restore(from path: String) throws {
        if let postgres = writer.postgres {
            try PostgresBackup(postgres.location).restore(from: path)
            return try PostgresMigrations.migrate(writer)
        }
        let source = try Self.openBackup(path)
        defer { try? source.close() }
        let writer = try sqliteWriter()
        try source.backup(to: writer)
        try Migrations.migrator.migrate(writer)
    }

    /// Refuses, in French, a file that is missing, not SQLite, damaged, or not a SIP Advisor database.
    public static func checkBackup(_ path: String) throws {
        try openBackup(path).close()
    }

    /// The same for the database `--database` names: a SQLite backup for a file, a `pg_dump` one for a URL.
    public static func checkBackup(_ path: String, for database: String) throws {
        guard PostgresLocation.isURL(database) else { return try checkBackup(path) }
        try PostgresBackup(PostgresLocation(url: database)).check(path)
    }

    private static func openBackup(_ path: String) throws -> DatabaseQueue {
        guard FileManager.default.isReadableFile(atPath: path) else { throw StoreError.invalid("sauvegarde introuvable : \(path)") }
        var configuration = Self.configuration
        configuration.readonly = true
        do {
            let source = try DatabaseQueue(path: path, configuration: configuration)
            let problems = try Self.problems(in: source)
            guard problems.isEmpty else { throw StoreError.invalid("sauvegarde abîmée : " + problems.joined(separator: " ; ")) }
            guard try source.read({ db in try db.tableExists("grdb_migrations") && db.tableExists("campaign") }) else {
                throw StoreError.invalid("\(path) n'est pas une sauvegarde de SIP Advisor")
            }
            return source
        } catch let error as DatabaseError where [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(error.resultCode) {
            throw StoreError.invalid("\(path) n'est pas une base SQLite lisible (fichier abîmé ou d'un autre format)")
        }
    }

    /// What SQLite finds wrong in the database: its integrity check and the rows whose foreign key points nowhere.
    /// Empty when all is well.
    public func problems() throws -> [String] {
        guard let sqlite = writer.sqlite else { return [] }
        return try Self.problems(in: sqlite)
    }

    /// Every table of the federation's data with its number of rows (`StoreTables.all`'s order), on either engine.
    public func rowCounts() throws -> [(table: String, rows: Int)] {
        try writer.read { db in zip(StoreTables.all.map(\.name), try StoreTables.counts(in: db)).map { (table: $0, rows: $1) } }
    }

    /// The SQLite file's writer; on PostgreSQL, backups are `pg_dump`'s (`PostgresBackup`), so this says so.
    private func sqliteWriter() throws -> any DatabaseWriter {
        guard let sqlite = writer.sqlite else {
            throw StoreError.invalid("cette sauvegarde est celle d'un fichier SQLite ; pour PostgreSQL, elle passe par pg_dump")
        }
        return sqlite
    }

    static func problems(in reader: any DatabaseReader) throws -> [String] {
        try reader.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let keys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row -> String in
                let table: String = row["table"], parent: String = row["parent"], rowid: Int64? = row["rowid"]
                return "table \(table), ligne \(rowid.map(String.init) ?? "?") : référence absente dans \(parent)"
            }
            return integrity + keys
        }
    }
}
