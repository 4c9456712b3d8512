import Application
import ArgumentParser
import Catalog
import Foundation
import Store

/// `sipadvisor respondent export|erase`: one respondent's rights, over `RespondentRights` (the links page's calls).
struct RespondentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "respondent", abstract: "Droits d'un·e répondant·e\u{A0}: exporter ou effacer ses données.",
        subcommands: [Export.self, Erase.self])

    /// `--campaign` and `--respondent`, as the links page shows them.
    struct Target: ParsableArguments {
        @Option(help: "Numéro de la campagne.") var campaign: Int64
        @Option(help: "Identifiant du répondant, tel que la page des liens l'affiche (ex. « IDE 1 »).") var respondent: String
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Exporter les données d'un·e répondant·e (JSON ou CSV)\u{A0}; l'export est inscrit au journal d'audit.")
        @OptionGroup var target: Target
        @Option(help: "Format\u{A0}: json ou csv.") var format: RespondentRights.Format
        @Option(help: "Fichier à écrire (par défaut\u{A0}: la sortie standard).") var out: String?
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let (_, survey, store) = try workspace.load()
            let rights = RespondentRights(database: store, survey: survey)
            let file: (name: String, data: Data)
            do {
                file = try rights.export(try rights.respondent(campaignID: target.campaign, label: target.respondent),
                                         format: format, by: .commandLine)
            } catch { throw Console.storeFailure(error) }
            try Console.emit(file.data, to: out, said: "Données de «\u{A0}\(markdownCell(target.respondent))\u{A0}» écrites")
        }
    }

    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Effacer un·e répondant·e\u{A0}: ses réponses et son lien, d'un seul coup (les documents sont recalculés sans elle ou lui).")
        @OptionGroup var target: Target
        @Flag(help: "Confirmer l'effacement (sans cette option, rien n'est effacé).") var yes = false
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let (_, survey, store) = try workspace.load()
            let rights = RespondentRights(database: store, survey: survey)
            do {
                let respondent = try rights.respondent(campaignID: target.campaign, label: target.respondent)
                guard yes else {
                    Console.error("Rien n'a été effacé. Seraient effacés — \(try rights.erasureSummary(respondent))")
                    Console.error("Ajoutez --yes pour confirmer.")
                    throw ExitStatus.usage
                }
                let answers = try rights.erase(respondent, by: .commandLine)
                print("Effacé·e\u{A0}: «\u{A0}\(markdownCell(respondent.label))\u{A0}» de la campagne n°\u{A0}\(target.campaign) "
                      + "(\(answers) réponse(s) et son lien, qui ne s'ouvre plus).")
            } catch { throw Console.storeFailure(error) }
        }
    }
}

/// Prints what a purge removes (or would), one line per table.
enum PurgeOutput {
    static func print(_ heading: String, _ counts: PurgeCounts) {
        Swift.print(heading)
        for line in counts.lines { Swift.print("- \(markdownCell(line))") }
    }

    /// `campaign purge` and `team purge`: without `--yes`, a refusal naming what would go; with it, the purge.
    static func run(_ scope: PurgeScope, yes: Bool, workspace: WorkspaceOptions) throws {
        let purge = DataPurge(database: try workspace.openStore())
        do {
            let preview = try purge.preview(scope)
            guard yes else {
                Console.error("Rien n'a été supprimé. Seraient supprimés avec \(preview.name)\u{A0}:")
                for line in preview.counts.lines { Console.error("- \(line)") }
                Console.error("Ajoutez --yes pour confirmer.")
                throw ExitStatus.usage
            }
            print("Supprimé avec \(markdownCell(preview.name))\u{A0}:", try purge.purge(scope, by: .commandLine))
        } catch { throw Console.storeFailure(error) }
    }
}

/// What `campaign purge` and `team purge` take: the number, the confirmation, the database.
struct PurgeArguments: ParsableArguments {
    @Argument(help: "Numéro de la campagne ou de l'équipe.") var id: Int64
    @Flag(help: "Confirmer la suppression (sans cette option, rien n'est supprimé).") var yes = false
    @OptionGroup var workspace: WorkspaceOptions
}

/// `campaign purge` and `team purge` differ only in what the number names.
protocol PurgeSubcommand: ParsableCommand {
    var purge: PurgeArguments { get }
    static var scope: (Int64) -> PurgeScope { get }
}

extension PurgeSubcommand {
    func run() throws { try PurgeOutput.run(Self.scope(purge.id), yes: purge.yes, workspace: purge.workspace) }
}

extension CampaignCommand {
    struct Purge: PurgeSubcommand {
        static let configuration = CommandConfiguration(
            abstract: "Supprimer une campagne et tout ce qui s'y rattache (répondants, réponses, plan, démonstrations).")
        static let scope = PurgeScope.campaign
        @OptionGroup var purge: PurgeArguments
    }
}

extension TeamCommand {
    struct Purge: PurgeSubcommand {
        static let configuration = CommandConfiguration(
            abstract: "Supprimer une équipe, ses campagnes, ses faits propres et ses comptes de coordination.")
        static let scope = PurgeScope.team
        @OptionGroup var purge: PurgeArguments
    }
}

/// `sipadvisor purge`: what the federation's retention period no longer covers.
struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge", abstract: "Supprimer ce qui dépasse la durée de conservation (retention_months des réglages).",
        discussion: """
        Sont supprimées les campagnes sans activité (création, lien, réponse, questions d'équipe, plan, démonstration) \
        depuis plus que la durée de conservation, entières, et les lignes du journal d'audit plus anciennes. \
        Les équipes et les comptes restent. Relancer la commande ne supprime rien de plus.
        """)
    @Flag(help: "Montrer ce qui serait supprimé, sans rien supprimer.") var dryRun = false
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var federation: SettingsOption

    func run() throws {
        let settings = try federation.load()
        let store = try workspace.openStore()
        let result: RetentionPurge
        do {
            result = try DataPurge(database: store).purgeExpired(settings: settings, now: store.clock(), dryRun: dryRun, by: .commandLine)
        } catch { throw Console.storeFailure(error) }
        let months = settings.retentionMonths ?? 0
        guard !result.isEmpty else { print("Rien ne dépasse la durée de conservation (\(months)\u{A0}mois)."); return }
        print(dryRun ? "Serait supprimé (durée de conservation\u{A0}: \(months)\u{A0}mois, rien n'a été supprimé)\u{A0}:"
                     : "Supprimé (durée de conservation\u{A0}: \(months)\u{A0}mois)\u{A0}:")
        for (campaign, team, last) in result.campaigns {
            print("- campagne n°\u{A0}\(campaign.id) «\u{A0}\(markdownCell(campaign.name))\u{A0}» de «\u{A0}\(markdownCell(team))\u{A0}», "
                  + "dernière activité le \(last.formatted(.iso8601.year().month().day()))")
        }
        for line in result.counts.lines { print("- \(line)") }
        print("- lignes du journal d'audit\u{A0}: \(result.auditRows)")
    }
}

/// `sipadvisor audit list|export`: the audit log, for the admin on the server.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Lire ou exporter le journal d'audit (exports, effacements, purges, comptes, connexions).",
        subcommands: [List.self, Export.self])

    struct KindOption: ParsableArguments {
        @Option(help: "Type d'événement\u{A0}: \(AuditKind.allCases.map(\.rawValue).joined(separator: ", ")).") var kind: AuditKind?
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Les événements, du plus récent au plus ancien.")
        @OptionGroup var filter: KindOption
        @Option(help: "Nombre d'événements à montrer (1 à 1000).") var limit = 50
        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            if !(1...1000).contains(limit) { throw ValidationError("--limit\u{A0}: un nombre de 1 à 1000 est attendu.") }
        }

        func run() throws {
            let store = try workspace.openStore()
            do {
                let events = try store.auditLog.page(kind: filter.kind, offset: 0, limit: limit)
                let total = try store.auditLog.count(kind: filter.kind)
                if events.isEmpty { print("Journal d'audit vide" + (filter.kind == nil ? "." : " pour ce type.")); return }
                print("| N° | Date | Qui | Type | Cible | Détail |")
                print("|---:|---|---|---|---|---|")
                for event in events {
                    print("| \(event.id) | \(event.at.formatted(.iso8601)) | \(markdownCell(event.actor)) | \(event.kind.frenchName) | "
                          + "\(markdownCell(event.target)) | \(markdownCell(event.detail)) |")
                }
                if total > events.count { print("\n\(events.count) événement(s) sur \(total)\u{A0}; voir --limit ou audit export.") }
            } catch { throw Console.storeFailure(error) }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Le journal en CSV (tableur\u{A0}: « ; », virgule décimale).")
        @OptionGroup var filter: KindOption
        @Option(help: "Fichier à écrire (par défaut\u{A0}: la sortie standard).") var out: String?
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let store = try workspace.openStore()
            let data: Data
            do { data = try AuditCSV.make(try store.auditLog.all(kind: filter.kind)) } catch { throw Console.storeFailure(error) }
            try Console.emit(data, to: out, said: "Journal d'audit écrit")
        }
    }
}

extension Console {
    /// A file's bytes on the standard output, or written whole to `out` and `said` with its path.
    static func emit(_ data: Data, to out: String?, said: String) throws {
        guard let out else { FileHandle.standardOutput.write(data); return }
        do { try data.write(to: URL(fileURLWithPath: out), options: .atomic) } catch {
            Console.error("\(out)\u{A0}: écriture impossible (\(error.localizedDescription))")
            throw ExitStatus.cannotCreate
        }
        print("\(said)\u{A0}: \(out)")
    }
}

extension RespondentRights.Format: ExpressibleByArgument {}
extension AuditKind: ExpressibleByArgument {}
