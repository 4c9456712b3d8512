import Application
import ArgumentParser
import Catalog
import Comparator
import Foundation

extension FactsCommand {
    /// `sipadvisor facts export --out DIR`: the federation's current facts back in the catalog's YAML format, one file
    /// per product, so that a DIM can diff them against the shipped catalog or import them elsewhere.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Écrire les faits actuels de la fédération au format des fiches produits YAML (un fichier par produit).",
            discussion: "Les faits propres à une équipe (ses démonstrations) n'y sont pas : ils restent dans la base.")

        @Option(help: "Dossier où écrire les fiches (créé s'il manque ; les fiches du même nom sont remplacées).")
        var out: String

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let run = try workspace.loadRun()
            let evidence = try workspace.evidence(run)
            let products = try workspace.storeCall { try evidence.products(team: nil) }
            let files: [(name: String, data: Data)]
            do { files = try products.map { (name: "\($0.id).yaml", data: Data(try ProductWriter.yaml($0).utf8)) } } catch {
                Console.error("erreur\u{00A0}: export impossible (\(error))")
                throw ExitStatus.dataError
            }
            try writeFiles(files, to: URL(fileURLWithPath: out))
            print("\(files.count) fiche(s) produit écrite(s) dans \(out).")
        }
    }
}
