import Foundation
import GRDB
import Survey

extension Answers {
    /// A respondent brought by an answers file of another tool (KoboToolbox, LimeSurvey): not invited through the
    /// application, so added with the answers, already validated.
    public struct NewRespondent: Sendable {
        public var invitee: Invitee
        public var answers: [(item: String, value: String)]
        /// Every required question asked is answered: the import brings whole questionnaires.
        public var completed: Bool

        public init(invitee: Invitee, answers: [(item: String, value: String)], completed: Bool) {
            self.invitee = invitee; self.answers = answers; self.completed = completed
        }
    }

    /// Adds the respondents and their answers in one transaction: a label already in the campaign (someone added
    /// it since the file was checked) refuses the whole file, in French.
    @discardableResult
    public func add(_ people: [NewRespondent], campaignID: Int64) throws -> [RespondentRecord] {
        let now = clock()
        return try writer.write { db in
            guard try CampaignRecord.fetchOne(db, key: campaignID) != nil else { throw StoreError.unknownCampaign(String(campaignID)) }
            // Prepared once: an export of a federation's tablets holds tens of thousands of answers.
            return try people.map { person in
                if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM respondent WHERE campaignId = ? AND label = ?)",
                                      arguments: [campaignID, person.invitee.label]) ?? false {
                    throw StoreError.invalid("identifiant «\u{A0}\(person.invitee.label)\u{A0}» déjà utilisé dans cette campagne")
                }
                let record = try Campaigns.insert(person.invitee, campaignID: campaignID, at: now, db)
                for answer in person.answers {
                    try db.executePrepared(sql: "INSERT INTO answer (respondentId, itemId, value, answeredAt) VALUES (?, ?, ?, ?)",
                                          arguments: [record.id, answer.item, answer.value, now])
                }
                if person.completed {
                    try db.execute(sql: "UPDATE respondent SET completedAt = ? WHERE id = ?", arguments: [now, record.id])
                }
                return record
            }
        }
    }
}
