import Comparator
import Foundation
import GRDB
import Survey

extension SurveyStore {
    /// Everything known about a campaign, read in one go.
    public struct CampaignSnapshot: Sendable {
        public var team: TeamRecord
        public var campaign: CampaignRecord
        public var respondents: [RespondentRecord]
        public var answers: [Int64: [AnswerRecord]]
        public var teamAnswers: [String: String]

        /// Respondents as the pooling takes them.
        public var pooled: [RespondentAnswers] {
            respondents.map { respondent in
                RespondentAnswers(respondent: respondent.label, profession: respondent.profession,
                                  answers: Dictionary((answers[respondent.id!] ?? []).map { ($0.itemId, $0.value) },
                                                      uniquingKeysWith: { _, last in last }),
                                  reachedEnd: respondent.completedAt != nil)
            }
        }
    }

    /// The whole campaign from one read transaction, so that a concurrent write cannot slip in between its parts.
    public func snapshot(campaignID: Int64) throws -> CampaignSnapshot {
        try writer.read { db in
            guard let campaign = try CampaignRecord.fetchOne(db, key: campaignID) else { throw StoreError.unknownCampaign(String(campaignID)) }
            guard let team = try TeamRecord.fetchOne(db, key: campaign.teamId) else { throw StoreError.unknownTeam(String(campaign.teamId)) }
            let respondents = try RespondentRecord.filter(Column("campaignId") == campaignID).order(Column("id")).fetchAll(db)
            let answers = try AnswerRecord
                .filter(sql: "respondentId IN (SELECT id FROM respondent WHERE campaignId = ?)", arguments: [campaignID])
                .order(Column("id")).fetchAll(db)
            let teamAnswers = try TeamAnswerRecord.filter(Column("campaignId") == campaignID).order(Column("id")).fetchAll(db)
            return CampaignSnapshot(team: team, campaign: campaign, respondents: respondents,
                                    answers: Dictionary(grouping: answers, by: \.respondentId),
                                    teamAnswers: Dictionary(teamAnswers.map { ($0.itemId, $0.value) }, uniquingKeysWith: { _, last in last }))
        }
    }

    /// Pools a campaign into the team's profile, with its action plan (saved actions plus defaults).
    public func profile(campaignID: Int64, definition: SurveyDefinition, criteria: [Criterion],
                        voice: Pooling.Voice = .profession, years: Int = 5) throws -> (TeamProfile, [PlannedAction]) {
        try profile(snapshot: snapshot(campaignID: campaignID), definition: definition, criteria: criteria, voice: voice, years: years)
    }

    /// The same, from a snapshot already read.
    public func profile(snapshot: CampaignSnapshot, definition: SurveyDefinition, criteria: [Criterion],
                        voice: Pooling.Voice = .profession, years: Int = 5) throws -> (TeamProfile, [PlannedAction]) {
        let input = Pooling.Input(team: snapshot.team.name, campaign: snapshot.campaign.name, fictional: snapshot.team.fictional,
                                  respondents: snapshot.pooled, teamAnswers: snapshot.teamAnswers, voice: voice,
                                  years: years, criteria: criteria)
        let profile = Pooling.pool(input, definition: definition)
        let plan = ActionPlan.plan(profile: profile, grid: definition.grid, saved: try actions(campaignID: snapshot.campaign.id!))
        return (profile, plan)
    }
}
