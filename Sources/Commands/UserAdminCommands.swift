import Application
import ArgumentParser
import Foundation
import Store

/// The admin's account commands on the server, over `AccountAdministration` (the web's users page calls the same).
extension UserCommand {
    /// The account the command is about, with every refusal and store failure turned into a French message and exit 65.
    static func administer(_ workspace: WorkspaceOptions, email: String,
                           _ change: (AccountAdministration, UserRecord) throws -> String) throws {
        let store = try workspace.openStore()
        do {
            let administration = AccountAdministration(database: store)
            print(try change(administration, try administration.account(email: email)))
        } catch { throw Console.storeFailure(error) }
    }

    struct Password: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Donner un nouveau mot de passe à un compte (toutes ses sessions sont fermées).")
        @Option(help: "Adresse e-mail du compte.") var email: String
        @Flag(help: "Lire le mot de passe sur l'entrée standard (une ligne).") var passwordStdin = false
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let password = try UserInput.read(fromStandardInput: passwordStdin)
            try UserCommand.administer(workspace, email: email) { administration, account in
                try administration.setPassword(email: account.email, password: password)
                return "Mot de passe changé\u{00A0}: \(account.email) (sessions fermées)."
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Désactiver un compte\u{00A0}: il ne peut plus se connecter, ses sessions sont fermées.")
        @Option(help: "Adresse e-mail du compte.") var email: String
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            try UserCommand.administer(workspace, email: email) { administration, account in
                try administration.setDisabled(true, userID: account.id, by: .commandLine)
                return "Compte désactivé\u{00A0}: \(account.email)."
            }
        }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Réactiver un compte désactivé.")
        @Option(help: "Adresse e-mail du compte.") var email: String
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            try UserCommand.administer(workspace, email: email) { administration, account in
                try administration.setDisabled(false, userID: account.id, by: .commandLine)
                return "Compte réactivé\u{00A0}: \(account.email)."
            }
        }
    }

    struct Role: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Changer le rôle d'un compte (ses sessions sont fermées).")
        @Option(help: "Adresse e-mail du compte.") var email: String
        @Option(help: "Rôle\u{00A0}: admin, dim, facilitator ou coordinator.") var role: String
        @Option(help: "Équipe (nom ou numéro), pour un compte de coordination.") var team: String?
        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            if UserRecord.Role(rawValue: role) == nil { throw ValidationError("--role\u{00A0}: admin, dim, facilitator ou coordinator.") }
        }

        func run() throws {
            let newRole = UserRecord.Role(rawValue: role) ?? .dim
            try UserCommand.administer(workspace, email: email) { administration, account in
                let teamID = try UserInput.teamID(team, in: administration.database)
                try administration.changeRole(userID: account.id, role: newRole, teamID: teamID, by: .commandLine)
                return "Rôle changé\u{00A0}: \(account.email) est désormais \(newRole.frenchName)."
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Fermer toutes les sessions d'un compte.")
        @Option(help: "Adresse e-mail du compte.") var email: String
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            try UserCommand.administer(workspace, email: email) { administration, account in
                let count = try administration.database.accounts.revokeSessions(userID: account.id)
                return "Sessions fermées\u{00A0}: \(count) pour \(account.email)."
            }
        }
    }

    struct ResetLink: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-link", abstract: "Créer un lien de réinitialisation du mot de passe (24\u{00A0}h, une seule fois), à transmettre.")
        @Option(help: "Adresse e-mail du compte.") var email: String
        @Option(help: "Adresse publique de l'application.") var baseURL = CampaignSetup.localBaseURL
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            try UserCommand.administer(workspace, email: email) { administration, account in
                let token = try administration.issueResetLink(userID: account.id, by: .commandLine)
                return "Lien pour \(account.email) (valable 24\u{00A0}h, une seule fois)\u{00A0}:\n" + AccountAdministration.resetLink(base: baseURL, token: token)
            }
        }
    }
}
