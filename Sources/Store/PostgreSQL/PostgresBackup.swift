import Foundation

/// Backups of a PostgreSQL store by PostgreSQL's own tools (Debian package `postgresql-client`): `pg_dump
/// --format=custom` (a consistent snapshot, even while the server writes) and `pg_restore --clean --if-exists
/// --single-transaction` (the old content is replaced in one transaction: all or nothing). With `?schema=`, only
/// that schema is dumped. The password goes to the tools in the `PGPASSWORD` environment variable, never on their
/// command line, which other users of the machine can read (`ps`).
public struct PostgresBackup: Sendable {
    public let location: PostgresLocation
    public var tools: ExecutableSearch

    public init(_ location: PostgresLocation, tools: ExecutableSearch = .fromEnvironment) {
        self.location = location
        self.tools = tools
    }

    public enum Tool: String, Sendable {
        case pgDump = "pg_dump", pgRestore = "pg_restore"

        public var debianPackage: String { "postgresql-client" }
    }

    /// Why a backup or a restore failed, in French, naming what to install.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case missingTool(Tool)
        case toolFailed(Tool, detail: String)
        case notABackup(String)

        public var description: String {
            switch self {
            case let .missingTool(tool):
                "\(tool.rawValue) n'est pas installé (paquet Debian \(tool.debianPackage)\u{00A0}; lancez scripts/setup)"
            case let .toolFailed(tool, detail):
                "\(tool.rawValue) a échoué (\(detail))"
            case let .notABackup(path):
                "\(path) n'est pas une sauvegarde PostgreSQL de sipadvisor backup (format personnalisé de pg_dump)"
            }
        }
    }

    /// Dumps the database to a temporary file beside `path`, then renames it: a failed backup never leaves a
    /// half-written file under the final name, and an older backup of that name is replaced atomically.
    public func dump(to path: String) throws {
        let partial = path + ".partiel"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            try run(.pgDump, ["--format=custom", "--file=\(partial)"] + (location.schema.map { ["--schema=\($0)"] } ?? []) + connection)
            guard rename(partial, path) == 0 else { throw StoreError.invalid("impossible d'écrire \(path) (\(String(cString: strerror(errno))))") }
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// Refuses a file that is missing or that `pg_restore` cannot read as a custom-format dump.
    public func check(_ path: String) throws {
        guard FileManager.default.isReadableFile(atPath: path) else { throw StoreError.invalid("sauvegarde introuvable : \(path)") }
        do { try run(.pgRestore, ["--list", path]) } catch Failure.toolFailed {
            throw Failure.notABackup(path)
        }
    }

    /// Replaces the database's content by the backup's in one transaction (`--no-owner`: the objects belong to the
    /// URL's user, whoever made the backup).
    public func restore(from path: String) throws {
        try check(path)
        try run(.pgRestore, ["--clean", "--if-exists", "--single-transaction", "--no-owner", "--exit-on-error"] + connection + [path])
    }

    /// Where to connect, without the password (`PGPASSWORD`).
    private var connection: [String] {
        ["--host=\(location.host)", "--port=\(location.port)", "--username=\(location.user)", "--dbname=\(location.database)", "--no-password"]
    }

    private var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = location.password
        if location.requiresTLS { environment["PGSSLMODE"] = "require" }
        return environment
    }

    private func run(_ tool: Tool, _ arguments: [String]) throws {
        guard let executable = tools.locate([tool.rawValue]) else { throw Failure.missingTool(tool) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch { throw Failure.toolFailed(tool, detail: error.localizedDescription) }
        // Read to the end before waiting: a tool blocked on a full pipe would never exit.
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let last = message.split(whereSeparator: \.isNewline).last.map { ", " + $0.prefix(300) } ?? ""
            throw Failure.toolFailed(tool, detail: "code \(process.terminationStatus)\(last)")
        }
    }
}
