import ArgumentParser
import Foundation
import Store

/// `sipadvisor backup`: a consistent copy of the live database, safe while `serve` runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Sauvegarder la base (cohérente même pendant que le serveur écrit).",
        discussion: "Utilise la sauvegarde en ligne de SQLite : une copie du fichier avec cp peut perdre les dernières réponses.")

    @Option(help: "Base de la fédération : un fichier SQLite, ou une adresse postgres://utilisateur:motdepasse@hôte/base.") var database = "sipadvisor.sqlite"
    @Option(help: "Fichier de sauvegarde à écrire (remplacé s'il existe).") var out: String

    func validate() throws {
        if URL(fileURLWithPath: out).standardizedFileURL == URL(fileURLWithPath: database).standardizedFileURL {
            throw ValidationError("--out : la sauvegarde ne peut pas remplacer la base elle-même.")
        }
    }

    func run() throws {
        let store = try MaintenanceStore.open(database, mustExist: true)
        do { try store.backup(to: out) } catch {
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

    @Option(help: "Fichier SQLite de la fédération à remplacer.") var database = "sipadvisor.sqlite"
    @Option(name: .customLong("from"), help: "Sauvegarde écrite par sipadvisor backup.") var backup: String
    @Flag(help: "Remplacer le contenu d'une base qui contient déjà des données.") var replace = false

    func run() throws {
        do { try AppDatabase.checkBackup(backup) } catch {
            Console.error("erreur\u{00A0}: \(error)\u{00A0}; rien n'a été modifié.")
            throw ExitStatus.dataError
        }
        let store = try MaintenanceStore.open(database, mustExist: false)
        let teams = (try? store.teams.all().count) ?? 0
        if teams > 0 && !replace {
            Console.error("erreur\u{00A0}: \(database) contient déjà \(teams) équipe(s)\u{00A0}; ajoutez --replace pour remplacer son contenu par la sauvegarde.")
            throw ExitStatus.dataError
        }
        do { try store.restore(from: backup) } catch let error as StoreError {
            Console.error("erreur\u{00A0}: \(error)")
            throw ExitStatus.dataError
        } catch {
            Console.error("erreur\u{00A0}: restauration impossible (\(error))\u{00A0}; rien n'a été modifié.")
            throw ExitStatus.ioError
        }
        print("Sauvegarde \(backup) restaurée dans \(database).")
    }
}

/// `sipadvisor check`: SQLite's integrity check and foreign keys.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Vérifier la base : intégrité du fichier et références entre tables.")

    @Option(help: "Base de la fédération : un fichier SQLite, ou une adresse postgres://utilisateur:motdepasse@hôte/base.") var database = "sipadvisor.sqlite"

    func run() throws {
        let store = try MaintenanceStore.open(database, mustExist: true)
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
}

enum MaintenanceStore {
    static func open(_ path: String, mustExist: Bool) throws -> AppDatabase {
        if mustExist && !FileManager.default.fileExists(atPath: path) {
            Console.error("erreur\u{00A0}: base introuvable\u{00A0}: \(path)")
            throw ExitStatus.noInput
        }
        do { return try AppDatabase.file(path: path) } catch {
            Console.error("\(path)\u{00A0}: base de données impossible à ouvrir (\(error))")
            throw ExitStatus.ioError
        }
    }
}
