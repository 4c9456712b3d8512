import Foundation
import Store
import TestSupport
import Testing

/// `sipadvisor migrate`, and `backup`, `restore`, `check` on PostgreSQL, as an IT contractor types them. The tests on
/// PostgreSQL need the test server (`SIPADVISOR_TEST_POSTGRES`, `scripts/postgres start`); each works in a fresh schema.
@Suite("Changer de moteur et sauvegarder PostgreSQL en ligne de commande", .serialized)
struct MigrateCommandTests {
    static let noServer = "SIPADVISOR_TEST_POSTGRES absent : scripts/postgres start"

    static func freshPostgres() throws -> String {
        TestStores.freshSchemaURL(try #require(TestStores.postgresURL))
    }

    /// The password of the URL, which no output may show.
    static func password(of url: String) throws -> String { try #require(PostgresLocation(url: url).password) }

    /// Every file an export writes, by name.
    static func exported(_ format: String, of database: String, in scratch: Scratch, folder: String) throws -> [String: Data] {
        try expectCommand(["export", "1", "--format", format, "--out", scratch.path(folder), "--catalog", Checkout.catalog.path,
                           "--database", database], stderr: "")
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.path(folder))
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: scratch.file("\(folder)/\($0)"))) })
    }

    /// The demo campaign goes SQLite → PostgreSQL → a new SQLite file: its exports are byte-identical and every
    /// table has the same rows on both sides, as the printed table says.
    @Test(.enabled(if: TestStores.postgresURL != nil, Comment(rawValue: noServer)))
    func theDemoRoundTripsThroughPostgreSQL() throws {
        try Scratch.using { scratch in
            try scratch.addDemoCampaign()
            let original = scratch.path("f.sqlite"), postgres = try Self.freshPostgres(), back = scratch.path("retour.sqlite")
            let csv = try Self.exported("csv", of: original, in: scratch, folder: "csv-avant")
            let fhir = try Self.exported("fhir", of: original, in: scratch, folder: "fhir-avant")

            let there = try expectCommand(["migrate", "--from", original, "--to", postgres], stderr: "")
            let returned = try expectCommand(["migrate", "--from", postgres, "--to", back], stderr: "")
            for outcome in [there, returned] {
                #expect(outcome.stdout.split(separator: "\n").first?.split(separator: " ") == ["table", "source", "cible"], "\(outcome.stdout)")
                #expect(outcome.stdout.contains("\nanswer   "), "\(outcome.stdout)")
                #expect(!outcome.stdout.contains(try Self.password(of: postgres)))
            }
            let answers = try #require(there.stdout.split(separator: "\n").first { $0.hasPrefix("answer ") })
            let cells = answers.split(separator: " ")
            #expect(cells.count == 3 && cells[1] == cells[2] && Int(cells[1])! > 100, "\(answers)")
            #expect(returned.stdout.hasSuffix("Copie terminée\u{00A0}: \(AppDatabase.displayName(postgres)) → \(back).\n"), "\(returned.stdout)")

            #expect(try Self.exported("csv", of: back, in: scratch, folder: "csv-apres") == csv)
            #expect(try Self.exported("fhir", of: back, in: scratch, folder: "fhir-apres") == fhir)
        }
    }

    /// A second copy into the same database is refused, and writes nothing.
    @Test(.enabled(if: TestStores.postgresURL != nil, Comment(rawValue: noServer)))
    func aTargetWithDataIsRefusedWithNothingWritten() throws {
        try Scratch.using { scratch in
            try scratch.addDemoCampaign()
            let postgres = try Self.freshPostgres()
            try expectCommand(["migrate", "--from", scratch.path("f.sqlite"), "--to", postgres], stderr: "")
            let before = try AppDatabase.open(postgres).rowCounts().map(\.rows)
            let refused = try expectCommand(["migrate", "--from", scratch.path("f.sqlite"), "--to", postgres], status: 65, stdout: "")
            #expect(refused.stderr.contains("la base cible n'est pas vide (federation\u{00A0}: 1 ligne(s), team\u{00A0}: 1 ligne(s)"), "\(refused.stderr)")
            #expect(refused.stderr.contains("rien n'a été écrit"))
            #expect(!refused.stderr.contains(try Self.password(of: postgres)))
            #expect(try AppDatabase.open(postgres).rowCounts().map(\.rows) == before)
        }
    }

    /// Without a server: a missing source is not created, a source copied onto itself or onto a file with data is refused.
    @Test func badSourcesAndTargetsAreRefused() throws {
        try Scratch.using { scratch in
            let missing = try expectCommand(["migrate", "--from", scratch.path("absente.sqlite"), "--to", scratch.path("b.sqlite")],
                                            status: 66, stdout: "")
            #expect(missing.stderr.contains("base introuvable\u{00A0}: \(scratch.path("absente.sqlite"))"), "\(missing.stderr)")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("absente.sqlite")))
            try expectCommand(["migrate", "--from", "a.sqlite", "--to", "./a.sqlite"], status: 64, stdout: "", in: scratch.url)

            try scratch.addDemoCampaign()
            let target = try AppDatabase.file(path: scratch.path("b.sqlite"))
            _ = try target.teams.add(name: "Équipe déjà là")
            let refused = try expectCommand(["migrate", "--from", scratch.path("f.sqlite"), "--to", scratch.path("b.sqlite")],
                                            status: 65, stdout: "")
            #expect(refused.stderr.contains("la base cible n'est pas vide"), "\(refused.stderr)")
            #expect(try target.teams.all().map(\.name) == ["Équipe déjà là"])
        }
    }

    /// backup → a change → restore gives the data as backed up; `check` reports the connection and the rows.
    @Test(.enabled(if: TestStores.postgresURL != nil, Comment(rawValue: noServer)))
    func backupThenRestoreGivesTheDataBack() throws {
        try Scratch.using { scratch in
            let postgres = try Self.freshPostgres(), live = ["--database", postgres], catalog = ["--catalog", Checkout.catalog.path]
            try expectCommand(["team", "add", "--name", "Équipe A"] + catalog + live, stderr: "")
            let saved = try expectCommand(["backup", "--out", scratch.path("fede.dump")] + live, stderr: "")
            #expect(saved.stdout == "Sauvegarde écrite\u{00A0}: \(scratch.path("fede.dump"))\n")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("fede.dump.partiel")))
            try expectCommand(["team", "add", "--name", "Équipe B"] + catalog + live, stderr: "")

            let busy = try expectCommand(["restore", "--from", scratch.path("fede.dump")] + live, status: 65, stdout: "")
            #expect(busy.stderr.contains("\(AppDatabase.displayName(postgres)) contient déjà 2 équipe(s)"), "\(busy.stderr)")
            #expect(!busy.stderr.contains(try Self.password(of: postgres)))
            let restored = try expectCommand(["restore", "--from", scratch.path("fede.dump"), "--replace"] + live, stderr: "")
            #expect(!restored.stdout.contains(try Self.password(of: postgres)), "\(restored.stdout)")
            #expect(try AppDatabase.open(postgres).teams.all().map(\.name) == ["Équipe A"])
            // The identity sequences come back with the data: the next team gets a fresh id.
            try expectCommand(["team", "add", "--name", "Équipe C"] + catalog + live, stderr: "")

            let checked = try expectCommand(["check"] + live, stderr: "")
            #expect(checked.stdout.contains("connexion établie, schéma à jour, \(StoreTables.all.count) tables lisibles"), "\(checked.stdout)")
        }
    }

    @Test(.enabled(if: TestStores.postgresURL != nil, Comment(rawValue: noServer)))
    func aFileThatIsNotABackupIsRefused() throws {
        try Scratch.using { scratch in
            let postgres = try Self.freshPostgres()
            try scratch.write("faux.dump", "pas une sauvegarde")
            let refused = try expectCommand(["restore", "--from", scratch.path("faux.dump"), "--database", postgres], status: 65, stdout: "")
            #expect(refused.stderr.contains("n'est pas une sauvegarde PostgreSQL de sipadvisor backup"), "\(refused.stderr)")
            #expect(refused.stderr.contains("rien n'a été modifié"))
        }
    }

    /// Without PostgreSQL's client tools: the Debian package is named, exit 69, and no backup file is left.
    @Test(.enabled(if: TestStores.postgresURL != nil, Comment(rawValue: noServer)))
    func aMissingPgDumpNamesItsPackage() throws {
        try Scratch.using { scratch in
            let postgres = try Self.freshPostgres()
            let refused = try expectCommand(["backup", "--out", scratch.path("fede.dump"), "--database", postgres],
                                            status: 69, stdout: "", environment: ["PATH": scratch.path("vide")])
            #expect(refused.stderr.contains("pg_dump n'est pas installé (paquet Debian postgresql-client\u{00A0}; lancez scripts/setup)"),
                    "\(refused.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path(".")).isEmpty)
        }
    }
}
