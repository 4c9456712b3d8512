import Application
import ArgumentParser
import Deployment
import Foundation
import Store

/// `sipadvisor team software set|list|history|affected` and `team stage set|show`: the register of the software each
/// team uses and of its stage in the method, over the same `SoftwareRegister` calls as the team page.
extension TeamCommand {
    struct Software: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "software", abstract: "Registre des logiciels en service dans les équipes.",
            subcommands: [SetUse.self, List.self, History.self, Affected.self])
    }

    struct Stage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stage", abstract: "Étape de l'équipe dans la méthode (avant, pendant, après).", subcommands: [SetStage.self, Show.self])
    }
}

/// `--team`, a team's number or name, found in the store (unknown: exit 65 naming the option).
struct TeamOption: ParsableArguments {
    @Option(help: "Équipe : numéro ou nom (voir team list).") var team: String

    func find(in store: AppDatabase) throws -> TeamRecord {
        guard let found = try WorkspaceOptions.storeCall({ try store.teams.find(nameOrID: team) }) else {
            Console.error("erreur\u{00A0}: --team\u{00A0}: équipe inconnue «\u{00A0}\(team)\u{00A0}»")
            throw ExitStatus.dataError
        }
        return found
    }
}

/// `--on`: the day the register is read on (its state that day), today by default.
struct RegisterDayOption: ParsableArguments {
    @Option(name: .customLong("on"), help: "Jour du registre, AAAA-MM-JJ (par défaut : aujourd'hui).") var on: String?

    func validate() throws {
        if let on, CalendarDay.parse(on) == nil { throw ValidationError("--on\u{00A0}: date attendue au format AAAA-MM-JJ.") }
    }

    var day: String { on ?? CalendarDay.iso(Date()) }
}

/// The option of each field of the register's refusals, so a CLI error names what the person typed.
enum RegisterOptions {
    static let byField = [
        "logiciel": "--product", "version": "--version", "depuis": "--since", "jusqua": "--until", "fin_contrat": "--contract-end",
        "etape": "--stage", "nom": "--name", "profession": "--profession", "equipe": "--team", "disponibilite": "--availability",
        "maitrise": "--software", "annee": "--software", "facilitateur": "--facilitator", "date": "--date", "sujet": "--topic",
        "heures": "--hours",
    ]

    static func validation(_ refusal: RegisterRefusal) -> ValidationError {
        ValidationError("\(byField[refusal.field] ?? refusal.field)\u{00A0}: \(refusal.problem).")
    }

    /// Runs a register write: a refusal names the option, exit 65, nothing written; store failures as everywhere.
    static func write<Value>(_ body: () throws -> Value) throws -> Value {
        do { return try body() } catch let refusal as RegisterRefusal {
            Console.error("erreur\u{00A0}: \(byField[refusal.field] ?? refusal.field)\u{00A0}: \(refusal.problem)")
            throw ExitStatus.dataError
        } catch { throw Console.storeFailure(error) }
    }
}

extension WorkspaceOptions {
    static func storeCall<Value>(_ body: () throws -> Value) throws -> Value {
        do { return try body() } catch { throw Console.storeFailure(error) }
    }
}

extension TeamCommand.Software {
    struct SetUse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Inscrire un logiciel en service dans une équipe (ou la fin de son usage, avec --until).")

        @OptionGroup var team: TeamOption
        @Option(help: "Logiciel : identifiant du catalogue (voir product list).") var product: String
        @Option(help: "Version en service.") var version: String
        @Option(help: "En service depuis, AAAA-MM-JJ.") var since: String
        @Option(help: "Dernier jour d'usage + 1, AAAA-MM-JJ, quand l'équipe l'a quitté.") var until: String?
        @Option(name: .customLong("contract-end"), help: "Fin du contrat, AAAA-MM-JJ.") var contractEnd: String?
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        var entry: SoftwareEntry {
            SoftwareEntry(product: product, version: version, since: since, until: until ?? "", contractEnd: contractEnd ?? "")
        }

        func validate() throws {
            if let problem = entry.formatProblem() { throw RegisterOptions.validation(problem) }
        }

        func run() throws {
            let store = try workspace.loadWithProducts().store
            let team = try team.find(in: store)
            let row = try RegisterOptions.write { try SoftwareRegister(store: store).record(entry, team: team.id, by: recorder.name) }
            let state = row.until.map { "hors service depuis le \($0)" } ?? "en service depuis le \(row.since)"
            print("\(markdownCell(team.name))\u{00A0}: \(markdownCell(row.productId)) \(markdownCell(row.version)) \(state).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Logiciels en service (une équipe, ou toutes), avec les alertes.")

        @Option(help: "Équipe : numéro ou nom (par défaut : toutes).") var team: String?
        @OptionGroup var day: RegisterDayOption
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let store = try workspace.openStore()
            let teamID = try team.map { try TeamOption.parse(["--team", $0]).find(in: store).id }
            let inUse = try WorkspaceOptions.storeCall { try store.teamSoftware.inUse(team: teamID, on: day.day) }
            guard !inUse.isEmpty else { return print("Aucun logiciel inscrit en service le \(day.day).") }
            print("| Équipe | Logiciel | Version | Depuis | Fin de contrat |")
            print("|---|---|---|---|---|")
            for use in inUse {
                print("| \(markdownCell(use.teamName)) | \(markdownCell(use.productName)) | \(markdownCell(use.record.version)) | "
                      + "\(use.record.since) | \(use.record.contractEnd ?? "") |")
            }
            for (name, uses) in Dictionary(grouping: inUse, by: \.teamName).sorted(by: { $0.key < $1.key }) {
                for flag in SoftwareRegister.flags(uses) { print("\nAlerte, \(markdownCell(name))\u{00A0}: \(markdownCell(flag))") }
            }
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Historique du registre d'une équipe, du plus récent au plus ancien.")

        @OptionGroup var team: TeamOption
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let store = try workspace.openStore()
            let team = try team.find(in: store)
            let rows = try WorkspaceOptions.storeCall { try store.teamSoftware.history(team: team.id) }
            guard !rows.isEmpty else { return print("Rien d'inscrit pour \(markdownCell(team.name)).") }
            print("| N° | Logiciel | Version | Depuis | Jusqu'au | Fin de contrat | Inscrit par |")
            print("|---:|---|---|---|---|---|---|")
            for row in rows {
                let r = row.record
                print("| \(r.id) | \(markdownCell(row.productName)) | \(markdownCell(r.version)) | \(r.since) | \(r.until ?? "") | "
                      + "\(r.contractEnd ?? "") | \(markdownCell(r.recordedBy)) |")
            }
        }
    }

    struct Affected: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Équipes qui utilisent un logiciel qui ne répond plus au label (à accompagner vers un changement).")

        @Option(help: "Un seul logiciel (identifiant du catalogue).") var product: String?
        @OptionGroup var day: RegisterDayOption
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let store = try workspace.openStore()
            let affected = try WorkspaceOptions.storeCall { try SoftwareRegister(store: store).affectedByLabelLoss(product: product, on: day.day) }
            guard !affected.isEmpty else { return print("Aucune équipe n'utilise un logiciel qui ne répond plus au label.") }
            print("| Logiciel | Équipe | Version | Depuis |")
            print("|---|---|---|---|")
            for use in affected {
                print("| \(markdownCell(use.productName)) | \(markdownCell(use.teamName)) | \(markdownCell(use.record.version)) | \(use.record.since) |")
            }
        }
    }
}

extension TeamCommand.Stage {
    struct SetStage: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Inscrire l'étape de l'équipe dans la méthode.")

        @OptionGroup var team: TeamOption
        @Option(help: "Étape : avant, pendant ou après.") var stage: String
        @Option(help: "Depuis, AAAA-MM-JJ.") var since: String
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        func validate() throws {
            do { _ = try StageEntry(stage: stage, since: since).checked() } catch { throw RegisterOptions.validation(error) }
        }

        func run() throws {
            let store = try workspace.loadWithProducts().store
            let team = try team.find(in: store)
            let row = try RegisterOptions.write {
                try SoftwareRegister(store: store).setStage(StageEntry(stage: stage, since: since), team: team.id, by: recorder.name)
            }
            print("\(markdownCell(team.name))\u{00A0}: étape «\u{00A0}\(row.stage.frenchName)\u{00A0}» depuis le \(row.since).")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Étape de l'équipe et son historique.")

        @OptionGroup var team: TeamOption
        @OptionGroup var day: RegisterDayOption
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let store = try workspace.openStore()
            let team = try team.find(in: store)
            let (current, history) = try WorkspaceOptions.storeCall {
                (try store.teamSoftware.stage(team: team.id, on: day.day), try store.teamSoftware.stageHistory(team: team.id))
            }
            print(current.map { "\(markdownCell(team.name))\u{00A0}: étape «\u{00A0}\($0.stage.frenchName)\u{00A0}» depuis le \($0.since)." }
                  ?? "\(markdownCell(team.name))\u{00A0}: étape non renseignée le \(day.day).")
            guard !history.isEmpty else { return }
            print("\n| Étape | Depuis | Inscrite par |")
            print("|---|---|---|")
            for row in history { print("| \(row.stage.frenchName) | \(row.since) | \(markdownCell(row.recordedBy)) |") }
        }
    }
}
