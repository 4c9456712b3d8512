import Foundation
import Store
import TestSupport
import Testing

/// `report dashboard`: the federation's picture on the command line, every changed campaign pooled first.
@Suite("Tableau de bord (ligne de commande)")
struct DashboardCommandTests {
    @Test func theDemoFederationsPictureIsPrinted() throws {
        try Scratch.using { scratch in
            try scratch.addDemoCampaign()
            let outcome = try expectCommand(["report", "dashboard", "--date", "2026-11-23"] + scratch.campaignOptions)
            #expect(outcome.stdout.hasPrefix("# Tableau de bord de la fédération\n\n*Situation au 23 novembre 2026"))
            #expect(outcome.stdout.contains("1 équipe, 12 questionnaires terminés sur 13 envoyés (92\u{202F}%)."))
            #expect(outcome.stdout.contains("| Projet de santé partagé par l'équipe |"))
            #expect(outcome.stdout.contains("| Médistory | ne répond plus au label"))
        }
    }

    @Test func aPageBelowOneIsRefusedInFrench() throws {
        try Scratch.using { scratch in
            let outcome = try expectCommand(["report", "dashboard", "--page", "0"] + scratch.campaignOptions, status: 64)
            #expect(outcome.stderr.contains("--page\u{00A0}: un numéro de page à partir de 1 est attendu."))
            #expect(outcome.stdout.isEmpty)
        }
    }
}
