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
    @Option(help: "Base de la fédération : un fichier SQLite, ou une adresse postgres://utilisateur:motdepasse@hôte/base (par défaut : sipadvisor.sqlite).") var database: String?
    @Option(help: "Fichier YAML des fédérations servies par ce processus, chacune sur ses noms d'hôte et sa propre base (voir le README) ; remplace --database, --settings et --public-url.")
    var federations: String?
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
        if federations != nil, database != nil || publicURL != nil || federation.settings != nil {
            throw ValidationError("--federations donne la base, les réglages et l'adresse publique de chaque fédération\u{A0}: n'utilisez pas aussi --database, --settings ou --public-url.")
        }
    }

    /// The server runs asynchronously: the executable's entry point calls `serve()` (see `SIPAdvisor/main.swift`).
    func run() throws {
        throw CleanExit.message("Lancez le serveur avec l'exécutable : sipadvisor serve")
    }

    func serve() async throws {
        if let federations {
            try await serve(federationsFile: federations)
            return
        }
        let settings = try federation.load()
        let app = try webApp(database: database ?? "sipadvisor.sqlite", settings: settings, publicURL: publicURL, name: nil)
        print("SIP Advisor écoute sur http://\(host):\(port) — Ctrl+C pour arrêter.")
        fflush(nil)
        try await app.application(host: host, port: port).runService()
    }

    /// One app per federation of the file, each on its own database, chosen by the request's host name.
    private func serve(federationsFile path: String) async throws {
        let file: FederationsFile
        do { file = try FederationsFile.load(path: path) } catch { throw Console.report(error) }
        var apps: [(hosts: [String], app: WebApp)] = []
        // One bcrypt queue for the process: a flood of logins on every federation still keeps one core at most.
        let passwordChecks = PasswordChecks()
        for served in file.federations {
            // Each federation's settings come from its own file only: an environment variable would apply to all.
            let settings: FederationSettings
            do { settings = try FederationSettings.load(file: served.settings, environment: [:]) } catch { throw Console.report(error) }
            let app = try webApp(database: served.database, settings: settings, publicURL: served.publicURL, name: served.name,
                                 defaultHost: served.hosts[0], passwordChecks: passwordChecks)
            apps.append((served.hosts, app))
            print("«\u{A0}\(served.name)\u{A0}»\u{A0}: \(served.hosts.joined(separator: ", ")) → \(AppDatabase.displayName(served.database))")
        }
        print("SIP Advisor écoute sur http://\(host):\(port) pour \(apps.count) fédération(s) — Ctrl+C pour arrêter.")
        fflush(nil)
        try await WebApp.serving(FederationDispatcher(apps), host: host, port: port).runService()
    }

    /// A federation's app on its database; `name` prefixes the warnings when the process serves several.
    private func webApp(database: String, settings: FederationSettings, publicURL: String?, name: String?,
                        defaultHost: String? = nil, passwordChecks: PasswordChecks = PasswordChecks()) throws -> WebApp {
        let directories = try data.directories()
        let prefix = name.map { "« \($0) »\u{A0}: " } ?? ""
        let store: AppDatabase
        do { store = try AppDatabase.open(database) } catch {
            Console.error("\(prefix)\(AppDatabase.displayName(database))\u{00A0}: base de données impossible à ouvrir (\(error))")
            throw ExitStatus.ioError
        }
        let app: WebApp
        do {
            app = try WebApp(store: store, catalogDirectory: directories.catalog, templatesDirectory: directories.templates,
                             templatesOverride: templates.map { URL(fileURLWithPath: $0) }, secureCookies: secureCookies,
                             publicURL: publicURL ?? settings.baseURL ?? "http://\(defaultHost ?? host):\(port)", settings: settings,
                             trustedProxies: Set(trustedProxy), passwordChecks: passwordChecks)
        } catch let error as CatalogLoadError {
            throw Console.report(error)
        } catch {
            Console.error("\(prefix)erreur : \(error)")
            throw ExitStatus.dataError
        }
        if try store.accounts.all().isEmpty {
            Console.error("\(prefix)Aucun compte : créez-en un avec « sipadvisor user add --email … --name … --role admin ».")
        }
        if settings.isIncomplete {
            Console.error("\(prefix)Attention\u{A0}: des réglages de la fédération manquent\u{A0}; les pages des répondant·es les montrent «\u{A0}à renseigner\u{A0}» (voir --settings).")
        }
        return app
    }
}
