import Foundation
import GRDB
import Store
import Survey
import TestSupport
import Testing

@Suite("Stockage SQLite")
struct SQLiteStoreTests {
    @Test func tokensAreUnguessable() throws {
        let tokens = (0..<1000).map { _ in Token.make() }
        #expect(Set(tokens).count == tokens.count)
        for token in tokens.prefix(50) {
            #expect(token.count == 32)   // 32 base32 characters = 160 bits ≥ 128
            #expect(token.allSatisfy { "abcdefghijklmnopqrstuvwxyz234567".contains($0) })
        }
    }

    @Test func campaignRespondentsAnswersAndPlan() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try AppDatabase.file(path: scratch.path("test.sqlite"))
        let mode = try store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let team = try store.teams.add(name: "MSP Test (fictive)", fictional: true)
        #expect(throws: StoreError.duplicateTeam("MSP Test (fictive)")) { try store.teams.add(name: "MSP Test (fictive)") }
        let (campaign, respondents) = try store.campaigns.create(teamID: team.id, name: "Besoins", questionnaireVersion: "1",
                                                               respondents: [("IDE 1", "infirmier"), ("MG 1", "medecin-generaliste")])
        #expect(Set(respondents.map(\.token)).count == 2)
        #expect(try store.campaigns.respondentPage(token: respondents[0].token)?.respondent.label == "IDE 1")
        #expect(try store.campaigns.respondentPage(token: "inconnu-inconnu-inconnu-inconnu") == nil)
        try store.saveAnswers(campaignID: campaign.id, respondentAnswers: [(respondents[0].id, "agenda", "3")],
                              teamAnswers: [("projet-sante-valide", "true")])
        // Saving the same item again replaces the answer.
        try store.saveAnswers(campaignID: campaign.id, respondentAnswers: [(respondents[0].id, "agenda", "2")], teamAnswers: [])
        let snapshot = try store.campaigns.snapshot(campaignID: campaign.id)
        #expect(snapshot.pooled.first?.answers == ["agenda": "2"])
        #expect(snapshot.teamAnswers == ["projet-sante-valide": "true"])
        let action = PlannedAction(dimension: "partage-donnees", title: "Charte", lead: "Coordinatrice", due: "2027-02-28",
                                   means: "Deux réunions", indicator: "Charte signée")
        try store.actionPlans.save(campaignID: campaign.id, action)
        #expect(try store.actionPlans.saved(campaignID: campaign.id) == [action])
    }

    /// The schema itself refuses what the code must never write.
    @Test func schemaConstraintsHold() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let store = try AppDatabase.file(path: scratch.path("test.sqlite"))
        let team = try store.teams.add(name: "MSP")
        let (campaign, _) = try store.campaigns.create(teamID: team.id, name: "C", questionnaireVersion: "1", respondents: [])
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in
                try db.execute(sql: "INSERT INTO respondent (campaignId, label, profession, token, revoked, createdAt) VALUES (?, 'X', 'infirmier', 'court', 0, ?)",
                               arguments: [campaign.id, Date()])
            }
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in
                try db.execute(sql: "INSERT INTO action (campaignId, dimensionId, title, means, indicator, status, updatedAt) VALUES (?, 'd', 't', 'm', 'i', 'peut-être', ?)",
                               arguments: [campaign.id, Date()])
            }
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in
                try db.execute(sql: "INSERT INTO campaign (teamId, name, questionnaireVersion, createdAt) VALUES (999, 'C', '1', ?)",
                               arguments: [Date()])
            }
        }
    }
}
