import Application
import ArgumentParser
import Foundation
import Reports
import Store
import Survey

/// `sipadvisor evaluation …`: a demonstration scored by the professionals present (issue 10, part 5). The scoring
/// itself is on the web (`/d/TOKEN`, no account); `report evaluation` prints the synthesis.
struct EvaluationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluation", abstract: "Évaluer une démonstration : préparer la grille, la clôturer.",
        subcommands: [Create.self, Close.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Préparer la grille d'une démonstration à partir des besoins pondérés de l'équipe, et son lien.",
            discussion: "Les scénarios des besoins que l'équipe pondère, les éliminatoires d'abord, puis les plus lourds.")

        @Option(help: "Numéro de la campagne (les besoins de l'équipe).") var campaign: Int64
        @Option(help: "Identifiant du produit démontré (voir sipadvisor product list).") var product: String
        @Option(help: "Jour de la démonstration, AAAA-MM-JJ.") var date: String
        @Option(help: "Adresse du serveur web pour le lien de l'évaluation.") var baseURL = CampaignSetup.localBaseURL

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        func run() throws {
            let run = try workspace.loadRun()
            let evaluations = DemoEvaluation(store: try workspace.openStore(), reference: run.catalog, survey: run.survey)
            let created = try refusing { try evaluations.create(campaign: campaign, product: product, date: date, by: recorder.name) }
            let snapshot = try refusing { try evaluations.snapshot(created.id) }
            let demonstrated = try workspace.storeCall { try evaluations.store.products.find(id: created.productId) }
            print("Évaluation n° \(created.id) préparée\u{00A0}: démonstration de \(markdownCell(demonstrated?.name ?? created.productId)) "
                  + "le \(FrenchDate.long(created.date)), \(snapshot.scenarios.count) scénario(s).")
            if CampaignSetup.isLocal(baseURL) {
                Console.error("Attention\u{00A0}: ce lien pointe vers cette machine (\(baseURL))\u{00A0}; donnez l'adresse publique du serveur avec --base-url.")
            }
            print("Lien à ouvrir sur les téléphones (sans compte\u{00A0}; chacun·e indique sa profession)\u{00A0}:")
            print(DemoEvaluation.link(base: baseURL, token: created.token))
            print("")
            print("| N° | Critère | Scénario |")
            print("|---:|---|---|")
            for scenario in snapshot.scenarios {
                print("| \(scenario.position) | \(markdownCell(scenario.criterionId))\(scenario.mustHave ? " (éliminatoire)" : "") | \(markdownCell(scenario.text)) |")
            }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Clore l'évaluation : les fiches ne changent plus, le résultat devient les faits «\u{00A0}vu en démonstration\u{00A0}» de l'équipe.",
            discussion: "Chaque profession compte pour une voix. Un scénario seulement annoncé ne change pas l'information du catalogue.")

        @Option(help: "Numéro de l'évaluation.") var evaluation: Int64

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        func run() throws {
            let run = try workspace.loadRun()
            let evaluations = DemoEvaluation(store: try workspace.openStore(), reference: run.catalog, survey: run.survey)
            let closing = try refusing { try evaluations.close(evaluation, by: recorder.name, today: Date()) }
            let result = closing.result
            print("Évaluation n° \(evaluation) close\u{00A0}: \(markdownCell(result.source)).")
            print("\(closing.outcome.factsAdded) fait(s) «\u{00A0}vu en démonstration\u{00A0}» enregistré(s) pour l'équipe "
                  + "«\u{00A0}\(markdownCell(result.team))\u{00A0}», \(closing.outcome.factsUnchanged) inchangé(s).")
            print("")
            print("| N° | Critère | Verdict commun | Information retenue |")
            print("|---:|---|---|---|")
            for scenario in result.scenarios {
                print("| \(scenario.position) | \(markdownCell(scenario.criterion)) | \(scenario.pooling.verdict.frenchName) | "
                      + "\(DemoWords.outcome(scenario.fact, verdict: scenario.pooling.verdict)) |")
            }
        }
    }
}

/// Runs an evaluation use case: a refused input names its option (`--campaign`, `--product`, `--date`,
/// `--evaluation`), exit 65; store failures as every command reports them.
func refusing<Value>(_ body: () throws -> Value) throws -> Value {
    do { return try body() } catch let refusal as DemoEvaluation.Refusal {
        let options = ["campagne": "campaign", "produit": "product", "date": "date", "evaluation": "evaluation"]
        Console.error("erreur\u{00A0}: --\(options[refusal.field] ?? refusal.field)\u{00A0}: \(refusal.problem)")
        throw ExitStatus.dataError
    } catch let error as ReportError { throw CampaignDocuments.failure(error) } catch { throw Console.storeFailure(error) }
}
