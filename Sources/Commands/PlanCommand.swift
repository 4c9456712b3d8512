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

    func validate() throws {
        if let due, !Self.isISODate(due) { throw ValidationError("--due : date attendue au format AAAA-MM-JJ, par exemple 2027-03-31.") }
        if let status, PlannedAction.Status(rawValue: status) == nil {
            throw ValidationError("--status : « à faire », « en cours » ou « fait ».")
        }
        for (name, text) in [("--title", title), ("--lead", lead), ("--means", means), ("--indicator", indicator)]
        where text.map(TypedText.hasControlCharacter) == true {
            throw ValidationError("\(name) : caractère de contrôle non accepté (retirez-le et recommencez).")
        }
    }

    static func isISODate(_ text: String) -> Bool { CalendarDay.parse(text) != nil }

    func run() throws {
        let run = try workspace.loadRun()
        let (catalog, survey) = (run.catalog, run.survey)
        guard let template = survey.grid.dimension(dimension) else {
            Console.error("--dimension : dimension inconnue « \(dimension) » (attendu : \(survey.grid.dimensions.map(\.id).joined(separator: ", ")))")
            throw dataErrorExit
        }
        let store = try workspace.openStore()
        do {
            let (_, plan) = try store.profile(campaignID: id, definition: survey, criteria: catalog.criteria)
            var action = plan.first { $0.dimension == dimension }
                ?? PlannedAction(dimension: dimension, title: template.action.title, means: template.action.means,
                                 indicator: template.action.indicator)
            if let title { action.title = title }
            if let lead { action.lead = lead }
            if let due { action.due = due }
            if let means { action.means = means }
            if let indicator { action.indicator = indicator }
            if let status { action.status = PlannedAction.Status(rawValue: status)! }
            try store.saveAction(campaignID: id, action)
            print("Action enregistrée pour « \(markdownCell(template.title)) » : \(markdownCell(action.title)) — "
                  + "pilote \(markdownCell(action.lead ?? "à désigner")), "
                  + "échéance \(action.due ?? "à fixer"), \(action.status.rawValue).")
        } catch { throw Console.storeFailure(error) }
    }
}
