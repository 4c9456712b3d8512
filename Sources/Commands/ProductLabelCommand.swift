import Application
import ArgumentParser
import Comparator
import Foundation
import Reports
import Store

extension ProductCommand {
    /// `sipadvisor product label`: a product's new label status (lost, regained), appended to its history; the
    /// catalog page's « Statut du label » form makes the same call (`EvidenceCatalog.recordLabel`).
    struct Label: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enregistrer le statut de label d'un produit (obtenu, perdu, retrouvé).",
            discussion: "Le statut précédent reste dans l'historique. Les faits de grade « label » ne comptent que tant "
                + "que le produit détient un niveau du label.")

        @Option(help: "Identifiant du produit.") var product: String
        @Option(help: "État : held (détenu), no-longer-meets (ne répond plus au label) ou not-labelled (non labellisé).")
        var state: String
        @Option(help: "Niveau détenu : standard ou avance (seulement avec held, si la source le donne).") var level = ""
        @Option(help: "Date d'obtention : AAAA, AAAA-MM ou AAAA-MM-JJ.") var granted = ""
        @Option(help: "Date de perte (obligatoire avec no-longer-meets) : AAAA, AAAA-MM ou AAAA-MM-JJ.") var lost = ""
        @Option(help: "Source : identifiant du registre des sources ou document cité.") var source: String
        @Option(help: "Date de la source : AAAA, AAAA-MM ou AAAA-MM-JJ.") var date: String
        @Option(help: "Remarque.") var note = ""

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        var entry: LabelEntry {
            LabelEntry(product: product, state: state, level: level, granted: granted, lost: lost, source: source, date: date, note: note)
        }

        func validate() throws {
            do { _ = try entry.checked(products: nil, today: Date()) } catch {
                throw ValidationError("--\(Self.options[error.field] ?? error.field)\u{00A0}: \(error.problem)")
            }
        }

        func run() throws {
            let evidence = try workspace.evidence(try workspace.loadRun())
            do {
                let outcome = try evidence.recordLabel(entry, by: recorder.name, today: Date())
                let status = try entry.checked(products: nil, today: Date()).status
                print(outcome.statusesAdded == 0 ? "Statut identique au statut actuel\u{00A0}: rien n'a changé."
                      : "Statut du label enregistré pour \(markdownCell(product))\u{00A0}: \(Self.words(status)).")
            } catch let refusal as FactEntry.Refusal {
                Console.error("erreur\u{00A0}: --\(Self.options[refusal.field] ?? refusal.field)\u{00A0}: \(refusal.problem)")
                throw ExitStatus.dataError
            } catch { throw Console.storeFailure(error) }
        }

        /// The status in the sheets' words (`frenchState` says its level and dates), with its source.
        static func words(_ status: LabelStatus) -> String {
            "\(status.frenchState)\u{00A0}; source\u{00A0}: \(markdownCell(status.source)), \(status.date)"
        }

        /// The form's field → this command's option.
        static let options = ["produit": "product", "etat": "state", "niveau_label": "level", "obtenu": "granted", "perdu": "lost",
                              "source": "source", "date": "date", "note": "note"]
    }
}
