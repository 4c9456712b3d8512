import ArgumentParser
import Catalog
import Foundation

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Gérer le catalogue des critères et des produits.",
        subcommands: [Validate.self]
    )

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Vérifier le catalogue et lister toutes les erreurs (fichier:ligne).")

        @Argument(help: "Dossier du catalogue (par défaut : catalog).")
        var directory: String?

        @Option(name: .customLong("catalog"), help: "Dossier du catalogue (synonyme de l'argument).")
        var catalogOption: String?

        func validate() throws {
            if directory != nil && catalogOption != nil {
                throw ValidationError("Donnez le dossier du catalogue une seule fois (argument ou --catalog).")
            }
        }

        func run() throws {
            let path = directory ?? catalogOption ?? "catalog"
            do {
                let catalog = try CatalogLoader.load(directory: URL(fileURLWithPath: path))
                let real = catalog.products.filter { !$0.fictional }.count
                print("Catalogue valide : \(catalog.criteria.count) critères, \(real) produits réels, "
                      + "\(catalog.products.count - real) produits fictifs de démonstration, "
                      + "\(catalog.professions.count) professions.")
            } catch {
                throw Console.report(error)
            }
        }
    }
}
