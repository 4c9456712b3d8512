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
            try ProductCommand.validated(Self.options) { () throws(FactEntry.Refusal) in _ = try entry.checked(products: nil, today: Date()) }
        }

        func run() throws {
            let status = try entry.checked(products: nil, today: Date()).status
            try ProductCommand.recordStatus(workspace, Self.options, what: "Statut du label", product: product,
                                            words: Self.words(status)) { evidence in
                try evidence.recordLabel(entry, by: recorder.name, today: Date())
            }
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

extension ProductCommand {
    /// `sipadvisor product segur`: a product's new Ségur référencement, appended to its history.
    struct Segur: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enregistrer le référencement Ségur d'un produit.")

        @Option(help: "Identifiant du produit.") var product: String
        @Option(help: "État : referenced (référencé) ou not-referenced (non référencé).") var state: String
        @Option(help: "Couloir du référencement, par exemple LGC (obligatoire avec referenced).") var couloir = ""
        @Option(help: "Vague : 1 ou 2 (obligatoire avec referenced).") var vague = ""
        @Option(help: "Source : identifiant du registre des sources ou document cité.") var source: String
        @Option(help: "Date de la source : AAAA, AAAA-MM ou AAAA-MM-JJ.") var date: String
        @Option(help: "Remarque.") var note = ""

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        var entry: SegurEntry {
            SegurEntry(product: product, state: state, couloir: couloir, vague: vague, source: source, date: date, note: note)
        }

        func validate() throws {
            try ProductCommand.validated(Self.options) { () throws(FactEntry.Refusal) in _ = try entry.checked(products: nil, today: Date()) }
        }

        func run() throws {
            let status = try entry.checked(products: nil, today: Date()).status
            try ProductCommand.recordStatus(workspace, Self.options, what: "Statut Ségur", product: product,
                                            words: "\(status.frenchState)\u{00A0}; source\u{00A0}: \(markdownCell(status.source))") { evidence in
                try evidence.recordSegur(entry, by: recorder.name, today: Date())
            }
        }

        static let options = ["produit": "product", "etat": "state", "couloir": "couloir", "vague": "vague",
                              "source": "source", "date": "date", "note": "note"]
    }

    /// A refused field as ArgumentParser's usage error (exit 64), naming the option.
    static func validated(_ options: [String: String], _ check: () throws(FactEntry.Refusal) -> Void) throws {
        do { try check() } catch {
            throw ValidationError("--\(options[error.field] ?? error.field)\u{00A0}: \(error.problem)")
        }
    }

    /// Records a status and prints it; an unknown product is a data error naming `--product`.
    static func recordStatus(_ workspace: WorkspaceOptions, _ options: [String: String], what: String, product: String,
                             words: String, _ record: (EvidenceCatalog) throws -> EvidenceChange.Outcome) throws {
        let evidence = try workspace.evidence(try workspace.loadRun())
        do {
            let outcome = try record(evidence)
            print(outcome.statusesAdded == 0 ? "Statut identique au statut actuel\u{00A0}: rien n'a changé."
                  : "\(what) enregistré pour \(markdownCell(product))\u{00A0}: \(words).")
        } catch let refusal as FactEntry.Refusal {
            Console.error("erreur\u{00A0}: --\(options[refusal.field] ?? refusal.field)\u{00A0}: \(refusal.problem)")
            throw ExitStatus.dataError
        } catch { throw Console.storeFailure(error) }
    }
}
