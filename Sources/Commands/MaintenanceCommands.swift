import ArgumentParser
import Foundation
import Store

/// `sipadvisor backup`: a consistent copy of the live database, safe while `serve` runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Sauvegarder la base (cohérente même pendant que le serveur écrit).",
        discussion: """
        Utilise la sauvegarde en ligne de SQLite : une copie du fichier avec cp peut perdre les dernières réponses. \
        Avec une adresse postgres://, utilise pg_dump (paquet Debian postgresql-client).
        """)

    @Option(help: "Base de la fédération : un fichier SQLite, ou une adresse postgres://utilisateur:motdepasse@hôte/base.") var database = "sipadvisor.sqlite"
    @Option(help: "Fichier de sauvegarde à écrire (remplacé s'il existe).") var out: String

    func validate() throws {
        if MaintenanceStore.sameLocation(out, database) {
            throw ValidationError("--out : la sauvegarde ne peut pas remplacer la base elle-même.")
        }
    }

    func run() throws {
        let store = try MaintenanceStore.open(database, mustExist: true)
        do { try store.backup(to: out) } catch let error as PostgresBackup.Failure {
            throw MaintenanceStore.toolFailure(error, "sauvegarde impossible vers \(out)")
        } catch {
            Console.error("erreur\u{00A0}: sauvegarde impossible vers \(out) (\(error))")
            throw ExitStatus.cannotCreate
        }
        print("Sauvegarde écrite\u{00A0}: \(out)")
    }
}

/// `sipadvisor restore`: puts a backup's content back, after checking it.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Restaurer une sauvegarde (arrêtez le serveur avant).")

    @Option(help: "Base de la fédération à remplacer : un fichier SQLite, ou une adresse postgres:// (pg_restore).") var database = "sipadvisor.sqlite"
    @Option(name: .customLong("from"), help: "Sauvegarde écrite par sipadvisor backup.") var backup: String
    @Flag(help: "Remplacer le contenu d'une base qui contient déjà des données.") var replace = false

    func run() throws {
        do { try AppDatabase.checkBackup(backup, for: database) } catch let error as PostgresBackup.Failure {
            throw MaintenanceStore.toolFailure(error, "restauration impossible")
        } catch {
            Console.error("erreur\u{00A0}: \(error)\u{00A0}; rien n'a été modifié.")
            throw ExitStatus.dataError
        }
        let store = try MaintenanceStore.open(database, mustExist: false)
        let teams = (try? store.teams.all().count) ?? 0
        if teams > 0 && !replace {
            Console.error("erreur\u{00A0}: \(AppDatabase.displayName(database)) contient déjà \(teams) équipe(s)\u{00A0}; ajoutez --replace pour remplacer son contenu par la sauvegarde.")
            throw ExitStatus.dataError
        }
        do { try store.restore(from: backup) } catch let error as PostgresBackup.Failure {
            throw MaintenanceStore.toolFailure(error, "restauration impossible")
        } catch let error as StoreError {
            Console.error("erreur\u{00A0}: \(error)")
            throw ExitStatus.dataError
        } catch {
            Console.error("erreur\u{00A0}: restauration impossible (\(error))\u{00A0}; rien n'a été modifié.")
            throw ExitStatus.ioError
        }
        print("Sauvegarde \(backup) restaurée dans \(AppDatabase.displayName(database)).")
    }
}

/// `sipadvisor check`: SQLite's integrity check and foreign keys.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Vérifier la base : intégrité du fichier et références entre tables.")

    @Option(help: "Base de la fédération : un fichier SQLite, ou une adresse postgres://utilisateur:motdepasse@hôte/base.") var database = "sipadvisor.sqlite"

    func run() throws {
        let store = try MaintenanceStore.open(database, mustExist: true)
        if store.writer.postgres != nil { return try reportPostgres(store) }
        let problems: [String]
        do { problems = try store.problems() } catch {
            Console.error("erreur\u{00A0}: vérification impossible (\(error))")
            throw ExitStatus.ioError
        }
        guard problems.isEmpty else {
            for problem in problems { Console.error("\(database)\u{00A0}: \(problem)") }
            Console.error("\(problems.count) problème(s)\u{00A0}: restaurez la dernière sauvegarde saine (sipadvisor restore).")
            throw ExitStatus.dataError
        }
        print("\(database)\u{00A0}: intégrité vérifiée, aucune référence manquante.")
    }

    /// PostgreSQL checks its pages and every foreign key itself, at each write: what is left to check is that the
    /// database answers, with its schema up to date (opening it migrated it) and its tables readable.
    private func reportPostgres(_ store: AppDatabase) throws {
        let counts: [(table: String, rows: Int)]
        do { counts = try store.rowCounts() } catch {
            Console.error("erreur\u{00A0}: vérification impossible (\(error))")
            throw ExitStatus.ioError
        }
        print("\(AppDatabase.displayName(database))\u{00A0}: connexion établie, schéma à jour, "
              + "\(counts.count) tables lisibles, \(counts.map(\.rows).reduce(0, +)) lignes. "
              + "L'intégrité des fichiers et des références est vérifiée par PostgreSQL à chaque écriture "
              + "(la vérification de fichier de check concerne SQLite).")
    }
}

enum MaintenanceStore {
    /// `--database`'s store, a SQLite file or a `postgres://` URL. `mustExist`: a missing SQLite file is refused
    /// rather than created empty (a PostgreSQL database is never created here).
    static func open(_ location: String, mustExist: Bool) throws -> AppDatabase {
        if mustExist && !PostgresLocation.isURL(location) && !FileManager.default.fileExists(atPath: location) {
            Console.error("erreur\u{00A0}: base introuvable\u{00A0}: \(location)")
            throw ExitStatus.noInput
        }
        do { return try AppDatabase.open(location) } catch {
            Console.error("\(AppDatabase.displayName(location))\u{00A0}: base de données impossible à ouvrir (\(error))")
            throw ExitStatus.ioError
        }
    }

    /// A `pg_dump`/`pg_restore` failure: a missing tool is the machine's (exit 69, naming the Debian package), a file
    /// that is not a backup is the user's (65), anything else the database's (74). Nothing was modified.
    static func toolFailure(_ failure: PostgresBackup.Failure, _ what: String) -> ExitCode {
        Console.error("erreur\u{00A0}: \(what)\u{00A0}: \(failure)\u{00A0}; rien n'a été modifié.")
        switch failure {
        case .missingTool: return ExitStatus.unavailable
        case .notABackup: return ExitStatus.dataError
        case .toolFailed: return ExitStatus.ioError
        }
    }

    /// Whether two `--database` values name the same store (the same file, or the same URL).
    static func sameLocation(_ first: String, _ second: String) -> Bool {
        if PostgresLocation.isURL(first) || PostgresLocation.isURL(second) { return first == second }
        return URL(fileURLWithPath: first).standardizedFileURL == URL(fileURLWithPath: second).standardizedFileURL
    }
}
