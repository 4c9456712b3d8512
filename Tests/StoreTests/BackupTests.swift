import Foundation
import GRDB
import Store
import TestSupport
import Testing

/// Backups through SQLite's online backup, taken while respondents save: every answer acknowledged before the backup
/// started is in it, even those still in the write-ahead log (which `cp` of the file misses).
@Suite("Sauvegarde et restauration", .serialized)
struct BackupTests {
    /// Saves answers one by one on another thread until told to stop; returns how many were acknowledged.
    final class Respondents: @unchecked Sendable {
        private let lock = NSLock()
        private var acknowledged = 0
        private var stopped = false
        var count: Int { lock.withLock { acknowledged } }
        func stop() { lock.withLock { stopped = true } }

        func run(on store: AppDatabase, respondent: Int64) {
            Thread.detachNewThread { [self] in
                var index = 0
                while !lock.withLock({ stopped }) {
                    try? store.savePage(respondentID: respondent, answers: ["item-\(index)": "réponse \(index)"])
                    index += 1
                    lock.withLock { acknowledged = index }
                }
            }
        }
    }

    @Test func aBackupDuringSavesHoldsEveryAcknowledgedAnswerAndRestores() throws {
        try Scratch.using { scratch in
            let store = try AppDatabase.file(path: scratch.path("live.sqlite"))
            let team = try store.teams.add(name: "Équipe A")
            let (_, respondents) = try store.campaigns.create(teamID: team.id, name: "C", questionnaireVersion: "1",
                                                             respondents: [("IDE 1", "infirmier")])
            let saving = Respondents()
            saving.run(on: store, respondent: respondents[0].id)
            while saving.count < 200 { Thread.sleep(forTimeInterval: 0.005) }
            let acknowledgedBefore = saving.count
            try store.backup(to: scratch.path("save.sqlite"))
            while saving.count < acknowledgedBefore + 50 { Thread.sleep(forTimeInterval: 0.005) }
            saving.stop()

            let restored = try AppDatabase.file(path: scratch.path("restored.sqlite"))
            try restored.restore(from: scratch.path("save.sqlite"))
            #expect(try restored.problems().isEmpty)
            let items = Set(try restored.answers.of(respondentID: respondents[0].id).keys)
            let missing = (0..<acknowledgedBefore).filter { !items.contains("item-\($0)") }
            #expect(missing.isEmpty, "\(missing.count) réponses acquittées avant la sauvegarde manquent")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("save.sqlite.partiel")))
        }
    }

    @Test func aFileThatIsNotABackupIsRefusedAndChangesNothing() throws {
        try Scratch.using { scratch in
            try scratch.write("faux.sqlite", "ceci n'est pas une base")
            let store = try AppDatabase.file(path: scratch.path("live.sqlite"))
            try store.teams.add(name: "Équipe A")
            #expect(throws: StoreError.self) { try store.restore(from: scratch.path("faux.sqlite")) }
            #expect(throws: StoreError.self) { try store.restore(from: scratch.path("absent.sqlite")) }
            #expect(try store.teams.all().map(\.name) == ["Équipe A"])
        }
    }

    @Test func aDanglingReferenceIsReported() throws {
        try Scratch.using { scratch in
            let store = try AppDatabase.file(path: scratch.path("live.sqlite"))
            #expect(try store.problems().isEmpty)
            try #require(store.writer.sqlite).writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                try db.execute(sql: "INSERT INTO campaign (teamId, name, questionnaireVersion, createdAt) VALUES (42, 'C', '1', '2026-01-01')")
                try db.execute(sql: "PRAGMA foreign_keys = ON")
            }
            #expect(try store.problems().contains { $0.contains("table campaign") && $0.contains("team") })
        }
    }
}
