import ArgumentParser
import Catalog
import Comparator
import Foundation
import Store
import Survey

/// Options shared by the commands that work on campaigns: where the catalog and the database are.
struct WorkspaceOptions: ParsableArguments {
    @Option(help: "Dossier du catalogue (critères, produits, questionnaire, grille de maturité, règles).")
    var catalog = "catalog"

    @Option(help: "Fichier SQLite de la fédération.")
    var database = "sipadvisor.sqlite"

    func loadCatalog() throws -> ProductCatalog {
        do { return try CatalogLoader.load(directory: URL(fileURLWithPath: catalog)) } catch { throw Console.report(error) }
    }

    func loadSurvey(_ catalog: ProductCatalog) throws -> SurveyDefinition {
        do { return try SurveyLoader.load(directory: URL(fileURLWithPath: self.catalog), catalog: catalog) } catch {
            throw Console.report(error)
        }
    }

    /// Catalog, survey definition and store: what every campaign command starts with.
    func load() throws -> (catalog: ProductCatalog, survey: SurveyDefinition, store: SurveyStore) {
        let catalog = try loadCatalog()
        return (catalog, try loadSurvey(catalog), try openStore())
    }

    func openStore() throws -> SurveyStore {
        do { return try SurveyStore(path: database) } catch {
            Console.error("\(database): base de données impossible à ouvrir (\(error))")
            throw ExitCode(74)
        }
    }
}

extension Console {
    /// Store errors are the user's (unknown team, duplicate name): French message, data-error exit.
    static func storeFailure(_ error: Error) -> Error {
        if let error = error as? StoreError {
            Console.error("erreur : \(error)")
            return dataErrorExit
        }
        if error is ExitCode { return error }
        Console.error("erreur de la base de données : \(error)")
        return ExitCode(74)
    }
}

extension Pooling.Voice: ExpressibleByArgument {}
