import Application
import ArgumentParser
import Comparator
import Foundation
import Reports
import Store

/// `sipadvisor product …`: the federation's products (a newly labelled software is added here, its facts with
/// `facts add`).
struct ProductCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "product", abstract: "Les produits du catalogue de la fédération.", subcommands: [Add.self, List.self, Label.self, Segur.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ajouter un produit (ses faits sont inconnus tant qu'ils ne sont pas enregistrés).")

        @Option(help: "Identifiant : a-z, 0-9 et tiret (par exemple mon-logiciel).") var id: String
        @Option(help: "Nom du produit.") var name: String
        @Option(help: "Éditeur.") var editor = ""
        @Flag(help: "Produit fictif (démonstration, formation).") var fictional = false

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        func run() throws {
            let evidence = try workspace.evidence(try workspace.loadRun())
            do {
                let product = try evidence.addProduct(ProductEntry(id: id, name: name, editor: editor, fictional: fictional),
                                                      by: recorder.name)
                print("Produit ajouté : \(markdownCell(product.name)) (\(product.id)).")
            } catch let refusal as FactEntry.Refusal {
                Console.error("erreur\u{00A0}: --\(Self.options[refusal.field] ?? refusal.field) : \(refusal.problem)")
                throw ExitStatus.dataError
            } catch { throw Console.storeFailure(error) }
        }

        static let options = ["identifiant": "id", "nom": "name", "editeur": "editor"]
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lister les produits, avec l'âge de leurs informations.")

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let evidence = try workspace.evidence(try workspace.loadRun())
            let products = try workspace.storeCall { try evidence.products(team: nil) }
            let editors = try workspace.storeCall { Dictionary(try evidence.store.products.all().map { ($0.id, $0.editor ?? "") },
                                                               uniquingKeysWith: { first, _ in first }) }
            print("| Identifiant | Produit | Éditeur | Faits connus | Information la plus récente |")
            print("|---|---|---|---:|---|")
            for product in products {
                let known = product.facts.values.filter(\.isKnown)
                let newest = EvidencePeriod(facts: known).newest ?? "aucune"
                print("| \(product.id) | \(markdownCell(product.name)) | "
                      + "\(markdownCell(editors[product.id] ?? "")) | \(known.count) | \(newest) |")
            }
        }
    }
}
