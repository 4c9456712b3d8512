import Application
import ArgumentParser
import Commands
import Catalog
import Foundation
import Hummingbird
import Store
import Web

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Lancer l'application web (questionnaires des répondant·es, pages du DIM et des animateur·rices).",
        discussion: """
        Créez d'abord un compte d'administration avec « sipadvisor user add ». Pour un accès depuis internet, \
        placez le serveur derrière un proxy HTTPS et utilisez --secure-cookies et --public-url.
        """)

    @Option(help: "Adresse d'écoute.") var host = "127.0.0.1"
    @Option(help: "Port d'écoute.") var port = 8080
    @Option(help: "Base de la fédération : un fichier SQLite, ou une adresse postgres://utilisateur:motdepasse@hôte/base.") var database = "sipadvisor.sqlite"
    @OptionGroup var data: CatalogOption
    @Option(help: "Dossier de modèles de documents de la fédération.") var templates: String?
    @Option(help: "Adresse publique, pour les liens envoyés aux répondant·es (par défaut : base_url des réglages, sinon http://HÔTE:PORT).") var publicURL: String?
    @OptionGroup var federation: SettingsOption
    @Option(help: "Adresse IP d'un proxy inverse dont l'en-tête X-Forwarded-For donne l'adresse du client (répétable) ; sans elle, tous les clients d'un proxy partagent la même limite de tentatives de connexion.")
    var trustedProxy: [String] = []
    @Flag(help: "Cookies « Secure » : à utiliser quand le site est servi en HTTPS (directement ou derrière un proxy).")
    var secureCookies = false


    func validate() throws {
        if !(1...65535).contains(port) { throw ValidationError("--port doit être compris entre 1 et 65535.") }
    }

    /// The server runs asynchronously: the executable's entry point calls `serve()` (see `SIPAdvisor/main.swift`).
    func run() throws {
        throw CleanExit.message("Lancez le serveur avec l'exécutable : sipadvisor serve")
    }

    func serve() async throws {
        let settings = try federation.load()
        let directories = try data.directories()
        let store: AppDatabase
        do { store = try AppDatabase.open(database) } catch {
            Console.error("\(AppDatabase.displayName(database))\u{00A0}: base de données impossible à ouvrir (\(error))")
            throw ExitStatus.ioError
        }
        let app: WebApp
        do {
            app = try WebApp(store: store, catalogDirectory: directories.catalog, templatesDirectory: directories.templates,
                             templatesOverride: templates.map { URL(fileURLWithPath: $0) }, secureCookies: secureCookies,
                             publicURL: publicURL ?? settings.baseURL ?? "http://\(host):\(port)", settings: settings, trustedProxies: Set(trustedProxy))
        } catch let error as CatalogLoadError {
            throw Console.report(error)
        } catch {
            Console.error("erreur : \(error)")
            throw ExitStatus.dataError
        }
        if try store.accounts.all().isEmpty {
            Console.error("Aucun compte : créez-en un avec « sipadvisor user add --email … --name … --role admin ».")
        }
        if settings.isIncomplete {
            Console.error("Attention\u{A0}: des réglages de la fédération manquent\u{A0}; les pages des répondant·es les montrent «\u{A0}à renseigner\u{A0}» (voir --settings).")
        }
        print("SIP Advisor écoute sur http://\(host):\(port) — Ctrl+C pour arrêter.")
        fflush(nil)
        try await app.application(host: host, port: port).runService()
    }
}
