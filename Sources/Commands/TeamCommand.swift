import ArgumentParser
import Store
import Survey

struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team", abstract: "Gérer les équipes (MSP) de la fédération.", subcommands: [Add.self, List.self, Purge.self, Software.self, Stage.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ajouter une équipe.")

        @Option(help: "Nom de l'équipe.")
        var name: String

        @Flag(help: "Équipe fictive (démonstration, formation).")
        var fictional = false

        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            if let problem = TeamRecord.nameProblem(TypedText.cleaned(name)) { throw ValidationError("--name : \(problem).") }
        }

        func run() throws {
            let store = try workspace.openStore()
            do {
                let team = try store.teams.add(name: name, fictional: fictional)
                print("Équipe n° \(team.id) créée : \(markdownCell(team.name))")
            } catch { throw Console.storeFailure(error) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lister les équipes.")

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let store = try workspace.openStore()
            do {
                let teams = try store.teams.all()
                if teams.isEmpty { print("Aucune équipe. Ajoutez-en une avec « sipadvisor team add --name … »."); return }
                print("| N° | Équipe |")
                print("|---:|---|")
                for team in teams { print("| \(team.id) | \(markdownCell(team.name))\(team.fictional ? " (fictive)" : "") |") }
            } catch { throw Console.storeFailure(error) }
        }
    }
}
