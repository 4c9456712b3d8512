import Application
import ArgumentParser
import Foundation
import Store
import Survey

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Gérer les comptes de l'application web.", subcommands: [Add.self, Password.self, Disable.self, Enable.self, Role.self, Revoke.self, ResetLink.self])

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
            let password = try UserInput.read(fromStandardInput: passwordStdin)
            let store = try workspace.openStore()
            do {
                let teamID = try UserInput.teamID(team, in: store)
                let roleValue = UserRecord.Role(rawValue: role)!
                try AccountCreation(database: store).create(email: email, name: name, password: password, role: roleValue, teamID: teamID)
                print("Compte créé : \(email) (\(roleValue.frenchName)).")
            } catch { throw Console.storeFailure(error) }
        }
    }
}

/// What the `user` commands read from the command line and the terminal.
enum UserInput {
    /// The team named (or numbered) on the command line.
    static func teamID(_ name: String?, in store: AppDatabase) throws -> Int64? {
        try name.map { name in
            guard let found = try store.teams.find(nameOrID: name) else { throw StoreError.unknownTeam(name) }
            return found.id
        }
    }

    /// A password from standard input (one line) or typed twice at the terminal.
    static func read(fromStandardInput passwordStdin: Bool) throws -> String {
        if passwordStdin || isatty(STDIN_FILENO) == 0 {
            guard let line = Swift.readLine(strippingNewline: true) else {
                Console.error("erreur : mot de passe attendu sur l'entrée standard")
                throw ExitStatus.dataError
            }
            return line
        }
        guard let typed = getpass("Mot de passe (\(AccountRules.minimumPasswordLength) caractères au moins) : ") else { throw ExitStatus.cancelled }
        let first = String(cString: typed)
        guard let again = getpass("Confirmez le mot de passe : "), String(cString: again) == first else {
            Console.error("erreur : les deux mots de passe sont différents")
            throw ExitStatus.dataError
        }
        return first
    }
}
