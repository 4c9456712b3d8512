import Application
import ArgumentParser
import Comparator
import Foundation
import Store
import Survey

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Exporter une campagne en CSV (UTF-8, plus une variante « ; » pour tableur) ou en FHIR R4 (JSON).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, fhir }

    @Argument(help: "Numéro de la campagne.")
    var id: Int64

    @Option(help: "Format : csv ou fhir.")
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
            case .csv:
                let analysis = CampaignAnalysis(snapshot, survey: survey, criteria: catalog.criteria)
                files = try exporter.csvFiles(profile: analysis.profile, plan: analysis.plan)
            case .fhir: files = try exporter.fhirFiles()
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

