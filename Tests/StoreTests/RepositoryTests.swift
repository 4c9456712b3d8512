import Deployment
import Foundation
import GRDB
import Store
import TestSupport
import Testing

/// The repositories on an in-memory database (GRDB's `DatabaseQueue`), as the product runs them on a file.
@Suite("Dépôts du stockage (base en mémoire)")
struct RepositoryTests {
    let clock = TestClock()

    func database() throws -> AppDatabase { try TestStores.make(clock: clock.function) }

    @Test func teamsAreCleanedCheckedAndUnique() throws {
        let database = try database()
        let team = try database.teams.add(name: "  MSP des Hirondelles (fictive) ", fictional: true)
        #expect(team.name == "MSP des Hirondelles (fictive)")
        #expect(try database.teams.find(nameOrID: String(team.id))?.name == team.name)
        #expect(try database.teams.find(nameOrID: team.name)?.id == team.id)
        #expect(throws: StoreError.duplicateTeam(team.name)) { try database.teams.add(name: team.name) }
        #expect(throws: StoreError.self) { try database.teams.add(name: "   ") }
        #expect(try database.teams.all().map(\.name) == [team.name])
    }

    @Test func campaignsHandOutDistinctUnguessableLinks() throws {
        let database = try database()
        let team = try database.teams.add(name: "Équipe A")
        let (campaign, respondents) = try database.campaigns.create(teamID: team.id, name: "C", questionnaireVersion: "1",
                                                                    respondents: [("IDE 1", "infirmier"), ("MG 1", "medecin-generaliste")])
        #expect(Set(respondents.map(\.token)).count == 2)
        #expect(respondents.allSatisfy { $0.token.count == 32 && $0.campaignId == campaign.id })
        #expect(try database.campaigns.respondentPage(token: respondents[0].token)?.respondent.label == "IDE 1")
        try database.campaigns.revoke(respondentID: respondents[0].id)
        #expect(try database.campaigns.respondentPage(token: respondents[0].token) == nil)
        #expect(try database.campaigns.countsByTeam() == [team.id: 1])
        #expect(throws: StoreError.unknownTeam("999")) {
            try database.campaigns.create(teamID: 999, name: "C", questionnaireVersion: "1", respondents: [])
        }
    }

    @Test func aSaveTouchesOnlyItsOwnCampaign() throws {
        let database = try database()
        let team = try database.teams.add(name: "Équipe A")
        let (first, people) = try database.campaigns.create(teamID: team.id, name: "1", questionnaireVersion: "1", respondents: [("a", "infirmier")])
        let (second, _) = try database.campaigns.create(teamID: team.id, name: "2", questionnaireVersion: "1", respondents: [("b", "infirmier")])
        // A respondent of the first campaign named in a save of the second: nothing is written for them.
        try database.answers.save(campaignID: second.id, .init(respondentAnswers: [(people[0].id, "agenda", "3")], completing: [people[0].id]))
        #expect(try database.answers.of(respondentID: people[0].id).isEmpty)
        #expect(try database.campaigns.snapshot(campaignID: first.id).respondents[0].completedAt == nil)
    }

    @Test func answersAreReplacedWithdrawnAndCompletedOnce() throws {
        let database = try database()
        let team = try database.teams.add(name: "Équipe A")
        let (campaign, people) = try database.campaigns.create(teamID: team.id, name: "C", questionnaireVersion: "1", respondents: [("a", "infirmier")])
        let person = people[0].id
        try database.answers.save(campaignID: campaign.id, .init(respondentAnswers: [(person, "agenda", "1"), (person, "visites", "true")]))
        let firstEnd = clock.now
        try database.answers.save(campaignID: campaign.id, .init(respondentAnswers: [(person, "agenda", "3")],
                                                                withdrawnRespondentAnswers: [(person, "visites")], completing: [person]))
        clock.advance(by: 3600)
        try database.answers.save(campaignID: campaign.id, .init(completing: [person]))
        #expect(try database.answers.of(respondentID: person) == ["agenda": "3"])
        // Reaching the end again does not move the date the questionnaire was finished.
        #expect(try database.campaigns.snapshot(campaignID: campaign.id).respondents[0].completedAt == firstEnd)
        try database.answers.save(campaignID: campaign.id, .init(teamAnswers: [("projet", "true")]))
        try database.answers.save(campaignID: campaign.id, .init(withdrawnTeamItems: ["projet"]))
        #expect(try database.answers.team(campaignID: campaign.id).isEmpty)
    }

    @Test func sessionsExpireOnTheInjectedClock() throws {
        let database = try database()
        let user = try database.accounts.add(email: " Dim@Exemple.FR ", displayName: "DIM", passwordHash: String(repeating: "h", count: 60), role: .dim, teamID: nil)
        #expect(user.email == "dim@exemple.fr")
        #expect(try database.accounts.find(email: "DIM@exemple.fr")?.id == user.id)
        let session = try database.webSessions.open(userID: user.id, lifetime: 3600)
        #expect(try database.webSessions.find(token: session.token)?.1.id == user.id)
        clock.advance(by: 3601)
        #expect(try database.webSessions.find(token: session.token) == nil)
    }

    @Test func userGroupSessionsAreInsertedThenUpdated() throws {
        let database = try database()
        var session = UserGroupSession(software: "Logiciel A", date: "2026-11-05", mode: .visio, place: nil, facilitator: "Camille",
                                       noteTaker: nil, teams: [], attendees: [], agenda: ["Tour de table"], topics: [], requests: [],
                                       decisions: [], actions: [], nextMeeting: nil)
        let id = try database.userGroups.save(id: nil, session)
        session.date = "2026-11-06"
        #expect(try database.userGroups.save(id: id, session) == id)
        #expect(try database.userGroups.all().map(\.session.date) == ["2026-11-06"])
        #expect(try database.userGroups.find(id: id)?.session.agenda == ["Tour de table"])
        #expect(throws: StoreError.unknownSession(999)) { try database.userGroups.save(id: 999, session) }
    }

    /// The schema itself refuses what the Swift code would never write: a short token, an answer of nobody.
    @Test(arguments: [
        "INSERT INTO respondent (campaignId, label, profession, token, revoked, createdAt) VALUES (1, 'x', 'infirmier', 'court', FALSE, '2026-01-01')",
        "INSERT INTO answer (respondentId, itemId, value, answeredAt) VALUES (999, 'agenda', '1', '2026-01-01')",
    ])
    func schemaConstraintsHold(sql: String) throws {
        let database = try database()
        let team = try database.teams.add(name: "Équipe A")
        _ = try database.campaigns.create(teamID: team.id, name: "C", questionnaireVersion: "1", respondents: [])
        expectRefusedBySchema { try database.writer.write { try $0.execute(sql: sql) } }
    }
}
