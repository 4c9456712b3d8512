import Application
import ArgumentParser
import Comparator
import Foundation
import Store
import Survey

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exporter une campagne en CSV (UTF-8, plus une variante «\u{A0};\u{A0}» pour tableur), en classeur XLSX, en FHIR R4 (JSON) "
            + "ou son questionnaire en XLSForm (KoboToolbox, ODK).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, fhir, xlsx, xlsform }

    @Argument(help: "Numéro de la campagne.")
    var id: Int64

    @Option(help: ArgumentHelp("Format\u{A0}: csv, fhir, xlsx (classeur\u{A0}: réponses, maturité, poids, plan d'actions, codebook) "
                + "ou xlsform (questionnaire pour KoboToolbox, ODK)."))
    var format: Format

    @Option(help: "Dossier de sortie (créé au besoin).")
    var out: String

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
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
        print("\(files.count) fichier(s) écrit(s) dans \(out) : " + files.map(\.name).joined(separator: ", "))
    }
}

