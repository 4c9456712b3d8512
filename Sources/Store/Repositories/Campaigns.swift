import Foundation
import GRDB
import Survey

/// Campaigns, their respondents and links.
public struct Campaigns: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// Creates a campaign and its respondents, each with a fresh token, in one transaction.
    public func create(teamID: Int64, name: String, questionnaireVersion: String,
                       respondents: [(label: String, profession: String)]) throws -> (CampaignRecord, [RespondentRecord]) {
        try create(teamID: teamID, name: name, questionnaireVersion: questionnaireVersion,
                   invitees: respondents.map { Invitee(label: $0.label, profession: $0.profession) })
    }

    /// The same, with the invitees' e-mail addresses.
    public func create(teamID: Int64, name: String, questionnaireVersion: String,
                       invitees: [Invitee]) throws -> (CampaignRecord, [RespondentRecord]) {
        try writer.write { db in
            guard try TeamRecord.fetchOne(db, key: teamID) != nil else { throw StoreError.unknownTeam(String(teamID)) }
            let now = clock()
            let campaign = try db.insertReturning(CampaignRecord.self, into: "campaign", [
                "teamId": teamID, "name": name, "questionnaireVersion": questionnaireVersion, "createdAt": now,
            ])
            let created = try invitees.map { try Self.insert($0, campaignID: campaign.id, at: now, db) }
            return (campaign, created)
        }
    }

    static func insert(_ invitee: Invitee, campaignID: Int64, at now: Date, _ db: StoreDB) throws -> RespondentRecord {
        try db.insertReturning(RespondentRecord.self, into: "respondent", [
            "campaignId": campaignID, "label": invitee.label, "profession": invitee.profession, "email": invitee.email,
            "token": Token.make(), "revoked": false, "createdAt": now,
        ])
    }

    public func find(id: Int64) throws -> CampaignRecord? {
        try writer.read { db in try CampaignRecord.fetchOne(db, key: id) }
    }

    public func all(teamID: Int64? = nil) throws -> [CampaignRecord] {
        try writer.read { db in
            // The filter is added only for a team, so SQLite and PostgreSQL use the teamId index.
            let (condition, arguments): (String?, SQLArguments) = teamID.map { ("teamId = ?", [$0]) } ?? (nil, [])
            return try CampaignRecord.fetchAll(db, where: condition, arguments: arguments, order: "id")
        }
    }

    /// Number of campaigns per team id, in one query.
    public func countsByTeam() throws -> [Int64: Int] {
        try writer.read { db in
            var counts: [Int64: Int] = [:]
            for row in try StoredRow.fetchAll(db, sql: "SELECT teamId, COUNT(*) AS n FROM campaign GROUP BY teamId") {
                counts[row["teamId"]] = row["n"]
            }
            return counts
        }
    }

    public func respondents(campaignID: Int64) throws -> [RespondentRecord] {
        try writer.read { db in
            try RespondentRecord.fetchAll(db, where: "campaignId = ?", arguments: [campaignID], order: "id")
        }
    }

    /// The respondent of a live link and their answers, read in one transaction: a respondent's page view costs one
    /// database read, and both come from the same snapshot. The web app's most requested read: its two statements
    /// are prepared once per connection (GRDB's statement cache) and answers are read column by column rather than
    /// decoded as records. `nil` for an unknown or revoked link.
    public func respondentPage(token: String) throws -> RespondentPageRead? {
        try writer.read { db in
            guard let respondent = try RespondentRecord.fetchOne(db, sql: "SELECT * FROM respondent WHERE token = ? AND NOT revoked",
                                                                 arguments: [token]) else { return nil }
            let answers = try db.textPairs(sql: "SELECT itemId, value FROM answer WHERE respondentId = ?", arguments: [respondent.id])
            // The welcome names the team; read in the same transaction, so a page view stays one database read.
            let teamName = try String.fetchOne(db, sql: "SELECT team.name FROM campaign JOIN team ON team.id = campaign.teamId WHERE campaign.id = ?",
                                               arguments: [respondent.campaignId]) ?? ""
            return RespondentPageRead(respondent: respondent, answers: answers, teamName: teamName)
        }
    }

    public func revoke(respondentID: Int64) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE respondent SET revoked = TRUE WHERE id = ?", arguments: [respondentID])
        }
    }

    /// The whole campaign from one read transaction, so that a concurrent write cannot slip in between its parts.
    public func snapshot(campaignID: Int64) throws -> CampaignSnapshot {
        try writer.read { db in try Self.snapshot(db, campaignID: campaignID) }
    }

    static func snapshot(_ db: StoreDB, campaignID: Int64) throws -> CampaignSnapshot {
        guard let campaign = try CampaignRecord.fetchOne(db, key: campaignID) else { throw StoreError.unknownCampaign(String(campaignID)) }
        guard let team = try TeamRecord.fetchOne(db, key: campaign.teamId) else { throw StoreError.unknownTeam(String(campaign.teamId)) }
        let respondents = try RespondentRecord.fetchAll(db, where: "campaignId = ?", arguments: [campaignID], order: "id")
        let answers = try AnswerRecord.fetchAll(db, where: "respondentId IN (SELECT id FROM respondent WHERE campaignId = ?)",
                                                arguments: [campaignID], order: "id")
        let teamAnswers = try TeamAnswerRecord.fetchAll(db, where: "campaignId = ?", arguments: [campaignID], order: "id")
        let actions = try ActionPlans.saved(db, campaignID: campaignID)
        return CampaignSnapshot(team: team, campaign: campaign, respondents: respondents,
                                answers: Dictionary(grouping: answers, by: \.respondentId),
                                teamAnswers: Dictionary(teamAnswers.map { ($0.itemId, $0.value) }, uniquingKeysWith: { _, last in last }),
                                savedActions: actions)
    }
}

/// What a respondent's questionnaire page needs: who opened the link, and what they answered so far (item id → value).
public struct RespondentPageRead: Sendable {
    public let respondent: RespondentRecord
    public let answers: [String: String]
    /// The respondent's team, named in the questionnaire's welcome.
    public let teamName: String
}

/// Everything known about a campaign, read in one go.
public struct CampaignSnapshot: Sendable {
    public var team: TeamRecord
    public var campaign: CampaignRecord
    public var respondents: [RespondentRecord]
    public var answers: [Int64: [AnswerRecord]]
    public var teamAnswers: [String: String]
    /// The action plan as the team edited it (the defaults come from the maturity grid, in `Survey.ActionPlan`).
    public var savedActions: [PlannedAction]

    /// Respondents as the pooling takes them.
    public var pooled: [RespondentAnswers] {
        respondents.map { respondent in
            RespondentAnswers(respondent: respondent.label, profession: respondent.profession,
                              answers: Dictionary((answers[respondent.id] ?? []).map { ($0.itemId, $0.value) },
                                                  uniquingKeysWith: { _, last in last }),
                              reachedEnd: respondent.completedAt != nil)
        }
    }
}
