import Application
import Comparator
import Foundation
import Store
import TestSupport
import Testing

/// `sipadvisor team software|stage` and `sipadvisor facilitator`: what they print, and their refusals naming the option.
@Suite("Registre des logiciels et facilitateurs en ligne de commande", .serialized)
struct RegisterCommandTests {
    /// A database with the reference products and three teams (1, 2, 3).
    static func prepared(_ scratch: Scratch) throws -> [String] {
        let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
        try EvidenceCatalog(store: store, reference: try Checkout.loadRun().catalog).seedIfEmpty()
        for name in ["MSP A", "MSP B", "MSP C"] { try store.teams.add(name: name) }
        return scratch.campaignOptions
    }

    @Test func aTeamsSoftwareIsSetListedWithItsFlagsAndItsHistory() throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            try expectCommand(["team", "software", "set", "--team", "MSP A", "--product", "chorus", "--version", "6.1",
                               "--since", "2024-03-01", "--contract-end", "2027-03-01", "--by", "dim"] + options,
                              stdout: "MSP A\u{A0}: chorus 6\\.1 en service depuis le 2024-03-01.", stderr: "")
            try expectCommand(["team", "software", "set", "--team", "1", "--product", "chorus", "--version", "6.2",
                               "--since", "2026-06-01", "--by", "dim"] + options, stderr: "")
            try expectCommand(["team", "software", "list", "--team", "MSP A", "--on", "2026-12-01"] + options, stdout: """
                | Équipe | Logiciel | Version | Depuis | Fin de contrat |
                |---|---|---|---|---|
                | MSP A | Chorus | 6\\.1 | 2024-03-01 | 2027-03-01 |
                | MSP A | Chorus | 6\\.2 | 2026-06-01 |  |

                Alerte, MSP A\u{A0}: Plusieurs versions de Chorus en service\u{A0}: 6.1, 6.2
                """, stderr: "")
            try expectCommand(["team", "software", "set", "--team", "MSP A", "--product", "chorus", "--version", "6.1",
                               "--since", "2024-03-01", "--until", "2026-09-01", "--by", "dim"] + options,
                              stdout: "MSP A\u{A0}: chorus 6\\.1 hors service depuis le 2026-09-01.", stderr: "")
            try expectCommand(["team", "software", "list", "--on", "2026-12-01"] + options, stdout: """
                | Équipe | Logiciel | Version | Depuis | Fin de contrat |
                |---|---|---|---|---|
                | MSP A | Chorus | 6\\.2 | 2026-06-01 |  |
                """, stderr: "")
            let history = try expectCommand(["team", "software", "history", "--team", "MSP A"] + options, stderr: "")
            #expect(history.stdout.split(separator: "\n").dropFirst(2).map { $0.split(separator: "|")[0...4].joined(separator: "|") } == [
                " 3 | Chorus | 6\\.1 | 2024-03-01 | 2026-09-01 ", " 2 | Chorus | 6\\.2 | 2026-06-01 |  ", " 1 | Chorus | 6\\.1 | 2024-03-01 |  ",
            ])
        }
    }

    @Test func teamsOnAProductThatLosesTheLabelAreListedNotThoseThatLeftIt() throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            for (team, until) in [("MSP A", nil), ("MSP B", nil), ("MSP C", "2025-01-01")] as [(String, String?)] {
                try expectCommand(["team", "software", "set", "--team", team, "--product", "chorus", "--version", "6",
                                   "--since", "2023-01-01"] + (until.map { ["--until", $0] } ?? []) + options, stderr: "")
            }
            try expectCommand(["team", "software", "affected", "--product", "chorus", "--on", "2026-12-01"] + options,
                              stdout: "Aucune équipe n'utilise un logiciel qui ne répond plus au label.", stderr: "")
            // The federation records the new status as every status is recorded: a product imported with it.
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            let run = try Checkout.loadRun()
            var chorus = try #require(run.catalog.products.first { $0.id == "chorus" })
            chorus.label = LabelStatus(state: .noLongerMeets, lost: "2026-11", source: "memoire-npdc-2017", date: "2026-11")
            try EvidenceCatalog(store: store, reference: run.catalog).importProducts([chorus], by: "dim")
            try expectCommand(["team", "software", "affected", "--on", "2026-12-01"] + options, stdout: """
                | Logiciel | Équipe | Version | Depuis |
                |---|---|---|---|
                | Chorus | MSP A | 6 | 2023-01-01 |
                | Chorus | MSP B | 6 | 2023-01-01 |
                """, stderr: "")
        }
    }

    /// Issue 11 fix: a fresh database knows the shipped products, as the web app does, without `facts import`.
    @Test func aFreshDatabaseKnowsTheShippedProducts() throws {
        try Scratch.using { scratch in
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            try store.teams.add(name: "MSP A")
            try expectCommand(["team", "software", "set", "--team", "1", "--product", "fictilogis", "--version", "4.2",
                               "--since", "2026-01-15"] + scratch.campaignOptions,
                              stdout: "MSP A\u{A0}: fictilogis 4\\.2 en service depuis le 2026-01-15.", stderr: "")
        }
    }

    /// Issue 11 fix: the label status read is the one in force on `--on`, not the newest recorded.
    @Test(arguments: [("2026-11-01", false), ("2026-11-20", true), ("2026-12-01", true)])
    func theLabelStatusInForceOnTheDayDecides(day: String, affected: Bool) throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            try expectCommand(["team", "software", "set", "--team", "MSP A", "--product", "chorus", "--version", "6",
                               "--since", "2023-01-01"] + options, stderr: "")
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            let run = try Checkout.loadRun()
            var chorus = try #require(run.catalog.products.first { $0.id == "chorus" })
            chorus.label = LabelStatus(state: .noLongerMeets, lost: "2026-11-20", source: "memoire-npdc-2017", date: "2026-11-20")
            try EvidenceCatalog(store: store, reference: run.catalog).importProducts([chorus], by: "dim")
            let printed = try expectCommand(["team", "software", "affected", "--on", day] + options, stderr: "")
            #expect(printed.stdout.contains("| Chorus | MSP A | 6 | 2023-01-01 |") == affected)
        }
    }

    /// Issue 11 fix: ending a period without `--contract-end` keeps the contract end the period had.
    @Test func endingAPeriodKeepsItsContractEnd() throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            let period = ["team", "software", "set", "--team", "MSP A", "--product", "chorus", "--version", "6.1", "--since", "2024-01-15"]
            try expectCommand(period + ["--contract-end", "2029-01-14"] + options, stderr: "")
            try expectCommand(period + ["--until", "2026-11-30"] + options, stderr: "")
            let history = try expectCommand(["team", "software", "history", "--team", "MSP A"] + options, stderr: "")
            #expect(history.stdout.contains("| 2 | Chorus | 6\\.1 | 2024-01-15 | 2026-11-30 | 2029-01-14 |"))
        }
    }

    @Test func aTeamsStageIsSetAndShownWithItsHistory() throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            try expectCommand(["team", "stage", "set", "--team", "MSP B", "--stage", "avant", "--since", "2025-09-01", "--by", "dim"] + options,
                              stdout: "MSP B\u{A0}: étape «\u{A0}avant\u{A0}» depuis le 2025-09-01.", stderr: "")
            try expectCommand(["team", "stage", "set", "--team", "MSP B", "--stage", "Après", "--since", "2026-10-01", "--by", "dim"] + options,
                              stdout: "MSP B\u{A0}: étape «\u{A0}après\u{A0}» depuis le 2026-10-01.", stderr: "")
            try expectCommand(["team", "stage", "show", "--team", "MSP B", "--on", "2026-01-01"] + options, stdout: """
                MSP B\u{A0}: étape «\u{A0}avant\u{A0}» depuis le 2025-09-01.

                | Étape | Depuis | Inscrite par |
                |---|---|---|
                | après | 2026-10-01 | dim |
                | avant | 2025-09-01 | dim |
                """, stderr: "")
        }
    }

    @Test(arguments: [
        (["team", "software", "set", "--team", "MSP A", "--product", "chorus", "--version", "6", "--since", "2026-03-01",
          "--contract-end", "2026-02-01"], 64, "--contract-end\u{A0}: avant la date de début (2026-03-01)."),
        (["team", "software", "set", "--team", "MSP A", "--product", "chorus", "--version", "6", "--since", "1/3/2026"], 64,
         "--since\u{A0}: attendu\u{A0}: une date AAAA-MM-JJ (par exemple 2026-03-12)."),
        (["team", "software", "set", "--team", "MSP A", "--product", "inconnu", "--version", "6", "--since", "2026-03-01"], 65,
         "erreur\u{A0}: --product\u{A0}: inconnu du catalogue\u{A0}: «\u{A0}inconnu\u{A0}»"),
        (["team", "software", "set", "--team", "MSP Z", "--product", "chorus", "--version", "6", "--since", "2026-03-01"], 65,
         "erreur\u{A0}: --team\u{A0}: équipe inconnue «\u{A0}MSP Z\u{A0}»"),
        (["team", "stage", "set", "--team", "MSP A", "--stage", "bientôt", "--since", "2026-03-01"], 64,
         "--stage\u{A0}: attendu\u{A0}: avant, pendant ou après."),
        (["facilitator", "log", "--facilitator", "1", "--team", "MSP A", "--date", "2026-03-01", "--topic", "Choix", "--hours", "0"], 64,
         "--hours\u{A0}: un nombre d'heures de plus de 0 à 24 (par exemple 1,5)."),
        // Issue 11 fixes: French messages naming the option, never ArgumentParser's English ones.
        (["facilitator", "log", "--facilitator", "1", "--team", "MSP A", "--date", "2026-03-01", "--topic", "Choix", "--hours", "-1"], 64,
         "--hours\u{A0}: un nombre d'heures de plus de 0 à 24 (par exemple 1,5)."),
        (["facilitator", "report", "--year", "20x6"], 64, "--year\u{A0}: une année de 1990 à 2100, pas «\u{A0}20x6\u{A0}»."),
        (["followup", "promise", "--campaign", "1", "--title", "Installation", "--due", "2026-1-5"], 64,
         "--due\u{A0}: date attendue au format AAAA-MM-JJ"),
        (["followup", "set", "--campaign", "9", "--step", "1", "--status", "fait", "--actual-end", "2026-03-01"], 65,
         "erreur\u{00A0}: --campaign\u{A0}: campagne inconnue"),
        (["report", "sensibilisation", "--team", "42"], 65, "erreur\u{00A0}: --team\u{A0}: équipe inconnue"),
        (["facilitator", "add", "--name", "Camille", "--profession", "astronaute", "--team", "MSP A"], 65,
         "erreur\u{A0}: --profession\u{A0}: attendu\u{A0}: medecin-generaliste, infirmier, masseur-kinesitherapeute, pharmacien, sage-femme, chirurgien-dentiste, orthophoniste, pedicure-podologue, dieteticien, psychologue, secretaire, coordinateur, autre"),
    ])
    func badInputNamesItsOptionAndWritesNothing(arguments: [String], status: Int32, message: String) throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            let outcome = try expectCommand(arguments + options, status: status, stdout: "")
            #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            #expect(try store.teamSoftware.history(team: 1).isEmpty && store.facilitators.all().isEmpty)
        }
    }

    @Test func facilitatorsAreAddedSuggestedAndTheirInterventionsReported() throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            try expectCommand(["team", "software", "set", "--team", "MSP C", "--product", "chorus", "--version", "6", "--since", "2025-01-01"] + options)
            try expectCommand(["facilitator", "add", "--name", "Camille Martin", "--profession", "infirmier", "--team", "MSP A",
                               "--software", "chorus:2021", "--availability", "2 demi-journées par mois"] + options,
                              stdout: "Facilitateur n°\u{A0}1 inscrit\u{A0}: Camille Martin.", stderr: "")
            try expectCommand(["facilitator", "suggest", "--team", "MSP C", "--on", "2026-12-01"] + options, stdout: """
                | N° | Nom | Équipe | Pourquoi | Disponibilité |
                |---:|---|---|---|---|
                | 1 | Camille Martin | MSP A | maîtrise Chorus depuis 2021, infirmier·e | 2 demi-journées par mois |
                """, stderr: "")
            try expectCommand(["facilitator", "log", "--facilitator", "1", "--team", "MSP C", "--date", "2026-04-02", "--topic", "Migration",
                               "--hours", "2,5"] + options, stdout: "Intervention n°\u{A0}1 inscrite\u{A0}: 2,5\u{A0}h le 2026-04-02 auprès de MSP C.", stderr: "")
            // Issue 11 fix: the pool helps the other teams, not the facilitator's own.
            try expectCommand(["facilitator", "log", "--facilitator", "1", "--team", "MSP A", "--date", "2026-04-03", "--topic", "Aide",
                               "--hours", "1"] + options, status: 65, stdout: "",
                              stderr: "erreur\u{A0}: --team\u{A0}: c'est l'équipe du facilitateur\u{A0}; le pool aide les autres équipes")
            try expectCommand(["facilitator", "report", "--year", "2026"] + options, stdout: """
                Interventions des facilitateurs en 2026\u{A0}: 1, 2,5\u{A0}h.

                | Facilitateur | Interventions | Heures |
                |---|---:|---:|
                | Camille Martin | 1 | 2,5 |

                | Équipe | Interventions | Heures |
                |---|---:|---:|
                | MSP C | 1 | 2,5 |
                """, stderr: "")
            let csv = try expectCommand(["facilitator", "report", "--year", "2026", "--format", "csv"] + options, stderr: "")
            // The spreadsheet's file (its byte-order mark is checked with `InterventionReport` itself).
            #expect(csv.stdout.contains("annee;regroupement;nom;interventions;heures\r\n2026;facilitateur;Camille Martin;1;2,50\r\n"), "\(csv.stdout)")
        }
    }
}
