import Foundation
import GRDB
import Store
import TestSupport
import Testing

/// Products and their facts: append-only history, the newest fact per scope, one transaction per change, and the
/// schema's own refusal of an unsourced fact.
@Suite("Faits sur les produits (stockage)")
struct EvidenceStoreTests {
    let clock = TestClock()

    func database() throws -> AppDatabase {
        let database = try TestStores.make(clock: clock.function)
        try database.products.apply(EvidenceChange(recordedBy: "test", products: [.init(id: "chorus", name: "Chorus")]))
        return database
    }

    static func fact(_ value: String?, grade: String = "usergroup", date: String? = "2017", team: Int64? = nil) -> EvidenceChange.NewFact {
        .init(productID: "chorus", teamID: team, criterionID: "BES-FACT-IDE", value: value, grade: grade,
              source: value == nil ? nil : "mémoire 2017", date: value == nil ? nil : date)
    }

    @Test func aNewFactSupersedesTheCurrentOneAndHistoryKeepsBoth() throws {
        let database = try database()
        try database.products.apply(EvidenceChange(recordedBy: "DIM", facts: [Self.fact("false")]))
        let outcome = try database.products.apply(EvidenceChange(recordedBy: "DIM", facts: [Self.fact("true", grade: "demo", date: "2026-03-12")]))
        #expect(outcome.factsAdded == 1)
        #expect(try database.products.currentFacts(team: nil).map(\.value) == ["true"])
        #expect(try database.products.history(product: "chorus").map(\.value) == ["true", "false"])
    }

    @Test func aFactEqualToTheCurrentOneIsNotRepeated() throws {
        let database = try database()
        try database.products.apply(EvidenceChange(recordedBy: "DIM", facts: [Self.fact("false")]))
        let again = try database.products.apply(EvidenceChange(recordedBy: "DIM", facts: [Self.fact("false")]))
        #expect(again.factsAdded == 0 && again.factsUnchanged == 1)
        #expect(try database.products.history(product: "chorus").count == 1)
    }

    @Test func aTeamsOwnFactIsReadOnlyForThatTeam() throws {
        let database = try database()
        let team = try database.teams.add(name: "Équipe A"), other = try database.teams.add(name: "Équipe B")
        try database.products.apply(EvidenceChange(recordedBy: "DIM", facts: [Self.fact("false"), Self.fact("true", grade: "demo", team: team.id)]))
        #expect(try database.products.currentFacts(team: team.id).map(\.teamId) == [nil, team.id])
        #expect(try database.products.currentFacts(team: other.id).map(\.teamId) == [nil])
        #expect(try database.products.currentFacts(team: nil).count == 1)
    }

    @Test func aChangeWithOneBadPartWritesNothing() throws {
        let database = try database()
        var unknownProduct = Self.fact("true")
        unknownProduct.productID = "inconnu"
        #expect(throws: StoreError.self) {
            try database.products.apply(EvidenceChange(recordedBy: "DIM", products: [.init(id: "weda", name: "WEDA")],
                                                       facts: [Self.fact("true"), unknownProduct]))
        }
        #expect(try database.products.find(id: "weda") == nil)
        #expect(try database.products.history(product: "chorus").isEmpty)
    }

    @Test(arguments: [
        ("true" as String?, "usergroup", nil as String?, "2017" as String?),       // no source
        ("true", "usergroup", "mémoire", nil),                // no date
        (nil, "demo", "démonstration", "2026-03-12"),         // no value
        ("true", "usergroup", "mémoire", "12/03/2026"),       // not an ISO date
        ("true", "rumeur", "mémoire", "2017"),                // not a grade
    ])
    func theSchemaRefusesAFactWithoutValueSourceDateOrGrade(value: String?, grade: String, source: String?, date: String?) throws {
        let database = try database()
        let fact = EvidenceChange.NewFact(productID: "chorus", criterionID: "BES-FACT-IDE", value: value, grade: grade,
                                          source: source, date: date)
        expectRefusedBySchema { try database.products.apply(EvidenceChange(recordedBy: "DIM", facts: [fact])) }
    }

    @Test func statusesKeepTheirHistoryToo() throws {
        let database = try database()
        try database.products.apply(EvidenceChange(recordedBy: "DIM", statuses: [.init(productID: "chorus", kind: "label", data: "{\"a\":1}")]))
        try database.products.apply(EvidenceChange(recordedBy: "DIM", statuses: [.init(productID: "chorus", kind: "label", data: "{\"a\":1}")]))
        try database.products.apply(EvidenceChange(recordedBy: "DIM", statuses: [.init(productID: "chorus", kind: "label", data: nil)]))
        #expect(try database.products.currentStatuses().map(\.data) == [nil])
        #expect(try database.products.statusHistory(product: "chorus").count == 2)
    }
}
