import Application
import ArgumentParser
import Comparator
import Deployment
import Foundation
import Reports
import Store

/// `sipadvisor facts observations | accept-observation | reject-observation`: what user groups reported on products,
/// waiting for the DIM, who accepts it into the catalog as a `usergroup` fact or rejects it with a reason (the web's
/// catalog page does the same through the same `EvidenceCatalog` calls).
extension FactsCommand {
    struct Observations: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lister les observations des groupes utilisateurs en attente.")

        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let run = try workspace.loadRun()
            let evidence = try workspace.evidence(run)
            let (pending, products, sessions) = try workspace.storeCall {
                (try evidence.store.observations.pending(), try evidence.store.products.all(), try evidence.store.userGroups.all())
            }
            guard !pending.isEmpty else { return print("Aucune observation en attente.") }
            let names = Dictionary(products.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let dates = Dictionary(sessions.map { ($0.id, "\($0.session.software), \(FrenchDate.long($0.session.date))") },
                                   uniquingKeysWith: { first, _ in first })
            print("| N° | Logiciel | Critère | Observation | Valeur suggérée | Séance | Rapportée par |")
            print("|---:|---|---|---|---|---|---|")
            for observation in pending {
                let suggested = run.catalog.criterion(observation.criterionId).flatMap { criterion in
                    observation.suggestedValue.flatMap { FactValueText.parse($0, scale: criterion.scale) }
                }
                print("| \(observation.id) | \(markdownCell(names[observation.productId] ?? observation.productId)) | "
                      + "\(markdownCell(observation.criterionId)) | \(markdownCell(observation.text)) | \(suggested?.frenchText ?? "") | "
                      + "\(markdownCell(dates[observation.sessionId] ?? "")) | \(markdownCell(observation.recordedBy)) |")
            }
        }
    }

    struct AcceptObservation: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Inscrire une observation au catalogue comme retour d'utilisateurs (source et date : sa séance).")

        @Argument(help: "N° de l'observation (voir facts observations).") var id: Int64
        @Option(help: "Valeur à enregistrer, si elle diffère de la valeur suggérée.") var value: String?

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        func run() throws {
            let evidence = try workspace.evidence(try workspace.loadRun())
            let outcome = try decide { try evidence.acceptObservation(id, value: value, by: recorder.name, today: Date()) }
            print(outcome.factsAdded == 0 ? "Observation n°\u{00A0}\(id) acceptée\u{00A0}: ce fait était déjà le fait actuel du catalogue."
                  : "Observation n°\u{00A0}\(id) acceptée\u{00A0}: fait enregistré comme retour d'utilisateurs.")
        }
    }

    struct RejectObservation: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rejeter une observation, en disant pourquoi.")

        @Argument(help: "N° de l'observation (voir facts observations).") var id: Int64
        @Option(help: "Motif du rejet.") var reason: String

        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        func run() throws {
            let evidence = try workspace.evidence(try workspace.loadRun())
            try decide { try evidence.rejectObservation(id, reason: reason, by: recorder.name) }
            print("Observation n°\u{00A0}\(id) rejetée.")
        }
    }
}

/// A decision on an observation: a refusal names the option (or the observation), exit 65, nothing written.
private func decide<Value>(_ body: () throws -> Value) throws -> Value {
    do { return try body() } catch let refusal as FactEntry.Refusal {
        let options = ["valeur": "--value", "motif": "--reason", "date": "date de la séance", "observation": "observation"]
        let field = options[refusal.field] ?? refusal.field
        Console.error(refusal.field == "observation" ? "erreur\u{00A0}: observation \(refusal.problem)"
                      : "erreur\u{00A0}: \(field)\u{00A0}: \(refusal.problem)")
        throw ExitStatus.dataError
    } catch { throw Console.storeFailure(error) }
}
