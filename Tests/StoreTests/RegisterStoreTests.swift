import Foundation
import GRDB
import Store
import TestSupport
import Testing

/// The register of teams' software and stages, and the facilitator pool: history, the register on a given day,
/// label-loss alerts, counts for a dashboard, and the schema's own refusals.
@Suite("Registre des logiciels et pool de facilitateurs (stockage)")
struct RegisterStoreTests {
    let clock = TestClock()

    /// Three teams and two products; "medistory" lost the label (« ne répond plus au label V2 »).
    func database() throws -> (AppDatabase, [Int64]) {
        let database = try TestStores.make(clock: clock.function)
        let lost = #"{"date":"2017","source":"memoire-2017","state":"no-longer-meets"}"#
        try database.products.apply(EvidenceChange(recordedBy: "test", products: [.init(id: "chorus", name: "Chorus"),
                                                                                   .init(id: "medistory", name: "Médistory")]))
        try database.products.apply(EvidenceChange(recordedBy: "test", statuses: [.init(productID: "medistory", kind: "label", data: lost)]))
        let teams = try ["MSP A", "MSP B", "MSP C"].map { try database.teams.add(name: $0).id }
        return (database, teams)
    }

    func use(_ team: Int64, _ product: String, _ version: String, since: String, until: String? = nil) -> TeamSoftware.NewUse {
        .init(teamID: team, productID: product, version: version, since: since, until: until)
    }

    @Test func theRegisterOnADayKeepsItsHistoryAndEndedPeriods() throws {
        let (database, teams) = try database()
        let register = database.teamSoftware
        try register.record(use(teams[0], "medistory", "4", since: "2019-01-01"), by: "dim")
        try register.record(use(teams[0], "chorus", "6.1", since: "2024-05-01"), by: "dim")
        try register.record(use(teams[0], "medistory", "4", since: "2019-01-01", until: "2024-09-01"), by: "dim")
        #expect(try register.inUse(team: teams[0], on: "2024-06-15").map(\.productName) == ["Chorus", "Médistory"])
        #expect(try register.inUse(team: teams[0], on: "2024-09-01").map(\.productName) == ["Chorus"])
        #expect(try register.inUse(team: teams[0], on: "2018-12-31").isEmpty)
        #expect(try register.history(team: teams[0]).map(\.record.until) == ["2024-09-01", nil, nil], "every row kept, newest first")
    }

    @Test func teamsOnAProductThatLostTheLabelAreListedButNotThoseThatLeftIt() throws {
        let (database, teams) = try database()
        let register = database.teamSoftware
        try register.record(use(teams[0], "medistory", "4", since: "2019-01-01"), by: "dim")
        try register.record(use(teams[1], "medistory", "5", since: "2021-03-01"), by: "dim")
        try register.record(use(teams[2], "medistory", "4", since: "2018-01-01", until: "2023-01-01"), by: "dim")
        try register.record(use(teams[2], "chorus", "6", since: "2023-01-01"), by: "dim")
        let affected = try register.affectedByLabelLoss(on: "2026-12-01")
        #expect(affected.map(\.teamName) == ["MSP A", "MSP B"])
        #expect(try register.affectedByLabelLoss(product: "chorus", on: "2026-12-01").isEmpty)
    }

    @Test func stagesAnswerTheDayAndAreCountedInOneQuery() throws {
        let (database, teams) = try database()
        let register = database.teamSoftware
        try register.setStage(team: teams[0], .avant, since: "2025-01-10", by: "dim")
        try register.setStage(team: teams[0], .pendant, since: "2026-02-01", by: "dim")
        try register.setStage(team: teams[1], .apres, since: "2024-06-01", by: "dim")
        #expect(try register.stage(team: teams[0], on: "2025-12-31")?.stage == .avant)
        #expect(try register.stage(team: teams[0], on: "2026-02-01")?.stage == .pendant)
        #expect(try register.countsByStage(on: "2025-06-01") == [.avant: 1, .apres: 1])
        #expect(try register.countsByStage(on: "2026-06-01") == [.pendant: 1, .apres: 1])
        #expect(try register.stages(on: "2026-06-01") == [teams[0]: .pendant, teams[1]: .apres])
        #expect(try register.stageHistory(team: teams[0]).map(\.stage) == [.pendant, .avant])
    }

    @Test func teamsAreCountedByProductOnADay() throws {
        let (database, teams) = try database()
        let register = database.teamSoftware
        try register.record(use(teams[0], "chorus", "6.1", since: "2024-05-01"), by: "dim")
        try register.record(use(teams[0], "chorus", "6.2", since: "2025-05-01"), by: "dim")
        try register.record(use(teams[1], "chorus", "6.2", since: "2025-05-01"), by: "dim")
        try register.record(use(teams[2], "medistory", "4", since: "2025-05-01"), by: "dim")
        #expect(try register.teamCountsByProduct(on: "2026-01-01") == ["chorus": 2, "medistory": 1], "a team with two versions counts once")
    }

    @Test(arguments: [
        ("2026-02-30", nil, nil), ("2026-1-05", nil, nil), ("2026-03-01", "2026-02-01", nil), ("2026-03-01", nil, "2025-12-31"),
    ])
    func theSchemaRefusesImpossibleDatesAndPeriods(since: String, until: String?, contractEnd: String?) throws {
        let (database, teams) = try database()
        expectRefusedBySchema {
            try database.teamSoftware.record(.init(teamID: teams[0], productID: "chorus", version: "6", since: since, until: until,
                                                   contractEnd: contractEnd), by: "dim")
        }
        #expect(try database.teamSoftware.history(team: teams[0]).isEmpty)
    }

    @Test func theSchemaRefusesAnUnknownStage() throws {
        let (database, teams) = try database()
        expectRefusedBySchema {
            try database.writer.write { db in
                try db.execute(sql: "INSERT INTO teamStage (teamId, stage, since, recordedBy, recordedAt) VALUES (?, 'bientôt', '2026-01-01', 'x', '2026-01-01')",
                               arguments: [teams[0]])
            }
        }
    }

    @Test func interventionsAreTotalledByYearPerFacilitatorAndPerTeam() throws {
        let (database, teams) = try database()
        let pool = database.facilitators
        let camille = try pool.add(.init(name: "Camille", profession: "infirmier", teamID: teams[0], availability: "",
                                         software: [("chorus", 2022)]), by: "dim")
        let sam = try pool.add(.init(name: "Sam", profession: "medecin-generaliste", teamID: teams[1], availability: "", software: []), by: "dim")
        try pool.log(.init(facilitatorID: camille.id, teamID: teams[2], date: "2026-01-15", topic: "Choix", hours: 2), by: "dim")
        try pool.log(.init(facilitatorID: camille.id, teamID: teams[1], date: "2026-12-31", topic: "Migration", hours: 1.5), by: "dim")
        try pool.log(.init(facilitatorID: sam.id, teamID: teams[2], date: "2026-06-01", topic: "Démonstration", hours: 3), by: "dim")
        try pool.log(.init(facilitatorID: sam.id, teamID: teams[2], date: "2025-12-31", topic: "L'an passé", hours: 4), by: "dim")
        let totals = try pool.totals(year: 2026)
        #expect(totals.byFacilitator == [.init(id: camille.id, name: "Camille", interventions: 2, hours: 3.5),
                                         .init(id: sam.id, name: "Sam", interventions: 1, hours: 3)])
        #expect(totals.byTeam == [.init(id: teams[1], name: "MSP B", interventions: 1, hours: 1.5),
                                  .init(id: teams[2], name: "MSP C", interventions: 2, hours: 5)])
        #expect(try pool.all().first?.software == [.init(productId: "chorus", productName: "Chorus", sinceYear: 2022)])
    }
}
