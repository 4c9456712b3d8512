import Application
import ArgumentParser
import Comparator
import Deployment
import Foundation
import Reports
import Store

/// `sipadvisor followup …`: the deployment follow-up of a campaign, the DIM's side (the CLI runs with the DIM's
/// rights). Every check is `Application.FollowUpEntry`; options are checked in `validate()` with the same rules.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Suivre le déploiement d'une équipe\u{00A0}: étapes, engagements de l'éditeur, formations, reprise des données.",
        subcommands: [FollowUpStart.self, FollowUpList.self, FollowUpSet.self, FollowUpPromise.self, FollowUpTrain.self,
                      FollowUpTrainings.self, FollowUpDefect.self, FollowUpChecklist.self])
}

/// `--campaign` and the workspace, shared by every `followup` command.
struct FollowUpTarget: ParsableArguments {
    @Option(help: "Numéro de la campagne suivie.") var campaign: Int64
    @OptionGroup var workspace: WorkspaceOptions

    /// The use case on this workspace's store and catalog.
    func tracking() throws -> FollowUpTracking {
        let (run, store) = try workspace.loadWithProducts()
        return FollowUpTracking(database: store, method: run.method, reference: run.catalog)
    }

    /// Runs a use case, turning a refusal into its option's French message (exit 64) and a store error into 65.
    func perform<T>(renamed: [String: String] = [:], _ body: (FollowUpTracking) throws -> T) throws -> T {
        let tracking = try tracking()
        do { return try body(tracking) } catch let refusal as FollowUpEntry.Refusal {
            Console.error("erreur\u{00A0}: \(FollowUpEntry.option(refusal, renamed: renamed)).")
            throw ExitStatus.usage
        } catch { throw Console.storeFailure(error, fromOptions: true) }
    }

    /// The follow-up on `today`, or exit 65 with the command that starts it.
    func state(today: String) throws -> FollowUpState { try followed(today: today).state }

    /// The follow-up on `today` with the catalog it was read with (its professions' labels), or exit 65 with the
    /// command that starts it.
    func followed(today: String) throws -> (state: FollowUpState, catalog: ProductCatalog) {
        guard let followed = try perform({ tracking in
            try tracking.state(campaignID: campaign, today: today).map { ($0, tracking.reference) }
        }) else {
            throw Console.storeFailure(StoreError.invalid("le suivi de la campagne \(campaign) n'est pas démarré («\u{00A0}sipadvisor followup start --campaign \(campaign) --start AAAA-MM-JJ\u{00A0}»)"))
        }
        return followed
    }
}

/// Checks options in `validate()` with the use case's own rules, naming the option.
func validateFollowUp(renamed: [String: String] = [:], _ checks: () throws -> Void) throws {
    do { try checks() } catch let refusal as FollowUpEntry.Refusal {
        throw ValidationError(FollowUpEntry.option(refusal, renamed: renamed) + ".")
    }
}

struct FollowUpStart: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Démarrer le suivi\u{00A0}: les étapes du plan deviennent des étapes suivies (une seule fois).")
    @OptionGroup var target: FollowUpTarget
    @Option(help: "Début du projet, AAAA-MM-JJ\u{00A0}: les dates prévues en découlent.") var start: String
    @Option(help: "Logiciel déployé (identifiant du catalogue), pour la formation déclarée par l'éditeur.") var product: String?
    @Option(help: "Qui démarre le suivi.") var by = "DIM"

    func validate() throws { try validateFollowUp { _ = try FollowUpEntry.day(start, "debut") } }

    func run() throws {
        let count = try target.perform { tracking in
            let followUp = try tracking.start(campaignID: target.campaign, start: start, product: product, by: by)
            return try tracking.database.followUps.items(followUpID: followUp.id).count
        }
        print("Suivi démarré pour la campagne \(target.campaign)\u{00A0}: \(FrenchNumber.count(count, "étape", "étapes")) à partir du \(FrenchDate.long(start)).")
    }
}

struct FollowUpSet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Modifier une étape suivie ou un engagement de l'éditeur (état, dates réelles, planning).")
    @OptionGroup var target: FollowUpTarget
    @Option(help: "Numéro de l'étape (colonne «\u{00A0}n°\u{00A0}» de «\u{00A0}followup list\u{00A0}»).") var step: Int64
    @Option(help: "État\u{00A0}: «\u{00A0}à faire\u{00A0}», «\u{00A0}en cours\u{00A0}», «\u{00A0}fait\u{00A0}» ou «\u{00A0}bloqué\u{00A0}».") var status: String?
    @Option(help: "Motif du blocage (obligatoire pour «\u{00A0}bloqué\u{00A0}»).") var reason: String?
    @Option(name: .customLong("actual-start"), help: "Début réel, AAAA-MM-JJ (vide\u{00A0}: effacer).") var actualStart: String?
    @Option(name: .customLong("actual-end"), help: "Fin réelle, AAAA-MM-JJ (obligatoire pour «\u{00A0}fait\u{00A0}»).") var actualEnd: String?
    @Option(name: .customLong("planned-start"), help: "Début prévu, AAAA-MM-JJ.") var plannedStart: String?
    @Option(name: .customLong("planned-end"), help: "Fin prévue, AAAA-MM-JJ.") var plannedEnd: String?
    @Option(help: "Pilote.") var owner: String?

    func validate() throws {
        try validateFollowUp {
            if let status { _ = try FollowUpEntry.choice(status, "statut", as: StepStatus.self) }
            for (value, field) in [(actualStart, "debut_reel"), (actualEnd, "fin_reelle"), (plannedStart, "debut_prevu"), (plannedEnd, "fin_prevue")] {
                _ = try FollowUpEntry.day(value, field)
            }
        }
    }

    func run() throws {
        let edit = StepEdit(status: status, reason: reason, actualStart: actualStart, actualEnd: actualEnd,
                            plannedStart: plannedStart, plannedEnd: plannedEnd, owner: owner)
        let item = try target.perform { try $0.set(campaignID: target.campaign, itemID: step, edit, as: .dim) }
        print("Étape \(item.id) «\u{00A0}\(markdownCell(item.title))\u{00A0}»\u{00A0}: \(item.status)"
              + (item.actualEnd.map { ", fin réelle le \(FrenchDate.long($0))" } ?? "") + ".")
    }
}

struct FollowUpPromise: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "promise", abstract: "Enregistrer une date promise par l'éditeur (installation, reprise, formation).")
    @OptionGroup var target: FollowUpTarget
    @Option(help: "Ce que l'éditeur s'est engagé à faire.") var title: String
    @Option(help: "Date promise, AAAA-MM-JJ.") var due: String
    @Option(name: .customLong("method-step"), help: "Étape de la méthode concernée (identifiant, par exemple installation).") var methodStep: String?

    /// The promised day is the item's planned end (`fin_prevue`), typed here as `--due`.
    static let renamed = ["fin_prevue": "--due"]

    func validate() throws { try validateFollowUp(renamed: Self.renamed) { _ = try FollowUpEntry.day(due, "fin_prevue") } }

    func run() throws {
        let item = try target.perform(renamed: Self.renamed) { try $0.promise(campaignID: target.campaign, title: title, step: methodStep, due: due, as: .dim) }
        print("Engagement \(item.id) de l'éditeur enregistré\u{00A0}: «\u{00A0}\(markdownCell(item.title))\u{00A0}» pour le \(FrenchDate.long(item.plannedEnd)).")
    }
}

struct FollowUpTrain: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "train", abstract: "Enregistrer une formation d'un·e professionnel·le.")
    @OptionGroup var target: FollowUpTarget
    @Option(help: "Le ou la professionnel·le, tel·le que nommé·e dans la campagne.") var person: String
    @Option(help: "Date, AAAA-MM-JJ.") var date: String
    @Option(help: "Durée en heures (1,5 ou 1.5).") var hours: String
    @Option(help: "Contenu\u{00A0}: individuel, pluriprofessionnel ou aci.") var content: String
    @Option(help: "Formé·e par (formateur·rice, éditeur).") var by: String

    func validate() throws {
        try validateFollowUp {
            _ = try FollowUpEntry.day(date, "date")
            _ = try FollowUpEntry.hours(hours)
            _ = try FollowUpEntry.choice(content, "contenu", as: TrainingContent.self)
        }
    }

    func run() throws {
        try target.perform { try $0.train(campaignID: target.campaign, person: person, date: date, hours: hours, content: content, trainer: by) }
        let kind = TrainingContent(rawValue: content)?.frenchName ?? content
        print("Formation enregistrée\u{00A0}: \(markdownCell(person)), \(FrenchDate.long(date)), \((try? FollowUpEntry.hours(hours)).map { FrenchNumber.format($0) } ?? hours) h, \(kind).")
    }
}

struct FollowUpDefect: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "defect", abstract: "Enregistrer une anomalie de la reprise des données, ou sa correction (--fix).")
    @OptionGroup var target: FollowUpTarget
    @Option(help: "Date où l'anomalie a été trouvée, AAAA-MM-JJ.") var date: String?
    @Option(help: "Description de l'anomalie.") var description: String?
    @Option(help: "Gravité\u{00A0}: mineur, majeur ou bloquant.") var severity: String?
    @Option(help: "Numéro de l'anomalie corrigée.") var fix: Int64?
    @Option(help: "Date de la correction, AAAA-MM-JJ (avec --fix).") var fixed: String?

    func validate() throws {
        try validateFollowUp {
            _ = try FollowUpEntry.day(date, "date")
            _ = try FollowUpEntry.day(fixed, "corrigee")
            if fix == nil, let severity { _ = try FollowUpEntry.choice(severity, "gravite", as: DefectSeverity.self) }
        }
        if fix != nil, fixed == nil { throw ValidationError("--fixed\u{00A0}: obligatoire avec --fix (date de la correction, AAAA-MM-JJ).") }
    }

    func run() throws {
        if let fix {
            try target.perform { try $0.fix(campaignID: target.campaign, defectID: fix, on: fixed) }
            print("Anomalie \(fix) corrigée le \(FrenchDate.long(fixed ?? "")).")
            return
        }
        let defect = try target.perform { try $0.defect(campaignID: target.campaign, found: date, description: description, severity: severity) }
        print("Anomalie \(defect.id) enregistrée (\(defect.severity))\u{00A0}: \(markdownCell(defect.description)).")
    }
}
