import Application
import ArgumentParser
import Catalog
import Comparator
import Foundation
import Reports
import Store
import Survey

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exporter une campagne en CSV (UTF-8, plus une variante «\u{A0};\u{A0}» pour tableur), en classeur XLSX, en FHIR R4 (JSON), "
            + "son questionnaire en XLSForm (KoboToolbox, ODK), ses calendriers iCalendar (jalons, échéances des actions, "
            + "groupes utilisateurs) ou tout en un ZIP (documents et exports).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, fhir, xlsx, xlsform, ics, zip }

    @Argument(help: "Numéro de la campagne.")
    var id: Int64

    @Option(help: ArgumentHelp("Format\u{A0}: csv, fhir, xlsx (classeur\u{A0}: réponses, maturité, poids, plan d'actions, codebook), "
                + "xlsform (questionnaire pour KoboToolbox, ODK), ics (calendriers) ou zip (les documents en Markdown, HTML, "
                + "PDF, DOCX et ODT, le modèle de réponse des éditeurs et les exports, avec un LISEZMOI.txt)."))
    var format: Format

    @Option(help: "Dossier de sortie (créé au besoin).")
    var out: String

    @OptionGroup var workspace: WorkspaceOptions

    /// zip, ics: the day in the files' names (ics: and the plan's projected start while the deployment is not followed).
    @OptionGroup var date: DocumentDate

    /// ics: `base_url`, so that each event links to its page.
    @OptionGroup var federation: SettingsOption

    func run() throws {
        switch format {
        case .zip: try writeZip()
        case .ics: try writeCalendars()
        case .csv, .fhir, .xlsx, .xlsform: try writeAnswers()
        }
    }

    /// csv, fhir, xlsx, xlsform: the campaign's answers (or questionnaire), recorded in the audit log.
    private func writeAnswers() throws {
        let (catalog, survey, store) = try workspace.load()
        let files: [(name: String, data: Data)]
        do {
            let snapshot = try store.campaigns.snapshot(campaignID: id)
            let exporter = CampaignExport(snapshot: snapshot, survey: survey, catalog: catalog)
            switch format {
            case .csv, .xlsx:
                let analysis = CampaignAnalysis(snapshot, survey: survey, criteria: catalog.criteria)
                files = try format == .csv ? exporter.csvFiles(profile: analysis.profile, plan: analysis.plan)
                    : [(exporter.workbookName, exporter.workbook(profile: analysis.profile, plan: analysis.plan))]
            case .fhir: files = try exporter.fhirFiles()
            case .zip, .ics: return
            case .xlsform: files = [try exporter.xlsForm()]
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
        print("\(files.count) fichier(s) écrit(s) dans \(out)\u{00A0}: " + files.map(\.name).joined(separator: ", "))
    }

    /// The campaign's ZIP (`CampaignFiles`, the same as the campaign page's), named with its team and date.
    private func writeZip() throws {
        let run = try workspace.loadRun()
        let context = try CampaignDocuments(run: run, workspace: workspace, campaign: id)
        let store = try workspace.openStore()
        let tracking = try FollowUpTracking(database: store, method: run.method, reference: run.catalog)
        let day = date.reportDate
        let files: CampaignFiles
        do {
            let request = try context.filesRequest(date: day, templates: run.templates, sources: run.sources,
                                                   tracking: try tracking.state(campaignID: id, today: day), exports: true,
                                                   conversion: OfficeConversion())
            files = CampaignFiles.gather(request, team: context.snapshot.team.name, campaign: context.snapshot.campaign.name, date: day)
        } catch let error as ReportError { throw CampaignDocuments.failure(error) }
        catch let refusal as FHIRExport.Refusal {
            Console.error("erreur : \(refusal)")
            throw ExitStatus.dataError
        } catch { throw Console.storeFailure(error) }
        let archive: Data
        do { archive = try files.zip() } catch {
            Console.error("ZIP impossible : \(error.localizedDescription)")
            throw ExitStatus.cannotCreate
        }
        try writeFiles([(files.zipName.ascii, archive)], to: URL(fileURLWithPath: out))
        do {
            try CampaignExport.recordExport(store, campaign: context.snapshot.campaign, files: files.fileNames, by: .commandLine)
        } catch { throw Console.storeFailure(error) }
        print("Fichier écrit : \(URL(fileURLWithPath: out).appendingPathComponent(files.zipName.ascii).path) (\(files.entries.count + 1) fichiers)")
        for line in files.missing { print("  manquant : " + line) }
    }

    private func writeCalendars() throws {
        let (run, store) = try workspace.loadWithProducts()
        let baseURL = try federation.load().baseURL
        let calendars = CampaignCalendars(store: store, method: run.method, reference: run.catalog, grid: run.survey.grid)
        let files: [(name: String, data: Data)]
        do { files = try calendars.files(campaignID: id, today: date.reportDate, stamp: Date(), baseURL: baseURL) } catch {
            throw Console.storeFailure(error)
        }
        try writeFiles(files, to: URL(fileURLWithPath: out))
        print("\(files.count) fichier(s) écrit(s) dans \(out)\u{00A0}: " + files.map(\.name).joined(separator: ", "))
    }
}
