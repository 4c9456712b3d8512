import Foundation
import GRDB

/// Respondents' answers and the team's own answers. Values arrive already validated (`Survey.AnswerValidation`,
/// through `Application`); each save is one transaction.
public struct Answers: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// One respondent's answers, item id → value.
    public func of(respondentID: Int64) throws -> [String: String] {
        try writer.read { db in
            Dictionary(try AnswerRecord.fetchAll(db, where: "respondentId = ?", arguments: [respondentID]).map { ($0.itemId, $0.value) },
                       uniquingKeysWith: { _, last in last })
        }
    }

    public func team(campaignID: Int64) throws -> [TeamAnswerRecord] {
        try writer.read { db in try TeamAnswerRecord.fetchAll(db, where: "campaignId = ?", arguments: [campaignID], order: "id") }
    }

    /// What one save changes: answers given (an existing answer to the same item is replaced), answers withdrawn
    /// (a question no longer asked, a field emptied, every box unticked) and respondents it completes.
    public struct Change: Sendable {
        public var respondentAnswers: [(respondentID: Int64, item: String, value: String)] = []
        public var withdrawnRespondentAnswers: [(respondentID: Int64, item: String)] = []
        public var teamAnswers: [(item: String, value: String)] = []
        public var withdrawnTeamItems: [String] = []
        /// Respondents whose questionnaire this save completes (the last web page, or an import of whole questionnaires).
        public var completing: [Int64] = []
        /// The page a respondent saved and their questionnaire's page count (the furthest is kept: « page k sur n »).
        public var reachedPage: (respondentID: Int64, page: Int, count: Int)?

        public init(respondentAnswers: [(respondentID: Int64, item: String, value: String)] = [],
                    withdrawnRespondentAnswers: [(respondentID: Int64, item: String)] = [],
                    teamAnswers: [(item: String, value: String)] = [], withdrawnTeamItems: [String] = [], completing: [Int64] = []) {
            self.respondentAnswers = respondentAnswers; self.withdrawnRespondentAnswers = withdrawnRespondentAnswers
            self.teamAnswers = teamAnswers; self.withdrawnTeamItems = withdrawnTeamItems; self.completing = completing
        }
    }

    /// Writes a change in one transaction, within one campaign (a respondent of another campaign is not touched).
    public func save(campaignID: Int64, _ change: Change) throws {
        let now = clock()
        try writer.write { db in
            for item in change.withdrawnTeamItems {
                try db.execute(sql: "DELETE FROM teamAnswer WHERE campaignId = ? AND itemId = ?", arguments: [campaignID, item])
            }
            for withdrawn in change.withdrawnRespondentAnswers {
                try db.execute(sql: """
                    DELETE FROM answer WHERE respondentId = ? AND itemId = ?
                      AND respondentId IN (SELECT id FROM respondent WHERE campaignId = ?)
                    """, arguments: [withdrawn.respondentID, withdrawn.item, campaignID])
            }
            if let reached = change.reachedPage {
                try db.execute(sql: """
                    UPDATE respondent SET lastPage = \(db.dialect.greatest("COALESCE(lastPage, 0)", "?")), pageCount = ? WHERE id = ? AND campaignId = ?
                    """, arguments: [reached.page, reached.count, reached.respondentID, campaignID])
            }
            for id in change.completing {
                try db.execute(sql: "UPDATE respondent SET completedAt = COALESCE(completedAt, ?) WHERE id = ? AND campaignId = ?",
                               arguments: [now, id, campaignID])
            }
            for answer in change.respondentAnswers {
                try db.execute(sql: """
                    INSERT INTO answer (respondentId, itemId, value, answeredAt)
                    SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM respondent WHERE id = ? AND campaignId = ?)
                    ON CONFLICT(respondentId, itemId) DO UPDATE SET value = excluded.value, answeredAt = excluded.answeredAt
                    """, arguments: [answer.respondentID, answer.item, answer.value, now, answer.respondentID, campaignID])
            }
            for answer in change.teamAnswers {
                try db.execute(sql: """
                    INSERT INTO teamAnswer (campaignId, itemId, value, answeredAt) VALUES (?, ?, ?, ?)
                    ON CONFLICT(campaignId, itemId) DO UPDATE SET value = excluded.value, answeredAt = excluded.answeredAt
                    """, arguments: [campaignID, answer.item, answer.value, now])
            }
        }
    }
}
