import Deployment
import Foundation
import GRDB
import Store
import TestSupport
import Testing

/// The follow-up tables (`v12-followup`): what the schema refuses and the overdue list across teams.
@Suite("Suivi du déploiement : stockage")
struct FollowUpStoreTests {
    let clock = TestClock()

    func campaign(_ database: AppDatabase, team name: String) throws -> (Int64, [RespondentRecord]) {
        let team = try database.teams.add(name: name)
        let (campaign, respondents) = try database.campaigns.create(teamID: team.id, name: "C", questionnaireVersion: "1",
                                                                    respondents: [("IDE 1", "infirmier"), ("MG 1", "medecin-generaliste")])
        return (campaign.id, respondents)
    }

    func item(_ party: String, _ title: String, end: String) -> FollowUps.NewItem {
        .init(party: party, stepId: nil, title: title, owner: "DIM", plannedStart: nil, plannedEnd: end)
    }

    @Test func overdueAcrossTeamsIsOneListMostLateFirstWithCountsByParty() throws {
        let database = try TestStores.make(clock: clock.function)
        let (first, _) = try campaign(database, team: "Équipe B")
        let (second, _) = try campaign(database, team: "Équipe A")
        let a = try database.followUps.start(campaignID: first, productID: nil, startDate: "2027-01-04", by: "DIM", items: [
            item("equipe", "Diagnostic", end: "2027-02-01"), item("equipe", "Choix", end: "2027-05-01"),
            item("equipe", "Fait à temps", end: "2027-01-10"),
        ], checks: [])
        try database.followUps.start(campaignID: second, productID: nil, startDate: "2027-01-04", by: "DIM", items: [
            item("equipe", "Équipe projet", end: "2027-01-15"),
        ], checks: [])
        try database.followUps.add(item("editeur", "Installation promise", end: "2027-03-01"), followUpID: a.id)
        var done = try #require(try database.followUps.items(followUpID: a.id).first { $0.title == "Fait à temps" })
        (done.status, done.actualEnd) = ("fait", "2027-01-09")
        try database.followUps.update(done)

        let overdue = try database.followUps.overdue(today: "2027-03-15")
        #expect(overdue.rows.map(\.title) == ["Équipe projet", "Diagnostic", "Installation promise"])
        #expect(overdue.rows.map(\.teamName) == ["Équipe A", "Équipe B", "Équipe B"])
        #expect((overdue.teamCount, overdue.editorCount) == (2, 1))
        // The counts are over every overdue item, not only the rows asked for.
        let first1 = try database.followUps.overdue(today: "2027-03-15", limit: 1)
        #expect(first1.rows.count == 1 && (first1.teamCount, first1.editorCount) == (2, 1))
        #expect(try database.followUps.overdue(today: "2027-01-15").rows.isEmpty)
    }

    /// The overdue list reads the partial indexes and never sorts: at 3,000 teams × 20 items (11,000 overdue) its
    /// query took 2.6 ms p50 instead of 383 ms with a window function and a sort (README, "Deployment follow-up").
    @Test func theOverdueQueryReadsThePartialIndexesWithoutSorting() throws {
        let database = try AppDatabase.inMemory(clock: clock.function)
        let plan = try #require(database.writer.sqlite).read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + FollowUps.overdueSQL, arguments: ["2027-01-01", 200]).map { $0["detail"] as String? ?? "" }
        }
        #expect(plan.contains { $0.contains("USING INDEX followUpItem_open ") }, "\(plan)")
        #expect(plan.filter { $0.contains("USING INDEX followUpItem_openParty") }.count == 2, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    @Test(arguments: [
        ("UPDATE followUpItem SET status = 'bloqué', blockedReason = NULL", "blocked without reason"),
        ("UPDATE followUpItem SET status = 'fini'", "unknown status"),
        ("UPDATE followUpItem SET status = 'fait', actualEnd = NULL", "done without actual end"),
        ("UPDATE followUpItem SET plannedEnd = '2027-02-30'", "impossible day"),
        ("UPDATE followUpItem SET actualStart = '2027-02-01', actualEnd = '2027-01-01'", "actual end before start"),
        ("INSERT INTO training (followUpId, respondentId, date, hours, content, trainer, recordedAt) SELECT id, 1, '2027-01-01', 0, 'aci', 'X', '2027-01-01' FROM followUp", "zero hours"),
        ("INSERT INTO training (followUpId, respondentId, date, hours, content, trainer, recordedAt) SELECT id, 1, '2027-01-01', 2, 'autre', 'X', '2027-01-01' FROM followUp", "unknown content"),
        ("INSERT INTO migrationDefect (followUpId, foundOn, description, severity, fixedOn, recordedAt) SELECT id, '2027-02-01', 'x', 'majeur', '2027-01-01', '2027-01-01' FROM followUp", "fixed before found"),
        ("INSERT INTO training (followUpId, respondentId, date, hours, content, trainer, recordedAt) VALUES (999, 1, '2027-01-01', 2, 'aci', 'X', '2027-01-01')", "unknown follow-up"),
    ])
    func theSchemaRefuses(sql: String, what: String) throws {
        let database = try TestStores.make(clock: clock.function)
        let (id, _) = try campaign(database, team: "Équipe")
        try database.followUps.start(campaignID: id, productID: nil, startDate: "2027-01-04", by: "DIM",
                                     items: [item("equipe", "Diagnostic", end: "2027-02-01")], checks: ["Doublons"])
        expectRefusedBySchema("\(what)") { try database.writer.write { try $0.execute(sql: sql) } }
    }

    /// The schema's value lists are the raw values of the rules' enumerations (Store does not import Deployment).
    @Test func theSchemaAcceptsEveryValueOfTheRules() throws {
        let database = try TestStores.make(clock: clock.function)
        let (id, respondents) = try campaign(database, team: "Équipe")
        let followUp = try database.followUps.start(campaignID: id, productID: nil, startDate: "2027-01-04", by: "DIM",
                                                    items: FollowUpParty.allCases.map { item($0.rawValue, $0.rawValue, end: "2027-02-01") },
                                                    checks: [])
        var step = try #require(try database.followUps.items(followUpID: followUp.id).first)
        for status in StepStatus.allCases {
            (step.status, step.blockedReason, step.actualEnd) = (status.rawValue, "motif", "2027-02-01")
            if status != .blocked { step.blockedReason = nil }
            try database.followUps.update(step)
        }
        for content in TrainingContent.allCases {
            try database.followUps.addTraining(followUpID: followUp.id, respondentID: respondents[0].id, date: "2027-02-01", hours: 1,
                                               content: content.rawValue, trainer: "X")
        }
        for severity in DefectSeverity.allCases {
            try database.followUps.addDefect(followUpID: followUp.id, foundOn: "2027-02-01", description: "x", severity: severity.rawValue)
        }
        #expect(try database.followUps.trainings(followUpID: followUp.id).count == TrainingContent.allCases.count)
        #expect(try database.followUps.defects(followUpID: followUp.id).count == DefectSeverity.allCases.count)
    }

    @Test func aFollowUpStartsOnceAndTrainsOnlyItsOwnProfessionals() throws {
        let database = try TestStores.make(clock: clock.function)
        let (id, _) = try campaign(database, team: "Équipe")
        let (_, others) = try campaign(database, team: "Autre équipe")
        let followUp = try database.followUps.start(campaignID: id, productID: nil, startDate: "2027-01-04", by: "DIM", items: [], checks: [])
        #expect(throws: StoreError.self) {
            try database.followUps.start(campaignID: id, productID: nil, startDate: "2027-01-04", by: "DIM", items: [], checks: [])
        }
        #expect(throws: StoreError.self) {
            try database.followUps.addTraining(followUpID: followUp.id, respondentID: others[0].id, date: "2027-01-05", hours: 1,
                                               content: "aci", trainer: "X")
        }
        #expect(try database.followUps.trainings(followUpID: followUp.id).isEmpty)
    }
}
