import Foundation
import Store
import TestSupport
import Testing

/// `sipadvisor backup`, `restore` and `check` as an IT contractor types them.
@Suite("Sauvegarde, restauration et vérification en ligne de commande", .serialized)
struct MaintenanceCommandTests {
    @Test func backupRestoreAndCheck() throws {
        try Scratch.using { scratch in
            let live = ["--database", scratch.path("live.sqlite")]
            try expectCommand(["team", "add", "--name", "Équipe A", "--catalog", Checkout.catalog.path] + live, stderr: "")
            try expectCommand(["backup", "--out", scratch.path("save.sqlite")] + live, stdout: "Sauvegarde écrite\u{00A0}: \(scratch.path("save.sqlite"))\n", stderr: "")
            try expectCommand(["check"] + live, stdout: "\(scratch.path("live.sqlite"))\u{00A0}: intégrité vérifiée, aucune référence manquante.\n", stderr: "")

            let busy = try expectCommand(["restore", "--from", scratch.path("save.sqlite")] + live, status: 65, stdout: "")
            #expect(busy.stderr.contains("contient déjà 1 équipe(s)\u{00A0}; ajoutez --replace"), "\(busy.stderr)")
            try expectCommand(["restore", "--from", scratch.path("save.sqlite"), "--database", scratch.path("new.sqlite")],
                              stdout: "Sauvegarde \(scratch.path("save.sqlite")) restaurée dans \(scratch.path("new.sqlite")).\n", stderr: "")
            #expect(try AppDatabase.file(path: scratch.path("new.sqlite")).teams.all().map(\.name) == ["Équipe A"])
        }
    }

    @Test func badInputIsRefusedAndWritesNothing() throws {
        try Scratch.using { scratch in
            try scratch.write("faux.sqlite", "pas une base")
            let refused = try expectCommand(["restore", "--from", scratch.path("faux.sqlite"), "--database", scratch.path("x.sqlite")],
                                            status: 65, stdout: "")
            #expect(refused.stderr.contains("n'est pas une base SQLite lisible"), "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("x.sqlite")))
            let missing = try expectCommand(["backup", "--out", scratch.path("s.sqlite"), "--database", scratch.path("absent.sqlite")],
                                            status: 66, stdout: "")
            #expect(missing.stderr.contains("base introuvable"), "\(missing.stderr)")
            try expectCommand(["backup", "--out", "a.sqlite", "--database", "a.sqlite"], status: 64, stdout: "", in: scratch.url)
        }
    }
}
