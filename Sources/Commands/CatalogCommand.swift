import Application
import ArgumentParser
import Catalog
import Comparator
import Deployment
import Foundation
import Reports
import Survey

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "Gérer le catalogue des critères et des produits.",
        subcommands: [Validate.self]
    )

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Vérifier tout ce qu'une exécution charge (catalogue, questionnaire, grille, règles, méthode, sources, modèles, démonstration) et lister toutes les erreurs (fichier:ligne).")

        @Argument(help: "Dossier du catalogue (par défaut : celui installé avec sipadvisor ; voir SIPADVISOR_DATA).")
        var directory: String?

        @Option(name: .customLong("catalog"), help: "Dossier du catalogue (synonyme de l'argument).")
        var catalogOption: String?

        @Option(help: "Dossier de modèles de la fédération à vérifier aussi (chaque fichier remplace le modèle du même nom).")
        var templates: String?

        func validate() throws {
            if directory != nil && catalogOption != nil {
                throw ValidationError("Donnez le dossier du catalogue une seule fois (argument ou --catalog).")
            }
        }

        func run() throws {
            // The same loader as `demo`, `serve` and the campaign commands: what validates here is what they run.
            let directories = try DataDirectories.forThisRun(catalog: directory ?? catalogOption)
            let run = try directories.loadRun(templatesOverride: templates)
            let demo = DemoCampaign.problems(catalog: directories.catalog, run: run)
            if !demo.isEmpty { throw Console.report(CatalogLoadError(demo)) }
            print(Self.summary(run))
        }

        static func summary(_ run: RunData) -> String {
            let catalog = run.catalog
            let real = catalog.products.filter { !$0.fictional }.count
            let text = "Catalogue valide : \(catalog.criteria.count) critères, \(real) produits réels, "
                + "\(catalog.products.count - real) produits fictifs de démonstration, "
                + "\(catalog.professions.count) professions.\n"
                + "Questionnaire : \(FrenchNumber.count(run.survey.questionnaire.items.count, "question", "questions")) ; "
                + "grille de maturité : \(FrenchNumber.count(run.survey.grid.dimensions.count, "dimension", "dimensions")) ; "
                + "préparation : \(FrenchNumber.count(run.survey.rules.count, "règle", "règles")) ; "
                + "méthode : \(FrenchNumber.count(run.method.stages.count, "étape", "étapes")) ; "
                + "\(FrenchNumber.count(run.sources.count, "source décrite", "sources décrites")) ; "
                + "\(FrenchNumber.count(run.templates.origins.count, "modèle de document", "modèles de document"))."
            return FrenchTypography.text(text)
        }
    }
}
