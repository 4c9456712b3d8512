import Application
import ArgumentParser
import Catalog
import Comparator
import Foundation
import Store
import Survey

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exporter une campagne en CSV (UTF-8, plus une variante « ; » pour tableur), en FHIR R4 (JSON) ou en calendriers iCalendar (jalons, échéances des actions, groupes utilisateurs).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, fhir, ics }

    @Argument(help: "Numéro de la campagne.")
    var id: Int64

    @Option(help: "Format : csv, fhir ou ics.")
    var format: Format

    @Option(help: "Dossier de sortie (créé au besoin).")
    var out: String

    @OptionGroup var workspace: WorkspaceOptions

    /// ics: the day in the files' names, and the plan's projected start while the deployment is not followed.
    @OptionGroup var day: DocumentDate

    /// ics: `base_url`, so that each event links to its page.
    @OptionGroup var federation: SettingsOption

    func run() throws {
        if format == .ics { try writeCalendars() } else { try writeAnswers() }
    }

    /// csv, fhir: the campaign's answers, recorded in the audit log.
    func writeAnswers() throws {
        let (catalog, survey, store) = try workspace.load()
        let files: [(name: String, data: Data)]
        do {
            let snapshot = try store.campaigns.snapshot(campaignID: id)
            let exporter = CampaignExport(snapshot: snapshot, survey: survey, catalog: catalog)
            if format == .fhir {
                files = try exporter.fhirFiles()
            } else {
                let analysis = CampaignAnalysis(snapshot, survey: survey, criteria: catalog.criteria)
                files = try exporter.csvFiles(profile: analysis.profile, plan: analysis.plan)
            }
        } catch let refusal as FHIRExport.Refusal {
            Console.error("erreur : \(refusal)")
            throw ExitStatus.dataError
        } catch { throw Console.storeFailure(error) }
        try writeFiles(files, to: URL(fileURLWithPath: out))
        do {
            try CampaignExport.recordExport(store, campaign: try store.campaigns.snapshot(campaignID: id).campaign, files: files.map(\.name),
                                            by: .commandLine)
        } catch { throw Console.storeFailure(error) }
        print("\(files.count) fichier(s) écrit(s) dans \(out) : " + files.map(\.name).joined(separator: ", "))
    }

    func writeCalendars() throws {
        let (run, store) = try workspace.loadWithProducts()
        let baseURL = try federation.load().baseURL
        let calendars = CampaignCalendars(store: store, method: run.method, reference: run.catalog, grid: run.survey.grid)
        let files: [(name: String, data: Data)]
        do { files = try calendars.files(campaignID: id, today: day.reportDate, stamp: Date(), baseURL: baseURL) } catch {
            throw Console.storeFailure(error)
        }
        try writeFiles(files, to: URL(fileURLWithPath: out))
        print("\(files.count) fichier(s) écrit(s) dans \(out)\u{00A0}: " + files.map(\.name).joined(separator: ", "))
    }
}
