import Application
import Reports
import ArgumentParser
import Catalog
import Store

extension ReportCommand {
    /// `sipadvisor report sensibilisation`: the support of the meeting held with a team before any project.
    struct Sensitisation: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sensibilisation",
            abstract: "Support de la réunion de sensibilisation d'une équipe, avant tout projet (sept thèmes, chiffres de l'équipe, feuille d'émargement).")

        @Option(help: "Équipe : son numéro ou son nom.") var team: String
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var federation: SettingsOption
        @OptionGroup var document: DocumentOptions

        func run() throws {
            let settings = try federation.load()
            let run = try workspace.loadRun(templatesOverride: document.templates)
            let store = try workspace.openStore()
            let support = SensitisationSupport(store: store, reference: run.catalog, method: run.method, kit: run.sensitisation)
            let meeting: SensitisationMeeting
            do {
                guard let target = try store.teams.find(nameOrID: team) else { throw StoreError.unknownTeam(team) }
                meeting = try support.meeting(team: target, host: settings.shown(.dimContact), date: document.reportDate)
            } catch { throw Console.storeFailure(error, fromOptions: true) }
            do { try document.emit(meeting.document(templates: run.templates), sources: run.sources) } catch let error as ReportError {
                throw CampaignDocuments.failure(error)
            }
        }
    }
}
