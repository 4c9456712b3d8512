import Application
import ArgumentParser
import Comparator
import Deployment
import Foundation
import Reports
import Store
import Survey

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Modifier le plan d'actions d'une campagne (pilote, échéance, moyens, indicateur, état).")

    @Argument(help: "Numéro de la campagne.")
    var id: Int64

    @Option(help: "Identifiant de la dimension de maturité concernée.")
    var dimension: String

    @Option(help: "Intitulé de l'action.") var title: String?
    @Option(help: "Pilote (nom ou fonction).") var lead: String?
    @Option(help: "Échéance, AAAA-MM-JJ.") var due: String?
    @Option(help: "Moyens.") var means: String?
    @Option(help: "Indicateur de suivi.") var indicator: String?
    @Option(help: "État : « à faire », « en cours » ou « fait ».") var status: String?

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        let survey = try workspace.loadRun().survey
        let store = try workspace.openStore()
        do {
            let edit = ActionPlanEditing.Edit(title: title, lead: lead, due: due, means: means, indicator: indicator, status: status)
            let action = try ActionPlanEditing(database: store, survey: survey).save(edit, campaignID: id, dimension: dimension)
            let template = survey.grid.dimension(dimension)
            print("Action enregistrée pour « \(markdownCell(template?.title ?? dimension)) » : \(markdownCell(action.title)) — "
                  + "pilote \(markdownCell(action.lead ?? "à désigner")), "
                  + "échéance \(action.due ?? "à fixer"), \(action.status.rawValue).")
        } catch let refusal as ActionPlanEditing.Refusal {
            // The rule is the web form's; here the option is named, and a malformed option is a usage error.
            Console.error("\(Self.options[refusal.field] ?? refusal.field)\u{00A0}: \(refusal.problem).")
            throw ExitStatus.usage
        } catch { throw Console.storeFailure(error) }
    }

    /// The form field of `ActionPlanEditing` each option fills.
    static let options = ["titre": "--title", "pilote": "--lead", "echeance": "--due", "moyens": "--means", "indicateur": "--indicator",
                          "etat": "--status", "dimension": "--dimension"]
}
