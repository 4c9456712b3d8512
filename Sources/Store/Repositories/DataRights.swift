import Foundation
import GRDB

/// The data controller's side of personal data: one respondent's data read whole or erased, a campaign or a team
/// purged, what is past retention removed. Every removal is one transaction with its audit row.
///
/// What a purge removes, table by table (every foreign key of the schema cascades from these rows, so
/// `PRAGMA foreign_key_check` stays clean):
/// - a campaign: its `respondent` rows and their `answer`s, `teamAnswer`, `action` (the plan), `evaluation` with its
///   `evaluationScenario`, `evaluationSheet` and `evaluationScore`. The team's demonstration facts (`productFact`
///   with `teamId`) stay: they are evidence about products, not about people, and the team still compares with them.
/// - a team: all its campaigns as above, its own facts (`productFact.teamId`), its coordinators' accounts (`user`,
///   the schema refuses a coordinator without a team) with their sessions and reset links, then the `team` row.
/// - never: `federation`, products and federation-wide facts, `userGroupSession` and `observation` (about software,
///   not a team), `auditEvent` (it records the purge itself).
public struct DataRights: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// A respondent of a campaign by the identifier the links page shows (`label`, unique in its campaign).
    public func respondent(campaignID: Int64, label: String) throws -> RespondentRecord? {
        try writer.read { db in
            try RespondentRecord.fetchOne(db, where: "campaignId = ? AND label = ?", arguments: [campaignID, label])
        }
    }

    /// Everything stored about one respondent, in one read transaction.
    public func read(respondentID: Int64) throws -> RespondentDataRead? {
        try writer.read { db in
            guard let row = try StoredRow.fetchOne(db, sql: "SELECT * FROM respondent WHERE id = ?", arguments: [respondentID]),
                  let campaign = try CampaignRecord.fetchOne(db, key: row["campaignId"] as Int64),
                  let team = try TeamRecord.fetchOne(db, key: campaign.teamId) else { return nil }
            let respondent = try RespondentRecord(stored: row)
            let answers = try AnswerRecord.fetchAll(db, where: "respondentId = ?", arguments: [respondentID], order: "itemId")
            // The address column comes with invitations; read it when the schema has it.
            let email: String? = row.hasColumn("email") ? row["email"] : nil
            return RespondentDataRead(respondent: respondent, email: email, campaign: campaign, team: team, answers: answers)
        }
    }

    /// Deletes the respondent (their answers go with them: `ON DELETE CASCADE`) and records it, in one transaction:
    /// the link is unknown from the next request on. Returns how many answers were erased; `nil` when the respondent
    /// is not (or no longer) in that campaign.
    public func erase(respondentID: Int64, campaignID: Int64, by actor: AuditActor, target: String) throws -> Int? {
        try writer.write { db in
            guard try RespondentRecord.fetchCount(db, where: "id = ? AND campaignId = ?", arguments: [respondentID, campaignID]) == 1 else {
                return nil
            }
            let answers = try AnswerRecord.fetchCount(db, where: "respondentId = ?", arguments: [respondentID])
            try db.execute(sql: "DELETE FROM respondent WHERE id = ?", arguments: [respondentID])
            try AuditLog.record(db, .respondentErasure, by: actor, target: target,
                                detail: "\(answers) réponse(s) et le lien effacés", at: clock())
            return answers
        }
    }

    /// What purging a campaign or a team would remove, counted in one read.
    public func counts(_ scope: PurgeScope) throws -> PurgeCounts {
        try writer.read { db in try Self.counts(db, scope) }
    }

    /// Purges a campaign or a team and records it, in one transaction; returns what was removed.
    public func purge(_ scope: PurgeScope, by actor: AuditActor, target: String) throws -> PurgeCounts {
        try writer.write { db in
            let counts = try Self.counts(db, scope)
            try Self.delete(db, scope)
            try AuditLog.record(db, .purge, by: actor, target: target, detail: counts.summary, at: clock())
            return counts
        }
    }

    /// The campaigns whose last activity (created, a respondent added or finishing, an answer, the team's questions,
    /// the plan, a demonstration) is before `cutoff`, with that date: what the retention period no longer covers.
    public func campaignsInactive(since cutoff: Date) throws -> [(campaign: CampaignRecord, team: String, lastActivity: Date)] {
        try writer.read { db in try Self.inactive(db, since: cutoff) }
    }

    /// The retention purge: every campaign inactive since `cutoff` and audit rows older than it, in one transaction.
    /// With `dryRun`, counts only. Running it again finds nothing more to remove.
    public func purgeExpired(before cutoff: Date, dryRun: Bool, by actor: AuditActor) throws -> RetentionPurge {
        let work = { (db: StoreDB) throws -> RetentionPurge in
            let campaigns = try Self.inactive(db, since: cutoff)
            var total = PurgeCounts()
            for (campaign, _, _) in campaigns { total += try Self.counts(db, .campaign(campaign.id)) }
            let audit = try AuditLog.countOlder(db, than: cutoff)
            let result = RetentionPurge(campaigns: campaigns, counts: total, auditRows: audit)
            guard !dryRun else { return result }
            for (campaign, _, _) in campaigns { try Self.delete(db, .campaign(campaign.id)) }
            _ = try AuditLog.purge(db, olderThan: cutoff)
            if !campaigns.isEmpty || audit > 0 {
                try AuditLog.record(db, .purge, by: actor, target: "conservation\u{A0}: avant \(cutoff.formatted(.iso8601))",
                                    detail: result.summary, at: clock())
            }
            return result
        }
        return dryRun ? try writer.read(work) : try writer.write(work)
    }

    private static func inactive(_ db: StoreDB, since cutoff: Date) throws -> [(campaign: CampaignRecord, team: String, lastActivity: Date)] {
        let greatest = db.dialect.greatest
        let lastActivity = greatest(
            "c.createdAt",
            "COALESCE((SELECT MAX(\(greatest("r.createdAt", "COALESCE(r.completedAt, r.createdAt)"))) FROM respondent r WHERE r.campaignId = c.id), c.createdAt)",
            "COALESCE((SELECT MAX(a.answeredAt) FROM answer a JOIN respondent r ON r.id = a.respondentId WHERE r.campaignId = c.id), c.createdAt)",
            "COALESCE((SELECT MAX(answeredAt) FROM teamAnswer WHERE campaignId = c.id), c.createdAt)",
            "COALESCE((SELECT MAX(updatedAt) FROM action WHERE campaignId = c.id), c.createdAt)",
            "COALESCE((SELECT MAX(\(greatest("e.createdAt", "COALESCE(e.closedAt, e.createdAt)"))) FROM evaluation e WHERE e.campaignId = c.id), c.createdAt)",
            "COALESCE((SELECT MAX(s.updatedAt) FROM evaluationSheet s JOIN evaluation e ON e.id = s.evaluationId WHERE e.campaignId = c.id), c.createdAt)")
        let rows = try StoredRow.fetchAll(db, sql: """
            SELECT * FROM (SELECT c.*, t.name AS teamName, \(lastActivity) AS lastActivity
                           FROM campaign c JOIN team t ON t.id = c.teamId) campaigns
            WHERE lastActivity < ? ORDER BY id
            """, arguments: [cutoff])
        return try rows.map { row in
            let team: String = row["teamName"], last: Date = row["lastActivity"]
            return (campaign: try CampaignRecord(stored: row), team: team, lastActivity: last)
        }
    }

    private static func counts(_ db: StoreDB, _ scope: PurgeScope) throws -> PurgeCounts {
        let (campaigns, arguments) = scope.campaignsSQL
        func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
        var counts = PurgeCounts()
        counts.campaigns = try count("SELECT COUNT(*) FROM campaign WHERE id IN (\(campaigns))")
        counts.respondents = try count("SELECT COUNT(*) FROM respondent WHERE campaignId IN (\(campaigns))")
        counts.answers = try count("SELECT COUNT(*) FROM answer WHERE respondentId IN (SELECT id FROM respondent WHERE campaignId IN (\(campaigns)))")
        counts.teamAnswers = try count("SELECT COUNT(*) FROM teamAnswer WHERE campaignId IN (\(campaigns))")
        counts.actions = try count("SELECT COUNT(*) FROM action WHERE campaignId IN (\(campaigns))")
        counts.evaluations = try count("SELECT COUNT(*) FROM evaluation WHERE campaignId IN (\(campaigns))")
        counts.evaluationSheets = try count("SELECT COUNT(*) FROM evaluationSheet WHERE evaluationId IN (SELECT id FROM evaluation WHERE campaignId IN (\(campaigns)))")
        if case let .team(id) = scope {
            counts.teams = 1
            counts.teamFacts = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM productFact WHERE teamId = ?", arguments: [id]) ?? 0
            counts.accounts = try String.fetchAll(db, sql: "SELECT email FROM \"user\" WHERE teamId = ? ORDER BY email", arguments: [id])
        }
        return counts
    }

    /// Deleting the parent row is enough: every table below it cascades (see the type's comment).
    private static func delete(_ db: StoreDB, _ scope: PurgeScope) throws {
        switch scope {
        case let .campaign(id): try db.execute(sql: "DELETE FROM campaign WHERE id = ?", arguments: [id])
        case let .team(id): try db.execute(sql: "DELETE FROM team WHERE id = ?", arguments: [id])
        }
    }
}

/// What a purge is about.
public enum PurgeScope: Sendable, Equatable {
    case campaign(Int64), team(Int64)

    /// The campaigns in scope, as a sub-select and its arguments (ids are bound, never spliced).
    var campaignsSQL: (String, SQLArguments) {
        switch self {
        case let .campaign(id): ("SELECT id FROM campaign WHERE id = ?", [id])
        case let .team(id): ("SELECT id FROM campaign WHERE teamId = ?", [id])
        }
    }
}

/// What a purge removes (or would), table by table.
public struct PurgeCounts: Sendable, Equatable {
    public var teams = 0, campaigns = 0, respondents = 0, answers = 0, teamAnswers = 0, actions = 0
    public var evaluations = 0, evaluationSheets = 0, teamFacts = 0
    /// The coordinators' accounts a team purge removes, by address.
    public var accounts: [String] = []

    public init() {}

    static func += (left: inout PurgeCounts, right: PurgeCounts) {
        left.teams += right.teams; left.campaigns += right.campaigns; left.respondents += right.respondents
        left.answers += right.answers; left.teamAnswers += right.teamAnswers; left.actions += right.actions
        left.evaluations += right.evaluations; left.evaluationSheets += right.evaluationSheets; left.teamFacts += right.teamFacts
        left.accounts += right.accounts
    }

    /// Each line in French, with its count (zeros included: the confirmation says what will not be touched too).
    public var lines: [String] {
        var lines = teams > 0 ? ["équipe\u{A0}: \(teams)"] : []
        lines += [
            "campagnes\u{A0}: \(campaigns)", "répondant·es (et leurs liens)\u{A0}: \(respondents)", "réponses individuelles\u{A0}: \(answers)",
            "réponses aux questions d'équipe\u{A0}: \(teamAnswers)", "actions du plan\u{A0}: \(actions)",
            "démonstrations\u{A0}: \(evaluations)", "fiches de démonstration\u{A0}: \(evaluationSheets)",
        ]
        if teams > 0 {
            lines.append("faits propres à l'équipe (démonstrations)\u{A0}: \(teamFacts)")
            lines.append("comptes de coordination\u{A0}: \(accounts.count)" + (accounts.isEmpty ? "" : " (\(accounts.joined(separator: ", ")))"))
        }
        return lines
    }

    public var summary: String { lines.joined(separator: " ; ") }
}

/// One respondent's stored data, as read for an export.
public struct RespondentDataRead: Sendable {
    public let respondent: RespondentRecord
    /// The address, once the respondent table holds one.
    public let email: String?
    public let campaign: CampaignRecord
    public let team: TeamRecord
    public let answers: [AnswerRecord]
}

/// What the retention purge removed, or would.
public struct RetentionPurge: Sendable {
    public let campaigns: [(campaign: CampaignRecord, team: String, lastActivity: Date)]
    public let counts: PurgeCounts
    public let auditRows: Int

    public var isEmpty: Bool { campaigns.isEmpty && auditRows == 0 }
    public var summary: String { counts.summary + " ; lignes du journal d'audit\u{A0}: \(auditRows)" }
}
