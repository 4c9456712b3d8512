import Application
import ArgumentParser
import Catalog
import Deployment
import Foundation
import Reports
import Store

extension FactsCommand {
    /// `sipadvisor facts import-reply`: an editor's filled reply to the consultation becomes dated `editor` facts.
    struct ImportReply: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-reply",
            abstract: "Enregistrer la réponse d'un éditeur à la consultation (modèle CSV rempli) en faits déclarés par l'éditeur.",
            discussion: "Chaque ligne est vérifiée\u{00A0}; à la moindre erreur, rien n'est enregistré. Une réponse vide reste inconnue.")

        @Argument(help: "Modèle de réponse rempli par l'éditeur (CSV UTF-8, «\u{00A0};\u{00A0}» ou «\u{00A0},\u{00A0}»).") var file: String
        @Option(help: "Identifiant du produit.") var product: String
        @Option(help: "Date de la réponse, AAAA-MM-JJ.") var date: String
        @Option(help: "Source (par défaut\u{00A0}: «\u{00A0}réponse de l'éditeur du … à la consultation de …\u{00A0}»).") var source: String?

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        func validate() throws {
            if CalendarDay.parse(date) == nil { throw ValidationError("--date\u{00A0}: date attendue au format AAAA-MM-JJ.") }
        }

        func run() throws {
            let run = try workspace.loadRun()
            guard let data = FileManager.default.contents(atPath: file) else {
                Console.error("\(file)\u{00A0}: fichier introuvable ou illisible")
                throw ExitStatus.noInput
            }
            let evidence = try workspace.evidence(run)
            do {
                report(try EditorReply.importReply(data, name: file, product: product, date: date, source: source, into: evidence,
                                                   by: recorder.name, today: Date()))
            } catch let error as CatalogLoadError {
                throw Console.report(error)
            } catch let refused as EditorReply.Problems {
                for problem in refused.problems {
                    Console.error(problem.field.map { "--\(Add.options[$0] ?? $0)\u{00A0}: \(problem.message)" } ?? problem.description(file: file))
                }
                Console.error("\(FrenchNumber.count(refused.problems.count, "erreur", "erreurs"))\u{00A0}: rien n'a été enregistré.")
                throw ExitStatus.dataError
            } catch { throw Console.storeFailure(error) }
        }

        func report(_ outcome: EditorReply.Outcome) {
            print("Réponse enregistrée pour «\u{00A0}\(markdownCell(product))\u{00A0}»\u{00A0}: "
                  + "\(FrenchNumber.count(outcome.recorded.factsAdded, "fait enregistré", "faits enregistrés")), "
                  + "\(FrenchNumber.count(outcome.recorded.factsUnchanged, "inchangé", "inchangés")) (déclaratif éditeur, \(date)).")
            print("Source\u{00A0}: \(markdownCell(outcome.source))")
            print("Réponses vides, laissées inconnues (inconnu ne veut pas dire «\u{00A0}non\u{00A0}»)\u{00A0}: \(outcome.blank)")
            if !outcome.notRecorded.isEmpty {
                print("Non enregistrées, faute de critère au catalogue\u{00A0}: \(outcome.notRecorded.map(markdownCell).joined(separator: ", "))")
            }
        }
    }
}
