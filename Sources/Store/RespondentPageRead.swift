import GRDB

/// What a respondent's questionnaire page needs from the store: who opened the link, and what they answered so far.
public struct RespondentPageRead: Sendable {
    public let respondent: RespondentRecord
    /// The respondent's row id (always set on a fetched record).
    public let respondentID: Int64
    /// Answers by item id.
    public let answers: [String: String]
}

extension SurveyStore {
    /// The respondent of an unrevoked link and their answers, read in one transaction: each page view of a
    /// respondent costs one database read, and both come from the same snapshot. `nil` for an unknown or revoked link.
    ///
    /// The page is the web app's most requested one: its two statements are prepared once per connection (GRDB's
    /// statement cache) and answers are read column by column rather than decoded as records.
    public func respondentPage(token: String) throws -> RespondentPageRead? {
        try writer.read { db in
            let byToken = try db.cachedStatement(sql: "SELECT * FROM respondent WHERE token = ? AND NOT revoked")
            guard let respondent = try RespondentRecord.fetchOne(byToken, arguments: [token]), let id = respondent.id else { return nil }
            let answersOf = try db.cachedStatement(sql: "SELECT itemId, value FROM answer WHERE respondentId = ?")
            var answers: [String: String] = [:]
            let rows = try Row.fetchCursor(answersOf, arguments: [id])
            while let row = try rows.next() { answers[row[0]] = row[1] }
            return RespondentPageRead(respondent: respondent, respondentID: id, answers: answers)
        }
    }
}
