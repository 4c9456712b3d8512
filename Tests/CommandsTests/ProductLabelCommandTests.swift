import Application
import Foundation
import Store
import TestSupport
import Testing

/// `sipadvisor product label`: the DIM records that a product lost (or regained) its label; the teams registered on
/// it are then listed by `team software affected`.
@Suite("Statut du label en ligne de commande", .serialized)
struct ProductLabelCommandTests {
    static let loss = ["product", "label", "--product", "chorus", "--state", "no-longer-meets", "--lost", "2026-11-20",
                       "--source", "Liste ANS du 20 novembre 2026", "--date", "2026-11-20", "--by", "dim"]

    @Test func aRecordedLossIsPrintedAndListsTheTeamsUsingTheProduct() throws {
        try Scratch.using { scratch in
            let options = try RegisterCommandTests.prepared(scratch)
            try expectCommand(["team", "software", "set", "--team", "MSP A", "--product", "chorus", "--version", "6",
                               "--since", "2023-01-01"] + options, stderr: "")
            try expectCommand(Self.loss + options, stdout: "Statut du label enregistré pour chorus\u{A0}: ne répond plus au label "
                              + "(signalé le 20 novembre 2026)\u{A0}; source\u{A0}: Liste ANS du 20 novembre 2026, 2026-11-20.", stderr: "")
            try expectCommand(Self.loss + options, stdout: "Statut identique au statut actuel\u{A0}: rien n'a changé.", stderr: "")
            try expectCommand(["team", "software", "affected", "--on", "2026-12-01"] + options, stdout: """
                | Logiciel | Équipe | Version | Depuis |
                |---|---|---|---|
                | Chorus | MSP A | 6 | 2023-01-01 |
                """, stderr: "")
            try expectCommand(["product", "label", "--product", "chorus", "--state", "held", "--level", "standard", "--granted", "2026-12",
                               "--source", "Liste ANS", "--date", "2026-12-01"] + options, stderr: "")
            try expectCommand(["team", "software", "affected", "--on", "2026-12-01"] + options,
                              stdout: "Aucune équipe n'utilise un logiciel qui ne répond plus au label.", stderr: "")
        }
    }

    @Test(arguments: [
        (["--state", "no-longer-meets", "--source", "S", "--date", "2026-11-20"], 64, "--lost\u{A0}: obligatoire quand le produit ne répond plus au label"),
        (["--state", "no-longer-meets", "--lost", "2026-11", "--level", "avance", "--source", "S", "--date", "2026-11"], 64,
         "--level\u{A0}: seulement pour un label détenu"),
        (["--state", "held", "--granted", "20/11/2026", "--source", "S", "--date", "2026-11"], 64, "--granted\u{A0}: attendu\u{A0}: AAAA, AAAA-MM ou AAAA-MM-JJ"),
        (["--state", "perdu", "--source", "S", "--date", "2026-11"], 64, "--state\u{A0}: attendu\u{A0}: held, no-longer-meets, not-labelled"),
    ])
    func badInputNamesItsOptionAndWritesNothing(arguments: [String], status: Int32, message: String) throws {
        try Scratch.using { scratch in
            let options = try RegisterCommandTests.prepared(scratch)
            let outcome = try expectCommand(["product", "label", "--product", "chorus"] + arguments + options, status: status, stdout: "")
            #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            #expect(try store.products.statusHistory(product: "chorus").filter { $0.kind == "label" }.count == 1)
        }
    }

    @Test func aSegurStatusIsRecordedAndARefusalNamesItsOption() throws {
        try Scratch.using { scratch in
            let options = try RegisterCommandTests.prepared(scratch)
            let segur = ["product", "segur", "--product", "chorus", "--state", "referenced", "--source", "Liste ANS", "--date", "2026-06"]
            let refused = try expectCommand(segur + ["--vague", "2"] + options, status: 64, stdout: "")
            #expect(refused.stderr.contains("--couloir\u{A0}: obligatoire pour un logiciel référencé"), "\(refused.stderr)")
            try expectCommand(segur + ["--couloir", "LGC", "--vague", "2"] + options,
                              stdout: "Statut Ségur enregistré pour chorus\u{A0}: référencé, couloir LGC, vague 2 (juin 2026)\u{A0}; source\u{A0}: Liste ANS.",
                              stderr: "")
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            let rows = try store.products.statusHistory(product: "chorus").filter { $0.kind == "segur" }
            #expect(rows.count == 1 && rows.first?.data?.contains("\"couloir\":\"LGC\"") == true)
        }
    }

    @Test func anUnknownProductIsADataError() throws {
        try Scratch.using { scratch in
            let options = try RegisterCommandTests.prepared(scratch)
            try expectCommand(["product", "label", "--product", "inconnu", "--state", "not-labelled", "--source", "S",
                               "--date", "2026-11"] + options, status: 65, stdout: "",
                              stderr: "erreur\u{A0}: --product\u{A0}: inconnu «\u{A0}inconnu\u{A0}»")
        }
    }
}
