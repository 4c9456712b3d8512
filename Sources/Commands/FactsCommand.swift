import Application
import ArgumentParser
import Catalog
import Comparator
import Foundation
import Reports
import Store

/// `sipadvisor facts …`: the federation's dated evidence on products, kept in the database with its history.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts", abstract: "Les faits sur les produits : importer, lister, ajouter, historique, exporter.",
        subcommands: [Import.self, List.self, Add.self, History.self, Export.self, ImportReply.self, Observations.self,
                      AcceptObservation.self, RejectObservation.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Importer des fiches produits YAML (par défaut, celles du catalogue livré).",
            discussion: "Les faits identiques aux faits actuels ne sont pas répétés dans l'historique.")

        @Argument(help: "Fichier ou dossier de fiches produits (.yaml).")
        var path: String?

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        func run() throws {
            let run = try workspace.loadRun()
            let products: [Product]
            if let path {
                do { products = try ProductFiles.read(ProductFiles.files(at: URL(fileURLWithPath: path)), criteria: run.catalog.criteria) } catch {
                    throw Console.report(error)
                }
            } else { products = run.catalog.products }
            let evidence = try workspace.evidence(run)
            do {
                let outcome = try evidence.importProducts(products, by: recorder.name)
                print("\(outcome.productsAdded) produit(s) ajouté(s), \(outcome.factsAdded) fait(s) enregistré(s), "
                      + "\(outcome.factsUnchanged) inchangé(s), \(outcome.statusesAdded) statut(s) enregistré(s).")
            } catch { throw Console.storeFailure(error) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lister les faits actuels (un produit, ou tous).")

        @Option(help: "Identifiant du produit.")
        var product: String?

        @Option(help: "N° d'équipe : ajoute ses propres faits (ses démonstrations).")
        var team: Int64?

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let run = try workspace.loadRun()
            let evidence = try workspace.evidence(run)
            let products = try workspace.storeCall { try evidence.products(team: team) }
            if let product, !products.contains(where: { $0.id == product }) {
                Console.error("erreur\u{00A0}: produit inconnu «\u{00A0}\(product)\u{00A0}»")
                throw ExitStatus.dataError
            }
            print("| Produit | Critère | Valeur | Niveau de preuve | Date | Source |")
            print("|---|---|---|---|---|---|")
            for item in products where product == nil || item.id == product {
                for (criterion, fact) in item.facts.sorted(by: { $0.key < $1.key }) {
                    print("| \(markdownCell(item.name)) | \(markdownCell(criterion)) | \(fact.value?.frenchText ?? "inconnu") | "
                          + "\(fact.grade.frenchName) | \(fact.date ?? "") | \(markdownCell(SourceRegister.titled(fact.source ?? "", titles: run.sources))) |")
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enregistrer un fait daté et sourcé (il remplace le fait actuel, qui reste dans l'historique).")

        @Option(help: "Identifiant du produit.") var product: String
        @Option(help: "Identifiant du critère (voir catalog/criteria.yaml).") var criterion: String
        @Option(help: "Valeur : oui/non, un niveau de 0 à 4 ou un nombre selon le critère (vide si inconnu).") var value = ""
        @Option(help: "Niveau de preuve : editor, demo, usergroup ou unknown.") var grade: String
        @Option(help: "Source : document, démonstration, réponse de l'éditeur…") var source = ""
        @Option(help: "Date de l'information : AAAA, AAAA-MM ou AAAA-MM-JJ.") var date = ""
        @Option(help: "Remarque pour bien lire le fait.") var note = ""
        @Option(help: "N° d'équipe, pour un fait propre à une équipe (sa démonstration).") var team: Int64?

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        func run() throws {
            let run = try workspace.loadRun()
            let evidence = try workspace.evidence(run)
            let entry = FactEntry(product: product, criterion: criterion, value: value, grade: grade, source: source,
                                  date: date, note: note, team: team)
            do {
                let outcome = try evidence.record(entry, by: recorder.name, today: Date())
                print(outcome.factsAdded == 0 ? "Fait identique au fait actuel : rien n'a changé."
                      : "Fait enregistré : \(markdownCell(product)), \(markdownCell(criterion)).")
            } catch let refusal as FactEntry.Refusal {
                Console.error("erreur\u{00A0}: --\(Self.options[refusal.field] ?? refusal.field) : \(refusal.problem)")
                throw ExitStatus.dataError
            } catch { throw Console.storeFailure(error) }
        }

        /// The form's field → this command's option.
        static let options = ["produit": "product", "critere": "criterion", "valeur": "value", "niveau": "grade",
                              "source": "source", "date": "date", "note": "note"]
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "L'historique des faits d'un produit, du plus récent au plus ancien.")

        @Option(help: "Identifiant du produit.") var product: String
        @Option(help: "Un seul critère.") var criterion: String?

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let run = try workspace.loadRun()
            let evidence = try workspace.evidence(run)
            let rows = try workspace.storeCall { () -> [ProductFactRecord] in
                guard try evidence.store.products.find(id: product) != nil else { throw StoreError.invalid("produit inconnu : « \(product) »") }
                return try evidence.store.products.history(product: product, criterion: criterion)
            }
            print("| Critère | Valeur | Niveau de preuve | Date | Source | Portée | Enregistré le | Par |")
            print("|---|---|---|---|---|---|---|---|")
            for row in rows {
                let grade = EvidenceGrade(rawValue: row.grade)?.frenchName ?? row.grade
                let value = run.catalog.criterion(row.criterionId).flatMap { criterion in
                    row.value.flatMap { FactValueText.parse($0, scale: criterion.scale) }
                }
                print("| \(markdownCell(row.criterionId)) | \(value?.frenchText ?? markdownCell(row.value ?? "inconnu")) | \(grade) | \(row.date ?? "") | "
                      + "\(markdownCell(SourceRegister.titled(row.source ?? "", titles: run.sources))) | \(row.teamId.map { "équipe n° \($0)" } ?? "fédération") | "
                      + "\(FrenchDate.long(row.recordedAt)) | \(markdownCell(row.recordedBy)) |")
            }
        }
    }
}

/// Who records facts from the command line (shown in the history).
struct RecorderOption: ParsableArguments {
    @Option(name: .customLong("by"), help: "Qui enregistre (nom ou e-mail, affiché dans l'historique).")
    var by: String?

    var name: String { by ?? "ligne de commande (\(ProcessInfo.processInfo.environment["USER"] ?? "inconnu"))" }
}

extension WorkspaceOptions {
    /// The federation's evidence over the shipped catalog; the database is opened, not yet seeded.
    func evidence(_ run: RunData) throws -> EvidenceCatalog {
        EvidenceCatalog(store: try openStore(), reference: run.catalog)
    }

    /// A store call whose failures become French messages and exit statuses.
    func storeCall<Value>(_ body: () throws -> Value) throws -> Value {
        do { return try body() } catch { throw Console.storeFailure(error) }
    }
}
