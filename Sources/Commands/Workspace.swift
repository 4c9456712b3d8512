import Application
import ArgumentParser
import Catalog
import Comparator
import Foundation
import Store
import Survey

extension DataDirectories {
    /// For this process; a French message and exit 66 (EX_NOINPUT) when nothing is found.
    public static func forThisRun(catalog flag: String?) throws -> DataDirectories {
        do {
            return try resolve(catalog: flag, environment: ProcessInfo.processInfo.environment, executable: runningExecutable(),
                               currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } catch {
            Console.error("erreur\u{00A0}: \(error)")
            throw ExitStatus.noInput
        }
    }

    /// Everything the run needs (`RunData`), or every problem as `file:line: message` and exit 65.
    public func loadRun(templatesOverride: String? = nil) throws -> RunData {
        do {
            return try RunData.load(catalog: catalog, templates: templates,
                                    templatesOverride: templatesOverride.map { URL(fileURLWithPath: $0) })
        } catch { throw Console.report(error) }
    }

}

/// `--catalog`, shared by every command that reads the catalog.
public struct CatalogOption: ParsableArguments {
    @Option(help: "Dossier du catalogue (par défaut : celui installé avec sipadvisor ; voir SIPADVISOR_DATA).")
    public var catalog: String?

    public init() {}

    /// Even a command that does not read the catalog (`team`, `user`) refuses one that does not exist.
    public func validate() throws {
        if let catalog, let missing = CatalogFolder.missing(URL(fileURLWithPath: catalog)) { throw Console.report(CatalogLoadError([missing])) }
    }

    public func directories() throws -> DataDirectories { try .forThisRun(catalog: catalog) }

    public func loadRun(templatesOverride: String? = nil) throws -> RunData {
        try directories().loadRun(templatesOverride: templatesOverride)
    }
}

/// Options shared by the commands that work on campaigns: where the catalog and the database are.
/// `--settings`: the federation's settings (`FederationSettings`), for the commands that show them or print links.
public struct SettingsOption: ParsableArguments {
    @Option(help: "Fichier des réglages de la fédération (YAML ; par défaut : la variable SIPADVISOR_SETTINGS ; voir le README).")
    public var settings: String?

    public init() {}

    /// The settings, or every problem printed with its key and place, exit 65.
    public func load() throws -> FederationSettings {
        do { return try FederationSettings.load(file: settings) } catch { throw Console.report(error) }
    }
}

struct WorkspaceOptions: ParsableArguments {
    @OptionGroup var data: CatalogOption

    @Option(help: "Base de la fédération : un fichier SQLite, ou une adresse postgres://utilisateur:motdepasse@hôte/base.")
    var database = "sipadvisor.sqlite"

    func loadRun(templatesOverride: String? = nil) throws -> RunData { try data.loadRun(templatesOverride: templatesOverride) }

    /// Catalog, survey definition and store: what every campaign command starts with.
    func load() throws -> (catalog: ProductCatalog, survey: SurveyDefinition, store: AppDatabase) {
        let (run, store) = try loadWithProducts()
        return (run.catalog, run.survey, store)
    }

    /// The run and the store with the shipped products in it: a fresh database is seeded as the web app does at
    /// start, so a command naming a product (`team software set`, `facilitator add`, `followup start`) works before
    /// anyone ran `facts import`.
    func loadWithProducts() throws -> (run: RunData, store: AppDatabase) {
        let run = try loadRun()
        let store = try openStore()
        try Self.storeCall { try EvidenceCatalog(store: store, reference: run.catalog).seedIfEmpty() }
        return (run, store)
    }

    func openStore() throws -> AppDatabase {
        do { return try AppDatabase.open(database) } catch {
            Console.error("\(AppDatabase.displayName(database))\u{00A0}: base de données impossible à ouvrir (\(error))")
            throw ExitStatus.ioError
        }
    }
}

extension Console {
    /// Store errors are the user's (unknown team, duplicate name): French message, data-error exit.
    /// `fromOptions`: the team or campaign came from `--team`/`--campaign` (not a positional number), so an unknown
    /// one's message names that option.
    public static func storeFailure(_ error: any Error, fromOptions: Bool = false) -> any Error {
        if error is StoreError || error is AccountCreation.Refusal || error is AccountAdministration.Refusal
            || error is RespondentRights.Refusal {
            let option = fromOptions ? (error as? StoreError)?.cliOption.map { "\($0)\u{00A0}: " } ?? "" : ""
            Console.error("erreur : \(option)\(error)")
            return ExitStatus.dataError
        }
        if error is ExitCode { return error }
        Console.error("erreur de la base de données : \(error)")
        return ExitStatus.ioError
    }
}

extension Pooling.Voice: ExpressibleByArgument {}
