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
            abstract: "Importer des réponses au format long (répondant, question, valeur).",
            discussion: """
            CSV avec les colonnes « repondant », « question », « valeur » (« , » ou « ; »). Les réponses d'équipe ont \
            « équipe » comme répondant. Toute erreur est signalée avec son numéro de ligne et rien n'est écrit.
            """)

        @Argument(help: "Numéro de la campagne.")
        var id: Int64

        @Argument(help: "Fichier CSV des réponses.")
        var file: String

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let (catalog, survey, store) = try workspace.load()
            let url = URL(fileURLWithPath: file)
            let rows: [AnswerImport.Row]
            do { rows = try RecordsCSV.answerRows(url) } catch { throw Console.report(error) }
            do {
                switch try AnswerSaving(database: store, survey: survey).importRows(rows, campaignID: id) {
                case .failure(let failure):
                    throw Console.report(CatalogLoadError(failure.issues(in: url)))
                case .success(let plan):
                    print("\(plan.respondentAnswers.count) réponse(s) individuelle(s) et \(plan.teamAnswers.count) réponse(s) d'équipe importées.")
                    let people = Set(plan.respondentAnswers.map(\.respondentID)).count
                    print("\(plan.completing.count) personne(s) sur \(people) ont répondu (toutes les questions obligatoires renseignées)\u{A0}; "
                          + "les autres restent « en cours » et ne comptent pas dans la synthèse.")
                }
            } catch { throw Console.storeFailure(error) }
        }
    }
}
