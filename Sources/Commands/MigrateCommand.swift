import ArgumentParser
import Foundation
import Store

/// `sipadvisor migrate`: copies a whole federation into a new, empty database, SQLite to PostgreSQL or back
/// (`FederationTransfer`), then prints each table's rows on both sides.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Copier toute la fédération vers une base neuve (SQLite vers PostgreSQL ou l'inverse).",
        discussion: """
        Chaque côté est un fichier SQLite ou une adresse postgres://utilisateur:motdepasse@hôte/base. La cible doit être \
        vide : la copie s'y écrit en une seule transaction (rien n'est écrit si elle échoue), puis les lignes de chaque \
        table sont comptées des deux côtés. Arrêtez le serveur pendant la copie : ce qu'il écrirait ensuite dans la \
        source ne serait pas copié.
        """)

    @Option(name: .customLong("from"), help: "Base source : un fichier SQLite existant, ou une adresse postgres://.") var source: String
    @Option(name: .customLong("to"), help: "Base cible, vide : un fichier SQLite (créé au besoin), ou une adresse postgres://.") var target: String

    func validate() throws {
        if MaintenanceStore.sameLocation(source, target) {
            throw ValidationError("--to : la cible ne peut pas être la source elle-même.")
        }
    }

    func run() throws {
        let from = try MaintenanceStore.open(source, mustExist: true)
        let into = try MaintenanceStore.open(target, mustExist: false)
        let counts: [FederationTransfer.TableCount]
        do { counts = try FederationTransfer(from: from, to: into).run() } catch let error as FederationTransferError {
            Console.error("erreur\u{00A0}: \(AppDatabase.displayName(target))\u{00A0}: \(error).")
            throw ExitStatus.dataError
        } catch {
            Console.error("erreur\u{00A0}: copie impossible (\(error))\u{00A0}; rien n'a été écrit dans \(AppDatabase.displayName(target)).")
            throw ExitStatus.ioError
        }
        // As data: the typography pass would read two aligned counts as one number grouped by thousands.
        Console.data(Self.table(counts))
        let differing = counts.filter { $0.source != $0.target }
        guard differing.isEmpty else {
            Console.error("erreur\u{00A0}: nombres de lignes différents pour \(differing.map(\.table).joined(separator: ", ")).")
            throw ExitStatus.ioError
        }
        print("Copie terminée\u{00A0}: \(AppDatabase.displayName(source)) → \(AppDatabase.displayName(target)).")
    }

    /// « table, source, cible », one line per table, numbers aligned right.
    static func table(_ counts: [FederationTransfer.TableCount]) -> String {
        let header = ("table", "source", "cible")
        let width = max(header.0.count, counts.map(\.table.count).max() ?? 0)
        func line(_ table: String, _ source: String, _ target: String) -> String {
            table.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + pad(source, 8) + "  " + pad(target, 8)
        }
        func pad(_ text: String, _ size: Int) -> String { String(repeating: " ", count: max(0, size - text.count)) + text }
        return ([line(header.0, header.1, header.2)] + counts.map { line($0.table, String($0.source), String($0.target)) })
            .joined(separator: "\n")
    }
}
