import Application
import ArgumentParser
import Comparator
import Foundation
import Reports
import Store
import Survey

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Synthèse d'équipe d'une campagne (la synthèse de maturité de « report maturity ») : participation, maturité, disparités, professions absentes, verdict de préparation, besoins pondérés, plan d'actions.")

    @Argument(help: "Numéro de la campagne.")
    var id: Int64

    @Option(help: "Voix des besoins : profession (chaque profession compte autant) ou person (chaque personne).")
    var voice: Pooling.Voice = .profession

    @Option(help: "Format : md, html, pdf, docx ou odt (la synthèse de maturité de « report maturity ») ou json.")
    var format: ResultFormat = .md

    @OptionGroup var workspace: WorkspaceOptions

    @OptionGroup var date: DocumentDate

    func validate() throws {
        if format == .csv { throw ValidationError("Formats possibles pour assess : md, html, pdf, docx, odt ou json (le CSV passe par « sipadvisor export »).") }
    }

    func run() throws {
        let run = try workspace.loadRun()
        let store = try workspace.openStore()
        do {
            let analysis = try CampaignAnalysis(database: store, campaignID: id, survey: run.survey, criteria: run.catalog.criteria,
                                                voice: voice, years: ComparisonSettings.defaultYears)
            let (profile, plan) = (analysis.profile, analysis.plan)
            switch format {
            case .json where profile.nobodyAnswered: Console.data(try Console.json(EmptyCampaign(profile)))
            case .json:
                struct Payload: Encodable { var profile: TeamProfile; var actionPlan: [PlannedAction] }
                Console.data(try Console.json(Payload(profile: profile, actionPlan: plan)))
            default:
                // The maturity synthesis of `report maturity` and of the web download, empty state included.
                let report = MaturityReport(profile: profile, plan: plan, survey: run.survey, criteria: run.catalog.criteria,
                                            date: date.reportDate)
                try printDocument(report.document(templates: run.templates), sources: run.sources, as: format.document ?? .md)
            }
        } catch let error as ReportError { throw CampaignDocuments.failure(error) } catch { throw Console.storeFailure(error) }
    }
}

/// What `--format json` prints for a campaign nobody has answered: counts and the empty state, no verdict.
struct EmptyCampaign: Encodable {
    var team: String
    var campaign: String
    var invited: Int
    var answered: Int
    var startedOnly: Int
    var message: String

    init(_ profile: TeamProfile) {
        team = profile.team; campaign = profile.campaign; invited = profile.invited; answered = profile.answered
        startedOnly = profile.startedOnly; message = profile.emptyState
    }
}
