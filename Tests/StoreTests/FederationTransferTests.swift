import Foundation
import GRDB
@testable import Store
import TestSupport
import Testing

/// `FederationTransfer`, the copy of a whole federation between engines: the SQLite store of the first pass is copied
/// into the store of this pass (a PostgreSQL schema on the PostgreSQL pass), then back into a new SQLite store.
@Suite("Copie d'une fédération entre moteurs")
struct FederationTransferTests {
    static let instant = Date(timeIntervalSince1970: 1_783_000_000.123)

    @Test func theListNamesEveryTableOfBothSchemas() throws {
        for store in [try AppDatabase.inMemory(), try TestStores.make()] {
            let present = try store.writer.read { try StoreTables.present(in: $0) }
            #expect(Set(present.map { $0.lowercased() }) == Set(StoreTables.all.map { $0.name.lowercased() }))
            #expect(StoreTables.all.count == Set(StoreTables.all.map(\.name)).count, "une table listée deux fois")
        }
    }

    /// Every foreign key points to a table copied before, and each table is read in its primary key's order.
    @Test func parentsComeBeforeChildrenAndKeysArePrimaryKeys() throws {
        let store = try AppDatabase.inMemory()
        let order = StoreTables.all.map(\.name)
        try #require(store.writer.sqlite).read { db in
            for (position, table) in StoreTables.all.enumerated() {
                for parent in try String.fetchAll(db, sql: "SELECT \"table\" FROM pragma_foreign_key_list(?)", arguments: [table.name]) {
                    let parentPosition = try #require(order.firstIndex(of: parent), "\(parent)")
                    #expect(parentPosition < position, "\(table.name) avant \(parent)")
                }
                let key = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", arguments: [table.name])
                #expect(key == table.key, "\(table.name)")
            }
        }
    }

    /// A small federation: two teams, a campaign with answers and a current synthesis, an audit row.
    static func federation(clock: @escaping @Sendable () -> Date = { instant }) throws -> AppDatabase {
        let store = try AppDatabase.inMemory(clock: clock)
        let team = try store.teams.add(name: "MSP des Hirondelles (fictive)", fictional: true)
        _ = try store.teams.add(name: "Équipe « B »")
        let (campaign, respondents) = try store.campaigns.create(teamID: team.id, name: "Campagne 2026", questionnaireVersion: "1",
                                                                 respondents: [("IDE 1", "infirmier"), ("MG 1", "medecin")])
        try store.savePage(respondentID: respondents[0].id, answers: ["q1": "oui", "q2": "texte\navec « guillemets »"], completes: true)
        try store.federationOverview.refresh(campaignID: campaign.id) { _ in
            FederationOverview.Synthesis(invited: 2, answered: 1, levels: [(dimension: "d1", level: 2, target: 3), (dimension: "d2", level: nil, target: 1)])
        }
        try store.auditLog.record(.answersExport, by: .commandLine, target: "campagne \(campaign.id)")
        return store
    }

    /// Every row of every table, values as read, in key order.
    static func content(_ store: AppDatabase) throws -> [[StoreValue]] {
        try store.writer.read { db in
            try StoreTables.all.flatMap { table in
                try db.rows(sql: "SELECT * FROM \(table.sql) ORDER BY \(table.key.joined(separator: ", "))").map(\.values)
            }
        }
    }

    @Test func aRoundTripKeepsEveryValueAndTheSynthesisCurrent() throws {
        let original = try Self.federation()
        let middle = try TestStores.make()
        let counts = try FederationTransfer(from: original, to: middle).run()
        #expect(counts.allSatisfy { $0.source == $0.target })
        #expect(counts.first { $0.table == "answer" }?.target == 2)
        // The answers' triggers would have marked a synthesis copied before them stale.
        #expect(try middle.federationOverview.campaignsToPool().isEmpty)

        let back = try AppDatabase.inMemory()
        var transfer = FederationTransfer(from: middle, to: back)
        transfer.batchRows = 1  // every table in several batches: the key order goes on where the last batch stopped
        _ = try transfer.run()
        #expect(try Self.content(back) == Self.content(original))
    }

    /// The copy inserts ids itself; the next row the application adds must still get a fresh one.
    @Test func theNextRowAfterACopyGetsAFreshId() throws {
        let target = try TestStores.make()
        _ = try FederationTransfer(from: try Self.federation(), to: target).run()
        let team = try target.teams.add(name: "Équipe C")
        #expect(team.id == 3)
    }

    @Test func aTargetWithDataIsRefusedAndKeptAsItWas() throws {
        let target = try TestStores.make()
        let existing = try target.teams.add(name: "Déjà là")
        do {
            _ = try FederationTransfer(from: try Self.federation(), to: target).run()
            Issue.record("copie acceptée dans une base qui a des données")
        } catch let refusal as FederationTransferError {
            #expect(refusal.description.contains("team\u{00A0}: 1 ligne(s)"), "\(refusal)")
        }
        #expect(try target.teams.all().map(\.id) == [existing.id])
        #expect(try target.rowCounts().filter { $0.rows > 0 }.map(\.table) == ["federation", "team"])
    }

    @Test(arguments: [("BOOLEAN", TargetColumn.Kind.boolean), ("DATETIME", .instant), ("DOUBLE", .real), ("INTEGER", .integer), ("TEXT", .other)])
    func sqliteDeclaredTypesGiveTheColumnKind(declared: String, kind: TargetColumn.Kind) {
        #expect(TargetColumn.sqliteKind(declared) == kind)
    }

    /// SQLite's spellings become PostgreSQL's values and back.
    @Test func valuesAreConvertedByTheTargetColumn() throws {
        let instant = TargetColumn(name: "at", kind: .instant, isIdentity: false)
        let converted = try instant.converted(.text("2026-07-02 13:46:40.123"))
        guard case let .date(date) = converted else { Issue.record("\(converted)"); return }
        #expect(abs(date.timeIntervalSince1970 - 1_783_000_000.123) < 0.000_5)
        #expect(try TargetColumn(name: "b", kind: .boolean, isIdentity: false).converted(.integer(1)) == .bool(true))
        #expect(try TargetColumn(name: "h", kind: .real, isIdentity: false).converted(.integer(2)) == .real(2))
        #expect(try instant.converted(.null) == .null)
        #expect(throws: (any Error).self) { try instant.converted(.text("pas une date")) }
    }
}
