import Application
import Comparator
import GRDB
import Store
import Survey

/// Short ways for tests to put answers in a store and read a campaign back; the product goes through `Application`.
extension AppDatabase {
    public func profile(campaignID: Int64, definition: SurveyDefinition, criteria: [Criterion],
                        voice: Pooling.Voice = .profession) throws -> (TeamProfile, [PlannedAction]) {
        let analysis = try CampaignAnalysis(database: self, campaignID: campaignID, survey: definition, criteria: criteria, voice: voice)
        return (analysis.profile, analysis.plan)
    }

    /// A respondent's page as the web saves it.
    public func savePage(respondentID: Int64, answers: [String: String], withdrawn: [String] = [], completes: Bool = false) throws {
        guard let respondent = try writer.read({ db in try RespondentRecord.fetchOne(db, key: respondentID) }) else {
            throw StoreError.invalid("répondant·e inconnu·e \(respondentID)")
        }
        try self.answers.save(campaignID: respondent.campaignId, Answers.Change(
            respondentAnswers: answers.sorted { $0.key < $1.key }.map { (respondentID, $0.key, $0.value) },
            withdrawnRespondentAnswers: withdrawn.map { (respondentID, $0) }, completing: completes ? [respondentID] : []))
    }

    public func saveAnswers(campaignID: Int64, respondentAnswers: [(respondentID: Int64, item: String, value: String)],
                            teamAnswers: [(item: String, value: String)], withdrawnTeamItems: [String] = [],
                            completing: [Int64] = []) throws {
        try self.answers.save(campaignID: campaignID, Answers.Change(respondentAnswers: respondentAnswers, teamAnswers: teamAnswers,
                                                                     withdrawnTeamItems: withdrawnTeamItems, completing: completing))
    }

    /// Gives the respondent `label` of the campaign an address (the respondents list or the links page's form
    /// would have): e-mail tests start from a campaign built without any.
    public func giveAddress(_ email: String?, to label: String, campaignID: Int64) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE respondent SET email = ? WHERE campaignId = ? AND label = ?", arguments: [email, campaignID, label])
        }
    }
}
