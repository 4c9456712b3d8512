import Application
import ArgumentParser
import Reports

extension ReportCommand {
    /// `sipadvisor report dashboard`: the federation's picture (the same document as `/tableau-de-bord`).
    struct Dashboard: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tableau de bord de la fédération : campagnes, maturité des équipes (carte de chaleur), alertes de label, actions en retard.")

        @Option(help: "Page de la carte de chaleur des équipes (50 équipes par page, par ordre alphabétique).") var page = 1
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var document: DocumentOptions

        func validate() throws {
            if page < 1 { throw ValidationError("--page\u{00A0}: un numéro de page à partir de 1 est attendu.") }
        }

        func run() throws {
            let run = try workspace.loadRun(templatesOverride: document.templates)
            let store = try workspace.openStore()
            let dashboard = FederationDashboard(store: store, reference: run.catalog, survey: run.survey)
            let built: DashboardDocument
            do {
                // The command pools every changed campaign: its figures are all current.
                try dashboard.refresh()
                built = try dashboard.document(date: document.reportDate, page: page)
            } catch { throw Console.storeFailure(error) }
            do { try document.emit(built.document(templates: run.templates), sources: run.sources) } catch let error as ReportError {
                throw CampaignDocuments.failure(error)
            }
        }
    }
}
