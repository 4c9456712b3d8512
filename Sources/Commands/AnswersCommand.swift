import Application
import ArgumentParser
import Catalog
import Foundation
import Store
import Survey

struct AnswersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answers", abstract: "Importer des réponses.", subcommands: [Import.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Importer des réponses\u{A0}: format long du programme, ou export de KoboToolbox ou de LimeSurvey.",
            discussion: """
            Sans --from\u{A0}: CSV avec les colonnes « repondant », « question », « valeur » (« , » ou « ; »)\u{A0}; les \
            réponses d'équipe ont « équipe » comme répondant. Avec --from kobo ou --from limesurvey\u{A0}: l'export de \
            l'outil (CSV ou XLSX, une ligne par personne), chaque ligne devenant un répondant de la campagne. Toute \
            erreur est signalée avec sa ligne (et sa colonne) et rien n'est écrit.
            """)

        @Argument(help: "Numéro de la campagne.")
        var id: Int64

        @Argument(help: "Fichier des réponses (CSV, ou XLSX avec --from).")
        var file: String

        @Option(help: "Outil d'où vient le fichier\u{A0}: kobo (KoboToolbox, ODK) ou limesurvey.")
        var from: SurveyTool?

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let (_, survey, store) = try workspace.load()
            let url = URL(fileURLWithPath: file)
            if let from { return try importExport(from: from, url: url, survey: survey, store: store) }
            let rows: [AnswerImport.Row]
            do { rows = try RecordsCSV.answerRows(url) } catch { throw Console.report(error) }
            do {
                switch try AnswerSaving(database: store, survey: survey).importRows(rows, campaignID: id) {
                case .failure(let failure):
                    throw Console.report(CatalogLoadError(failure.issues(in: url)))
                case .success(let plan):
                    print("\(plan.respondentAnswers.count) réponse(s) individuelle(s) et \(plan.teamAnswers.count) réponse(s) d'équipe importées.")
                    print(AnswerImport.completionSentence(completed: plan.completing.count,
                                                          of: Set(plan.respondentAnswers.map(\.respondentID)).count))
                }
            } catch { throw Console.storeFailure(error) }
        }

        /// A survey tool's export: each row a new respondent (`SurveyToolImport`).
        private func importExport(from tool: SurveyTool, url: URL, survey: SurveyDefinition, store: AppDatabase) throws {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw Console.report(CatalogLoadError([CatalogIssue(file: CatalogLoader.display(url), line: nil,
                                                                    message: "fichier introuvable ou illisible")]))
            }
            do {
                switch try SurveyToolImport(database: store, survey: survey).importFile(data, name: CatalogLoader.display(url), from: tool, campaignID: id) {
                case .failure(let problems): throw Console.report(problems)
                case .success(let summary): summary.lines.forEach { print($0) }
                }
            } catch { throw Console.storeFailure(error) }
        }
    }
}

extension SurveyTool: ExpressibleByArgument {}
