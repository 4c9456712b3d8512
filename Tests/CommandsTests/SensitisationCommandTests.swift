import Foundation
import Store
import TestSupport
import Testing

/// `report sensibilisation`: the support of a team's meeting, printed or written, and a clear refusal of an unknown
/// team.
@Suite("Réunion de sensibilisation (ligne de commande)")
struct SensitisationCommandTests {
    @Test func theDemoTeamsSupportIsPrintedWithItsFiguresAndAttendanceSheet() throws {
        try Scratch.using { scratch in
            try scratch.addDemoCampaign()
            let outcome = try expectCommand(["report", "sensibilisation", "--team", "1", "--date", "2026-11-23"] + scratch.campaignOptions,
                                            environment: ["SIPADVISOR_DIM_CONTACT": "Camille Martin (fictive)"])
            #expect(outcome.stdout.hasPrefix("# Réunion de sensibilisation et d'information — \(DemoFixture.teamName)"))
            #expect(outcome.stdout.contains("préparé le 23 novembre 2026. Animée par Camille Martin (fictive)."))
            #expect(outcome.stdout.contains("13 professionnel·les d'après la liste de la campagne"))
            #expect(outcome.stdout.contains("## Feuille d'émargement"))
            // The DIM's team compares the fictional products: their declared costs are shown with their source.
            #expect(outcome.stdout.contains("Données fictives de démonstration"))
        }
    }

    @Test func theHTMLVersionIsWrittenToAFile() throws {
        try Scratch.using { scratch in
            try scratch.addDemoCampaign()
            let outcome = try expectCommand(["report", "sensibilisation", "--team", DemoFixture.teamName, "--format", "html",
                                             "--out", scratch.path("r.html")] + scratch.campaignOptions)
            #expect(outcome.stdout.isEmpty)
            let html = try String(contentsOf: scratch.file("r.html"), encoding: .utf8)
            #expect(html.contains("<h2>Feuille d'émargement</h2>"))
            // The attendance sheet starts a new printed page.
            #expect(html.contains("<hr />") && html.contains("hr { break-after: page;"))
        }
    }

    @Test func anUnknownTeamIsRefusedInFrench() throws {
        try Scratch.using { scratch in
            try expectCommand(["report", "sensibilisation", "--team", "MSP Fantôme"] + scratch.campaignOptions, status: 65,
                              stdout: "", stderr: "erreur\u{00A0}: --team\u{A0}: équipe inconnue\u{00A0}: «\u{00A0}MSP Fantôme\u{00A0}»")
        }
    }
}
