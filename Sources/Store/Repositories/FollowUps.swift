import Foundation
import GRDB

/// A campaign's deployment follow-up. Writes are one transaction each; the schema refuses what the rules refuse
/// (`FollowUpSchema`), and `Application.FollowUpTracking` checks first so people get a French message naming the field.
public struct FollowUps: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// A tracked item as the plan gives it, before it is stored.
    public struct NewItem: Sendable, Equatable {
        public var party: String, stepId: String?, title: String, owner: String, plannedStart: String?, plannedEnd: String
        public init(party: String, stepId: String?, title: String, owner: String, plannedStart: String?, plannedEnd: String) {
            self.party = party; self.stepId = stepId; self.title = title; self.owner = owner
            self.plannedStart = plannedStart; self.plannedEnd = plannedEnd
        }
    }

    /// Starts the follow-up once: its steps and its migration checklist, all or nothing.
    @discardableResult
    public func start(campaignID: Int64, productID: String?, startDate: String, by who: String,
                      items: [NewItem], checks: [String]) throws -> FollowUpRecord {
        let now = clock()
        return try writer.write { db in
            if try FollowUpRecord.fetchOne(db, where: "campaignId = ?", arguments: [campaignID]) != nil {
                throw StoreError.invalid("le suivi de la campagne \(campaignID) est déjà démarré")
            }
            let followUp = try db.insertReturning(FollowUpRecord.self, into: "followUp", [
                "campaignId": campaignID, "productId": productID, "startDate": startDate, "startedBy": who, "createdAt": now,
            ])
            for (position, item) in items.enumerated() { try Self.insert(item, position: position, followUp: followUp.id, at: now, db) }
            for (position, text) in checks.enumerated() {
                try db.execute(sql: "INSERT INTO migrationCheck (followUpId, position, text) VALUES (?, ?, ?)",
                               arguments: [followUp.id, position, text])
            }
            return followUp
        }
    }

    /// Adds an item after the others of its follow-up (an editor's promise).
    @discardableResult
    public func add(_ item: NewItem, followUpID: Int64) throws -> FollowUpItemRecord {
        let now = clock()
        return try writer.write { db in
            let position = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM followUpItem WHERE followUpId = ?",
                                            arguments: [followUpID]) ?? 0
            return try Self.insert(item, position: position, followUp: followUpID, at: now, db)
        }
    }

    @discardableResult
    private static func insert(_ item: NewItem, position: Int, followUp: Int64, at now: Date, _ db: StoreDB) throws -> FollowUpItemRecord {
        try db.insertReturning(FollowUpItemRecord.self, into: "followUpItem", [
            "followUpId": followUp, "party": item.party, "stepId": item.stepId, "position": position, "title": item.title,
            "owner": item.owner, "plannedStart": item.plannedStart, "plannedEnd": item.plannedEnd, "updatedAt": now,
        ])
    }

    public func find(campaignID: Int64) throws -> FollowUpRecord? {
        try writer.read { db in try FollowUpRecord.fetchOne(db, where: "campaignId = ?", arguments: [campaignID]) }
    }

    public func items(followUpID: Int64) throws -> [FollowUpItemRecord] {
        try writer.read { db in
            try FollowUpItemRecord.fetchAll(db, where: "followUpId = ?", arguments: [followUpID], order: "party DESC, position")
        }
    }

    /// Replaces an item's editable fields (checked by Application); refused when it belongs to another follow-up.
    public func update(_ item: FollowUpItemRecord) throws {
        var item = item
        item.updatedAt = clock()
        try writer.write { db in
            let owner = try Int64.fetchOne(db, sql: "SELECT followUpId FROM followUpItem WHERE id = ?", arguments: [item.id])
            guard owner == item.followUpId else { throw StoreError.invalid("étape inconnue\u{00A0}: \(item.id)") }
            try db.execute(sql: """
                UPDATE followUpItem SET party = ?, stepId = ?, position = ?, title = ?, owner = ?, plannedStart = ?, plannedEnd = ?,
                  actualStart = ?, actualEnd = ?, status = ?, blockedReason = ?, updatedAt = ? WHERE id = ?
                """, arguments: [item.party, item.stepId, item.position, item.title, item.owner, item.plannedStart, item.plannedEnd,
                                 item.actualStart, item.actualEnd, item.status, item.blockedReason, item.updatedAt, item.id])
        }
    }

    public func trainings(followUpID: Int64) throws -> [TrainingRecord] {
        try writer.read { db in
            try TrainingRecord.fetchAll(db, sql: """
                SELECT training.id, respondentId, respondent.label, respondent.profession, date, hours, content, trainer
                FROM training JOIN respondent ON respondent.id = training.respondentId
                WHERE training.followUpId = ? ORDER BY date, training.id
                """, arguments: [followUpID])
        }
    }

    public func addTraining(followUpID: Int64, respondentID: Int64, date: String, hours: Double, content: String, trainer: String) throws {
        let now = clock()
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO training (followUpId, respondentId, date, hours, content, trainer, recordedAt)
                SELECT ?, respondent.id, ?, ?, ?, ?, ? FROM respondent JOIN followUp ON followUp.campaignId = respondent.campaignId
                WHERE followUp.id = ? AND respondent.id = ?
                """, arguments: [followUpID, date, hours, content, trainer, now, followUpID, respondentID])
            // The professional must belong to the followed campaign: the SELECT yields nothing otherwise.
            if db.changesCount == 0 { throw StoreError.invalid("professionnel·le inconnu·e dans cette campagne") }
        }
    }

    public func checks(followUpID: Int64) throws -> [MigrationCheckRecord] {
        try writer.read { db in try MigrationCheckRecord.fetchAll(db, where: "followUpId = ?", arguments: [followUpID], order: "position") }
    }

    /// Ticks (or unticks, with `nil`) one item of the checklist, by its position.
    public func setCheck(followUpID: Int64, position: Int, checkedOn: String?, note: String?) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE migrationCheck SET checkedOn = ?, note = ? WHERE followUpId = ? AND position = ?",
                           arguments: [checkedOn, note, followUpID, position])
            if db.changesCount == 0 { throw StoreError.invalid("point de contrôle inconnu\u{00A0}: \(position + 1)") }
        }
    }

    public func defects(followUpID: Int64) throws -> [MigrationDefectRecord] {
        try writer.read { db in try MigrationDefectRecord.fetchAll(db, where: "followUpId = ?", arguments: [followUpID], order: "foundOn, id") }
    }

    @discardableResult
    public func addDefect(followUpID: Int64, foundOn: String, description: String, severity: String) throws -> MigrationDefectRecord {
        let now = clock()
        return try writer.write { db in
            try db.insertReturning(MigrationDefectRecord.self, into: "migrationDefect", [
                "followUpId": followUpID, "foundOn": foundOn, "description": description, "severity": severity, "recordedAt": now,
            ])
        }
    }

    public func fixDefect(followUpID: Int64, id: Int64, fixedOn: String) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE migrationDefect SET fixedOn = ? WHERE id = ? AND followUpId = ?", arguments: [fixedOn, id, followUpID])
            if db.changesCount == 0 { throw StoreError.invalid("anomalie inconnue\u{00A0}: \(id)") }
        }
    }

    /// The overdue query (`?1` today, `?2` the row limit); public so tests and benchmarks can `EXPLAIN` it.
    public static let overdueSQL = """
        SELECT followUpItem.id AS itemId, team.id AS teamId, team.name AS teamName, campaign.id AS campaignId,
               party, title, plannedEnd, status, blockedReason,
               (SELECT COUNT(*) FROM followUpItem WHERE party = 'equipe' AND status <> 'fait' AND plannedEnd < ?1) AS teamCount,
               (SELECT COUNT(*) FROM followUpItem WHERE party = 'editeur' AND status <> 'fait' AND plannedEnd < ?1) AS editorCount
        FROM followUpItem
        JOIN followUp ON followUp.id = followUpItem.followUpId
        JOIN campaign ON campaign.id = followUp.campaignId
        JOIN team ON team.id = campaign.teamId
        WHERE followUpItem.status <> 'fait' AND followUpItem.plannedEnd < ?1
        ORDER BY followUpItem.plannedEnd, followUpItem.id
        LIMIT ?2
        """

    /// Every item not done whose planned end is before `today`, across teams, most late first (then in the order they
    /// were created), at most `limit` rows, with the counts by party over all of them: one query, on the partial
    /// indexes `followUpItem_open` (rows in index order) and `followUpItem_openParty` (counts, index only).
    public func overdue(today: String, limit: Int = 200) throws -> OverdueItems {
        try writer.read { db in
            let rows = try StoredRow.fetchAll(db, sql: Self.overdueSQL, arguments: [today, limit])
            let teamCount: Int? = rows.first?["teamCount"], editorCount: Int? = rows.first?["editorCount"]
            return OverdueItems(teamCount: teamCount ?? 0, editorCount: editorCount ?? 0, rows: try rows.map { try OverdueItems.Row(stored: $0) })
        }
    }
}
