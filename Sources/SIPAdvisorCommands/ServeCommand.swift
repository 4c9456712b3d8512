import ArgumentParser
import Catalog
import Foundation
import Hummingbird
import Store
import Web

public struct ServeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Lancer l'application web (questionnaires des répondant·es, pages du DIM et des animateur·rices).",
        discussion: """
        Créez d'abord un compte d'administration avec « sipadvisor user add ». Pour un accès depuis internet, \
        placez le serveur derrière un proxy HTTPS et utilisez --secure-cookies et --public-url.
        """)

    @Option(help: "Adresse d'écoute.") var host = "127.0.0.1"
    @Option(help: "Port d'écoute.") var port = 8080
    @Option(help: "Fichier SQLite de la fédération.") var database = "sipadvisor.sqlite"
    @OptionGroup var data: CatalogOption
    @Option(help: "Dossier de modèles de documents de la fédération.") var templates: String?
    @Option(help: "Adresse publique, pour les liens envoyés aux répondant·es (par défaut : http://HÔTE:PORT).") var publicURL: String?
    @Option(help: "Adresse IP d'un proxy inverse dont l'en-tête X-Forwarded-For donne l'adresse du client (répétable) ; sans elle, tous les clients d'un proxy partagent la même limite de tentatives de connexion.")
    var trustedProxy: [String] = []
    @Flag(help: "Cookies « Secure » : à utiliser quand le site est servi en HTTPS (directement ou derrière un proxy).")
    var secureCookies = false

    public init() {}

    public func validate() throws {
        if !(1...65535).contains(port) { throw ValidationError("--port doit être compris entre 1 et 65535.") }
    }

    /// The server runs asynchronously: the executable's entry point calls `serve()` (see `SIPAdvisor/main.swift`).
    public func run() throws {
        throw CleanExit.message("Lancez le serveur avec l'exécutable : sipadvisor serve")
    }

    public func serve() async throws {
        let directories = try data.directories()
        let store: SurveyStore
        do { store = try SurveyStore(path: database) } catch {
            Console.error("\(database): base de données impossible à ouvrir (\(error))")
            throw ExitCode(74)
        }
        let app: WebApp
        do {
            app = try WebApp(store: store, catalogDirectory: directories.catalog, templatesDirectory: directories.templates,
                             templatesOverride: templates.map { URL(fileURLWithPath: $0) }, secureCookies: secureCookies,
                             publicURL: publicURL ?? "http://\(host):\(port)", trustedProxies: Set(trustedProxy))
        } catch let error as CatalogLoadError {
            throw Console.report(error)
        } catch {
            Console.error("erreur : \(error)")
            throw dataErrorExit
        }
        if try store.users().isEmpty {
            Console.error("Aucun compte : créez-en un avec « sipadvisor user add --email … --name … --role admin ».")
        }
        print("SIP Advisor écoute sur http://\(host):\(port) — Ctrl+C pour arrêter.")
        fflush(nil)
        try await app.application(host: host, port: port).runService()
    }
}

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Gérer les comptes de l'application web.", subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Créer un compte (le mot de passe est demandé, ou lu sur l'entrée standard avec --password-stdin).")

        @Option(help: "Adresse e-mail (identifiant de connexion).") var email: String
        @Option(help: "Nom affiché.") var name: String
        @Option(help: "Rôle : admin, dim, facilitator ou coordinator.") var role: String
        @Option(help: "Équipe (nom ou numéro), pour un compte de coordination.") var team: String?
        @Flag(help: "Lire le mot de passe sur l'entrée standard (une ligne).") var passwordStdin = false
        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            if UserRecord.Role(rawValue: role) == nil { throw ValidationError("--role : admin, dim, facilitator ou coordinator.") }
            if role == "coordinator" && team == nil { throw ValidationError("--team est obligatoire pour un compte de coordination.") }
        }

        func run() throws {
            let password = try readPassword()
            let store = try workspace.openStore()
            do {
                let teamID = try team.map { name -> Int64 in
                    guard let found = try store.team(nameOrID: name) else {
                        throw StoreError.unknownTeam(name)
                    }
                    return found.id!
                }
                let roleValue = UserRecord.Role(rawValue: role)!
                if let problem = AccountRules.problem(email: email, name: name, password: password, role: roleValue, team: teamID) {
                    Console.error("erreur : \(problem)")
                    throw dataErrorExit
                }
                try store.addUser(email: email, displayName: name, passwordHash: AccountRules.hash(password), role: roleValue, teamID: teamID)
                print("Compte créé : \(email) (\(roleValue.frenchName)).")
            } catch { throw Console.storeFailure(error) }
        }

        private func readPassword() throws -> String {
            if passwordStdin || isatty(STDIN_FILENO) == 0 {
                guard let line = Swift.readLine(strippingNewline: true) else {
                    Console.error("erreur : mot de passe attendu sur l'entrée standard")
                    throw dataErrorExit
                }
                return line
            }
            guard let typed = getpass("Mot de passe (\(AccountRules.minimumPasswordLength) caractères au moins) : ") else { throw ExitCode(1) }
            let first = String(cString: typed)
            guard let again = getpass("Confirmez le mot de passe : "), String(cString: again) == first else {
                Console.error("erreur : les deux mots de passe sont différents")
                throw dataErrorExit
            }
            return first
        }
    }
}
