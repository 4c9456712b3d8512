import Foundation
import GRDB
import Survey

extension AppDatabase {
    /// Respondents added to a running campaign, links revoked and restored, pages reached, e-mails sent.
    public var invitations: Invitations { Invitations(writer: writer, clock: clock) }
}

/// What the DIM does with a campaign's respondents once it runs (`InvitationSchema`).
public struct Invitations: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// Adds one respondent with a fresh link. A label already used in the campaign is refused in French.
    public func add(_ invitee: Invitee, campaignID: Int64) throws -> RespondentRecord {
        try writer.write { db in
            guard try CampaignRecord.fetchOne(db, key: campaignID) != nil else { throw StoreError.unknownCampaign(String(campaignID)) }
            let taken = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM respondent WHERE campaignId = ? AND label = ?)",
                                          arguments: [campaignID, invitee.label]) ?? false
            if taken { throw StoreError.invalid("identifiant «\u{A0}\(invitee.label)\u{A0}» déjà utilisé dans cette campagne") }
            return try Campaigns.insert(invitee, campaignID: campaignID, at: clock(), db)
        }
    }

    /// Revokes (`revoked: true`) or restores a link of the campaign. Answers are never touched: a restored link
    /// opens the same questionnaire with what was answered. `false` when the respondent is not the campaign's.
    @discardableResult
    public func setRevoked(_ revoked: Bool, respondentID: Int64, campaignID: Int64) throws -> Bool {
        try writer.write { db in
            try db.execute(sql: "UPDATE respondent SET revoked = ? WHERE id = ? AND campaignId = ?",
                           arguments: [revoked, respondentID, campaignID])
            return db.changesCount == 1
        }
    }

    /// Records e-mails sent, in one transaction.
    public func record(_ sent: [(respondentID: Int64, email: String)], kind: String, by sender: String) throws {
        let now = clock()
        try writer.write { db in
            for one in sent {
                try db.execute(sql: "INSERT INTO invitationSending (respondentId, kind, email, sentBy, sentAt) VALUES (?, ?, ?, ?, ?)",
                               arguments: [one.respondentID, kind, one.email, sender, now])
            }
        }
    }

    /// Every sending of the campaign, oldest first, grouped by respondent id.
    public func sendings(campaignID: Int64) throws -> [Int64: [InvitationSendingRecord]] {
        try writer.read { db in
            let all = try InvitationSendingRecord.fetchAll(db, sql: """
                SELECT invitationSending.* FROM invitationSending JOIN respondent ON respondent.id = invitationSending.respondentId
                WHERE respondent.campaignId = ? ORDER BY invitationSending.sentAt, invitationSending.id
                """, arguments: [campaignID])
            return Dictionary(grouping: all, by: \.respondentId)
        }
    }
}
