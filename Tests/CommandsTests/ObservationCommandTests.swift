import Application
import Deployment
import Foundation
import Store
import TestSupport
import Testing

/// `sipadvisor facts observations | accept-observation | reject-observation`: what a user group reported, decided
/// from the command line with the same calls as the web's catalog page.
@Suite("Observations des groupes utilisateurs en ligne de commande", .serialized)
struct ObservationCommandTests {
    /// A database with the reference products and a session of 12 March 2026 that reported two observations.
    static func prepared(_ scratch: Scratch) throws -> [String] {
        let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
        let evidence = EvidenceCatalog(store: store, reference: try Checkout.loadRun().catalog)
        let session = try store.userGroups.save(id: nil, UserGroupSession(
            software: "Chorus", date: "2026-03-12", mode: .visio, place: nil, facilitator: "Camille", noteTaker: nil, teams: [],
            attendees: [], agenda: [], topics: [], requests: [], decisions: [], actions: [], nextMeeting: nil))
        try evidence.recordObservation(ObservationEntry(product: "chorus", criterion: "BES-FACT-IDE",
                                                        text: "Les infirmières facturent en tournée | hors connexion", suggestedValue: "oui"),
                                       session: session, by: "camille@example.org")
        try evidence.recordObservation(ObservationEntry(product: "chorus", criterion: "BES-MOBILITE", text: "L'application mobile plante"),
                                       session: session, by: "camille@example.org")
        return scratch.campaignOptions
    }

    @Test func pendingObservationsAreListedThenAcceptedIntoTheHistory() throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            try expectCommand(["facts", "observations"] + options, stdout: """
                | N° | Logiciel | Critère | Observation | Valeur suggérée | Séance | Rapportée par |
                |---:|---|---|---|---|---|---|
                | 1 | Chorus | BES-FACT-IDE | Les infirmières facturent en tournée \\| hors connexion | oui | Chorus, 12 mars 2026 | camille@example.org |
                | 2 | Chorus | BES-MOBILITE | L'application mobile plante |  | Chorus, 12 mars 2026 | camille@example.org |
                """, stderr: "")
            try expectCommand(["facts", "accept-observation", "1", "--by", "dim@example.org"] + options,
                              stdout: "Observation n°\u{A0}1 acceptée\u{A0}: fait enregistré comme retour d'utilisateurs.", stderr: "")
            let history = try expectCommand(["facts", "history", "--product", "chorus", "--criterion", "BES-FACT-IDE"] + options, stderr: "")
            let lines = history.stdout.split(separator: "\n")
            #expect(lines.count == 4, "\(history.stdout)")
            #expect(lines[2].hasPrefix("| BES-FACT-IDE | oui | retour d'utilisateurs | 2026-03-12 | groupe utilisateurs Chorus du 12 mars 2026, compte rendu | fédération | "), "\(lines[2])")
            #expect(lines[2].hasSuffix(" | dim@example.org |"))
            try expectCommand(["facts", "reject-observation", "2", "--reason", "Une seule équipe, version non précisée"] + options,
                              stdout: "Observation n°\u{A0}2 rejetée.", stderr: "")
            try expectCommand(["facts", "observations"] + options, stdout: "Aucune observation en attente.", stderr: "")
        }
    }

    @Test(arguments: [
        (["facts", "accept-observation", "9"], "erreur\u{A0}: observation n°\u{A0}9 inconnue"),
        (["facts", "accept-observation", "2"], "erreur\u{A0}: --value\u{A0}: attendu\u{A0}: oui ou non (critère BES-MOBILITE)"),
        (["facts", "accept-observation", "1", "--value", "peut-être"], "erreur\u{A0}: --value\u{A0}: attendu\u{A0}: oui ou non (critère BES-FACT-IDE)"),
        (["facts", "reject-observation", "1", "--reason", " "], "erreur\u{A0}: --reason\u{A0}: obligatoire"),
    ])
    func aRefusedDecisionNamesItsOptionAndWritesNothing(arguments: [String], message: String) throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            try expectCommand(arguments + options, status: 65, stdout: "", stderr: message)
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            #expect(try store.observations.pending().count == 2)
            #expect(try store.products.history(product: "chorus").allSatisfy { $0.recordedBy == EvidenceCatalog.referenceRecorder })
        }
    }

    @Test func aDecidedObservationIsNotDecidedTwice() throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            #expect(runInProcess(["facts", "reject-observation", "1", "--reason", "Doublon"] + options) == 0)
            try expectCommand(["facts", "accept-observation", "1"] + options, status: 65, stdout: "",
                              stderr: "erreur\u{A0}: observation n°\u{A0}1 déjà rejetée")
        }
    }
}
