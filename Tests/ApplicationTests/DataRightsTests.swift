import Application
import Catalog
import Comparator
import Foundation
import GRDB
import Store
import Survey
import TestSupport
import Testing

/// Issue 12, part 3: one respondent's export and erasure, purges, retention and the audit log, as the web and the
/// CLI both run them.
@Suite("Droits des répondants, purges, conservation et journal d'audit")
struct DataRightsTests {
    static let dim = AuditActor(id: 7, name: "dim@exemple.fr")

    static func demo(clock: TestClock = TestClock()) throws -> (DemoFixture.Built, RespondentRights) {
        let run = try Checkout.loadRun()
        let built = try DemoFixture.build(on: try TestStores.make(clock: clock.function), run: run)
        return (built, RespondentRights(database: built.store, survey: run.survey))
    }

    static func kinds(_ store: AppDatabase) throws -> [AuditKind] { try store.auditLog.all(kind: nil).map(\.kind) }

    @Test func theJSONExportHoldsTheIdentityTheCampaignAndEveryAnswerWithItsQuestion() throws {
        let (built, rights) = try Self.demo()
        let respondent = try rights.respondent(campaignID: built.campaign.id, label: "IDE 1")
        let file = try rights.export(respondent, format: .json, by: Self.dim)
        let json = try #require(try JSONSerialization.jsonObject(with: file.data) as? [String: Any])
        let person = try #require(json["repondant"] as? [String: Any])
        #expect(person["identifiant"] as? String == "IDE 1" && person["profession"] as? String == "infirmier")
        #expect(person["statut"] as? String == "terminé" && person["lien_cree_le"] is String)
        #expect((json["campagne"] as? [String: Any])?["numero"] as? Int == Int(built.campaign.id))
        #expect((json["equipe"] as? [String: Any])?["nom"] as? String == DemoFixture.teamName)
        let answers = try #require(json["reponses"] as? [[String: String]])
        #expect(answers.count == (try built.store.answers.of(respondentID: respondent.id)).count)
        let software = try #require(answers.first { $0["question"] == "logiciel-metier" })
        #expect(software["intitule"]?.hasPrefix("Quel logiciel métier utilisez-vous") == true)
        #expect(software["valeur"] == "Réponse fictive de IDE 1." && software["horodatage"]?.isEmpty == false)
        #expect(!String(decoding: file.data, as: UTF8.self).contains(respondent.token), "the link is not part of the export")
        let logged = try built.store.auditLog.all(kind: .answersExport)
        #expect(logged.map(\.actor) == ["dim@exemple.fr"] && logged[0].target.contains("«\u{A0}IDE 1\u{A0}»"))
    }

    @Test func theCSVExportHasOneRowPerAnswerAndDefusesFormulas() throws {
        let (built, rights) = try Self.demo()
        let respondent = try rights.respondent(campaignID: built.campaign.id, label: "IDE 1")
        try built.store.savePage(respondentID: respondent.id, answers: ["logiciel-metier": "=HYPERLINK(\"x\")"])
        let text = String(decoding: try rights.export(respondent, format: .csv, by: .commandLine).data, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "\u{FEFF}" + RespondentRightsCSVHeader.text)
        #expect(lines.count == 1 + (try built.store.answers.of(respondentID: respondent.id)).count)
        #expect(lines.contains { $0.contains(";logiciel-metier;") && $0.contains("\"'=HYPERLINK(\"\"x\"\")\"") }, "\(lines)")
    }

    @Test func anUnknownRespondentIsRefusedInFrench() throws {
        let (built, rights) = try Self.demo()
        #expect(throws: RespondentRights.Refusal.self) { try rights.respondent(campaignID: built.campaign.id, label: "IDE 42") }
        #expect(throws: StoreError.unknownCampaign("999")) { try rights.respondent(campaignID: 999, label: "IDE 1") }
    }

    @Test func erasingARespondentRemovesAnswersAndLinkAndTheDocumentsNoLongerCountThem() throws {
        let (built, rights) = try Self.demo()
        let run = try Checkout.loadRun()
        let respondent = try rights.respondent(campaignID: built.campaign.id, label: "IDE 1")
        let (before, _) = try built.store.profile(campaignID: built.campaign.id, definition: run.survey, criteria: run.catalog.criteria)
        #expect(try rights.erasureSummary(respondent).contains("65 réponse(s) et son lien personnel"))
        #expect(try rights.erase(respondent, by: Self.dim) == 65)
        let (after, _) = try built.store.profile(campaignID: built.campaign.id, definition: run.survey, criteria: run.catalog.criteria)
        #expect(after.answered == before.answered - 1 && after.invited == before.invited - 1)
        let nurses = { (profile: TeamProfile) in profile.professions.first { $0.profession == "infirmier" }?.answered }
        #expect(nurses(after) == nurses(before).map { $0 - 1 })
        #expect(try built.store.campaigns.respondentPage(token: respondent.token) == nil)
        #expect(try built.store.answers.of(respondentID: respondent.id).isEmpty)
        #expect(try Self.kinds(built.store) == [.respondentErasure])
        #expect(throws: RespondentRights.Refusal.self) { try rights.erase(respondent, by: Self.dim) }
    }

    @Test(arguments: [true, false])
    func aPurgeRemovesEverythingThatReferencesItAndLeavesTheDatabaseConsistent(team purgesTeam: Bool) throws {
        let (built, _) = try Self.demo()
        let store = built.store
        let coordinator = try store.accounts.add(email: "coord@exemple.fr", displayName: "C", passwordHash: String(repeating: "x", count: 60),
                                                 role: .coordinator, teamID: built.team.id)
        _ = try store.webSessions.open(userID: coordinator.id, lifetime: 60)
        try store.writer.write { db in
            try db.execute(sql: """
                INSERT INTO action (campaignId, dimensionId, title, means, indicator, status, updatedAt)
                VALUES (?, 'd', 't', 'm', 'i', 'à faire', '2026-01-01 00:00:00.000')
                """, arguments: [built.campaign.id])
            try db.execute(sql: "INSERT INTO product (id, name, recordedBy, createdAt) VALUES ('p-test', 'P (fictif)', 'dim', '2026-01-01 00:00:00.000')")
            try db.execute(sql: """
                INSERT INTO productFact (productId, teamId, criterionId, grade, recordedBy, recordedAt)
                VALUES ('p-test', ?, 'c', 'unknown', 'dim', '2026-01-01 00:00:00.000')
                """, arguments: [built.team.id])
        }
        let other = try store.teams.add(name: "MSP des Saules (fictive)", fictional: true)
        let (kept, _) = try store.campaigns.create(teamID: other.id, name: "Autre", questionnaireVersion: "1", respondents: [("IDE 9", "infirmier")])
        let scope: PurgeScope = purgesTeam ? .team(built.team.id) : .campaign(built.campaign.id)
        let purge = DataPurge(database: store)
        let preview = try purge.preview(scope)
        #expect(preview.counts.respondents == 13 && preview.counts.answers > 700 && preview.counts.actions == 1 && preview.counts.campaigns == 1)
        #expect(preview.counts.accounts == (purgesTeam ? ["coord@exemple.fr"] : []))
        #expect(preview.counts.teamFacts == (purgesTeam ? 1 : 0))
        #expect(try purge.purge(scope, by: Self.dim) == preview.counts)
        #expect(try store.problems().isEmpty)
        #expect(try store.campaigns.find(id: built.campaign.id) == nil && store.campaigns.find(id: kept.id) != nil)
        #expect(try store.teams.find(id: built.team.id) == nil || !purgesTeam)
        #expect(try store.accounts.find(email: "coord@exemple.fr") == nil || !purgesTeam)
        let counted = try store.writer.read { db in
            try ["respondent", "answer", "teamAnswer", "action"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1 }
        }
        #expect(counted == [1, 0, 0, 0], "only the other team's respondent is left")
        let logged = try store.auditLog.all(kind: .purge)
        #expect(logged.count == 1 && logged[0].detail.contains("réponses individuelles\u{A0}: \(preview.counts.answers)"))
    }

    static let day: TimeInterval = 24 * 3600

    @Test func theRetentionPurgeRemovesOnlyWhatIsPastTheRetentionPeriodAndIsIdempotent() throws {
        let clock = TestClock()
        let (built, _) = try Self.demo(clock: clock)
        let store = built.store
        try store.auditLog.record(.loginSuccess, by: Self.dim, target: "dim@exemple.fr")
        clock.advance(by: 400 * Self.day)
        let (recent, _) = try store.campaigns.create(teamID: built.team.id, name: "Récente", questionnaireVersion: "1", respondents: [("MG 9", "medecin-generaliste")])
        clock.advance(by: 400 * Self.day)
        let settings = FederationSettings([.retentionMonths: "24"])
        let purge = DataPurge(database: store)
        // 800 days: the demo campaign is past 24 months, the recent one (400 days) is not.
        let dry = try purge.purgeExpired(settings: settings, now: clock.now, dryRun: true, by: .commandLine)
        #expect(dry.campaigns.map(\.campaign.id) == [built.campaign.id] && dry.counts.respondents == 13 && dry.auditRows == 1)
        #expect(try store.campaigns.find(id: built.campaign.id) != nil && store.auditLog.count(kind: nil) == 1, "a dry run removes nothing")
        let done = try purge.purgeExpired(settings: settings, now: clock.now, dryRun: false, by: .commandLine)
        #expect(done.counts == dry.counts && done.auditRows == 1)
        #expect(try store.campaigns.all().map(\.id) == [recent.id] && store.problems().isEmpty)
        #expect(try Self.kinds(store) == [.purge], "the old login row went; the purge is recorded")
        #expect(try purge.purgeExpired(settings: settings, now: clock.now, dryRun: false, by: .commandLine).isEmpty)
        #expect(throws: DataPurge.noRetention) { try purge.purgeExpired(settings: FederationSettings(), now: clock.now, dryRun: true, by: .commandLine) }
    }

    @Test func theAuditLogIsAppendOnly() throws {
        let store = try TestStores.make()
        try store.auditLog.record(.loginFailure, by: AuditActor(id: nil, name: "x@exemple.fr"), target: "x@exemple.fr")
        expectRefusedBySchema { try store.writer.write { db in try db.execute(sql: "UPDATE auditEvent SET actor = 'y'") } }
        expectRefusedBySchema { try store.writer.write { db in try db.execute(sql: "DELETE FROM auditEvent") } }
        #expect(try store.auditLog.count(kind: nil) == 1)
    }

    @Test func accountAdministrationRecordsEachChangeWithWhoDidIt() throws {
        let store = try TestStores.make()
        let hash = AccountRules.hash("mot-de-passe-long", cost: 4)
        let admin = try store.accounts.add(email: "admin@exemple.fr", displayName: "A", passwordHash: hash, role: .admin, teamID: nil)
        let dim = try store.accounts.add(email: "dim@exemple.fr", displayName: "D", passwordHash: hash, role: .dim, teamID: nil)
        let administration = AccountAdministration(database: store, cost: 4)
        try administration.setDisabled(true, userID: dim.id, by: .account(admin))
        try administration.setDisabled(false, userID: dim.id, by: .account(admin))
        try administration.changeRole(userID: dim.id, role: .facilitator, teamID: nil, by: .commandLine)
        _ = try administration.issueResetLink(userID: dim.id, by: .account(admin))
        try administration.recordSignIn(succeeded: false, account: nil, typed: "inconnu@exemple.fr", client: "192.0.2.1")
        try administration.recordSignIn(succeeded: true, account: dim, typed: dim.email, client: "192.0.2.1")
        let events = try store.auditLog.all(kind: nil).reversed()
        #expect(events.map(\.kind) == [.accountDisabled, .accountEnabled, .roleChange, .resetLinkIssued, .loginFailure, .loginSuccess])
        #expect(events.map(\.actor) == ["admin@exemple.fr", "admin@exemple.fr", "cli", "admin@exemple.fr", "inconnu@exemple.fr", "dim@exemple.fr"])
        #expect(events.allSatisfy { $0.target == "dim@exemple.fr" || $0.kind == .loginFailure })
        #expect(Array(events)[2].detail == "dim → facilitator")
        #expect(try store.auditLog.page(kind: .loginFailure, offset: 0, limit: 10).map(\.target) == ["inconnu@exemple.fr"])
        let csv = String(decoding: try AuditCSV.make(try store.auditLog.all(kind: nil)), as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}date;qui;compte;type;cible;detail\r\n") && csv.contains(";changement de rôle;"))
    }
}

/// The export's CSV header, spelled as the file has it.
enum RespondentRightsCSVHeader {
    static let text = "repondant;profession;email;statut;lien_cree_le;termine_le;campagne;nom_campagne;equipe;question;intitule;valeur;libelle;horodatage"
}
