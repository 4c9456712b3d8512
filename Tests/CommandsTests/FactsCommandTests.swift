import Application
import Catalog
import Comparator
import Foundation
import Store
import TestSupport
import Testing

/// `sipadvisor facts …` and `product …` as a DIM types them: what is printed, what is refused, what is stored.
@Suite("Faits et produits en ligne de commande", .serialized)
struct FactsCommandTests {
    @Test func importListAddAndHistory() throws {
        try Scratch.using { scratch in
            let common = ["--catalog", Checkout.catalog.path, "--database", scratch.path("f.sqlite")]
            let recorder = ["--by", "dim@federation.test"]
            let first = try expectCommand(["facts", "import"] + common + recorder, stderr: "")
            #expect(first.stdout.hasPrefix("12 produit(s) ajouté(s), "), "\(first.stdout)")
            try expectCommand(["facts", "import"] + common, stdout: "0 produit(s) ajouté(s), 0 fait(s) enregistré(s), 264 inchangé(s), 0 statut(s) enregistré(s).\n")

            try expectCommand(["facts", "add", "--product", "chorus", "--criterion", "BES-FACT-IDE", "--value", "oui", "--grade", "demo",
                               "--source", "Démonstration du 12 mars 2026", "--date", "2026-03-12"] + common + recorder,
                              stdout: "Fait enregistré\u{00A0}: chorus, BES-FACT-IDE.\n", stderr: "")
            let list = try expectCommand(["facts", "list", "--product", "chorus"] + common, stderr: "")
            #expect(list.stdout.contains("| Chorus | BES-FACT-IDE | oui | vu en démonstration | 2026-03-12 | Démonstration du 12 mars 2026 |"))
            let history = try expectCommand(["facts", "history", "--product", "chorus", "--criterion", "BES-FACT-IDE"] + common, stderr: "")
            let rows = history.stdout.split(separator: "\n").dropFirst(2)
            #expect(rows.count == 2)
            #expect(rows.first?.contains("| BES-FACT-IDE | oui | vu en démonstration | 2026-03-12 |") == true, "\(history.stdout)")
            #expect(rows.first?.contains("dim@federation.test") == true)
            #expect(rows.last?.contains("| non | retour d'utilisateurs | 2017 | mémoire sur le choix") == true, "sources by title: \(history.stdout)")
            #expect(!list.stdout.contains("memoire-npdc-2017"))
        }
    }

    @Test(arguments: [
        (["--value", "peut-être", "--grade", "demo", "--source", "S", "--date", "2026-03-12"], "--value : attendu : oui ou non (critère BES-FACT-IDE)"),
        (["--value", "oui", "--grade", "demo", "--date", "2026-03-12"], "--source : obligatoire"),
        (["--value", "oui", "--grade", "demo", "--source", "S", "--date", "12/03/2026"], "--date : attendu : AAAA, AAAA-MM ou AAAA-MM-JJ"),
        (["--value", "oui", "--grade", "label", "--source", "S", "--date", "2026"], "--grade : attendu : editor, demo, usergroup, unknown"),
    ])
    func aBadFactIsRefusedNamingItsOptionAndNothingIsWritten(options: [String], message: String) throws {
        try Scratch.using { scratch in
            let common = ["--catalog", Checkout.catalog.path, "--database", scratch.path("f.sqlite")]
            let refused = try expectCommand(["facts", "add", "--product", "chorus", "--criterion", "BES-FACT-IDE"] + options + common,
                                            status: 65, stdout: "")
            #expect(refused.stderr.replacingOccurrences(of: "\u{00A0}", with: " ").contains("erreur : " + message), "\(refused.stderr)")
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            #expect(try store.products.history(product: "chorus", criterion: "BES-FACT-IDE").count == 1)
        }
    }

    @Test func aBrokenProductFileIsReportedWithItsLineAndNothingIsImported() throws {
        try Scratch.using { scratch in
            try scratch.write("produits/nouveau.yaml", """
                id: nouveau
                name: "Nouveau"
                facts:
                  - criterion: "BES-FACT-IDE"
                    value: true
                    grade: editor
                    date: "2026"
                """)
            let common = ["--catalog", Checkout.catalog.path, "--database", scratch.path("f.sqlite")]
            let refused = try expectCommand(["facts", "import", scratch.path("produits")] + common, status: 65, stdout: "")
            #expect(refused.stderr.contains("nouveau.yaml:4: fait sans source"), "\(refused.stderr)")
            #expect(try AppDatabase.file(path: scratch.path("f.sqlite")).products.all().isEmpty)
        }
    }

    @Test func aNewProductIsListedWithItsEditor() throws {
        try Scratch.using { scratch in
            let common = ["--catalog", Checkout.catalog.path, "--database", scratch.path("f.sqlite")]
            try expectCommand(["product", "add", "--id", "nouveau-logiciel", "--name", "Nouveau Logiciel", "--editor", "Éditeur SA"] + common,
                              stdout: "Produit ajouté\u{00A0}: Nouveau Logiciel (nouveau-logiciel).\n", stderr: "")
            let list = try expectCommand(["product", "list"] + common, stderr: "")
            #expect(list.stdout.contains("| nouveau-logiciel | Nouveau Logiciel | Éditeur SA | 0 | aucune |"), "\(list.stdout)")
            #expect(list.stdout.contains("| chorus | Chorus |  | 4 | 2017 |"), "\(list.stdout)")
            let bad = try expectCommand(["product", "add", "--id", "Avec Espace", "--name", "X"] + common, status: 65, stdout: "")
            #expect(bad.stderr.contains("--id\u{00A0}: de 1 à 60 caractères"), "\(bad.stderr)")
        }
    }

    @Test func aCampaignIsComparedOnTheFederationsFacts() throws {
        try Scratch.using { scratch in
            let common = ["--catalog", Checkout.catalog.path, "--database", scratch.path("f.sqlite")]
            try expectCommand(["team", "add", "--name", "MSP des Hirondelles (fictive)", "--fictional"] + common, stderr: "")
            try expectCommand(["campaign", "create", "--team", "MSP des Hirondelles (fictive)", "--respondents",
                               Checkout.demo.appendingPathComponent("respondents.csv").path, "--base-url", "https://sip.federation.test"] + common, stderr: "")
            try expectCommand(["answers", "import", "1", Checkout.demo.appendingPathComponent("answers.csv").path] + common, stderr: "")
            let before = try expectCommand(["compare", "--campaign", "1", "--format", "json", "--draws", "0"] + common, stderr: "")
            try expectCommand(["facts", "add", "--product", "brouillard", "--criterion", "BES-FACT-IDE", "--value", "non", "--grade", "demo",
                               "--source", "Démonstration du 3 novembre 2026", "--date", "2026-11-03", "--team", "1"] + common, stderr: "")
            let after = try expectCommand(["compare", "--campaign", "1", "--format", "json", "--draws", "0"] + common, stderr: "")
            #expect(before.stdout != after.stdout)
            #expect(after.stdout.contains("Démonstration du 3 novembre 2026"), "\(after.stdout.prefix(400))")
        }
    }

    /// The export is the catalog's format: read back, it gives the shipped products; exported again after import it is
    /// the same bytes; a recorded fact changes only its own lines.
    @Test func exportReproducesTheCatalogAndDiffsByFact() throws {
        try Scratch.using { scratch in
            let common = ["--catalog", Checkout.catalog.path, "--database", scratch.path("f.sqlite")]
            try expectCommand(["facts", "export", "--out", scratch.path("a")] + common,
                              stdout: "12 fiche(s) produit écrite(s) dans \(scratch.path("a")).\n", stderr: "")
            let run = try Checkout.loadRun()
            let exported = try ProductFiles.read(ProductFiles.files(at: scratch.file("a")), criteria: run.catalog.criteria)
            #expect(exported.sorted { $0.id < $1.id } == run.catalog.products.sorted { $0.id < $1.id })

            let other = ["--catalog", Checkout.catalog.path, "--database", scratch.path("g.sqlite")]
            try expectCommand(["facts", "import", scratch.path("a")] + other, stderr: "")
            try expectCommand(["facts", "export", "--out", scratch.path("b")] + other, stderr: "")
            for name in try FileManager.default.contentsOfDirectory(atPath: scratch.path("a")) {
                #expect(try Data(contentsOf: scratch.file("a/\(name)")) == Data(contentsOf: scratch.file("b/\(name)")), "\(name)")
            }

            try expectCommand(["facts", "add", "--product", "weda", "--criterion", "BES-MESSAGERIE-INSTANTANEE", "--value", "oui",
                               "--grade", "editor", "--source", "Réponse de l'éditeur du 2 novembre 2026", "--date", "2026-11-02"] + common, stderr: "")
            try expectCommand(["facts", "export", "--out", scratch.path("c")] + common, stderr: "")
            let before = try String(contentsOf: scratch.file("a/weda.yaml"), encoding: .utf8).split(separator: "\n")
            let after = try String(contentsOf: scratch.file("c/weda.yaml"), encoding: .utf8).split(separator: "\n")
            #expect(after.count == before.count + 5)
            #expect(Set(after).subtracting(before).contains { $0.contains("Réponse de l'éditeur du 2 novembre 2026") })
            #expect(try Data(contentsOf: scratch.file("a/chorus.yaml")) == Data(contentsOf: scratch.file("c/chorus.yaml")))
        }
    }
}
