import Comparator
import Foundation
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
                                                      uniquingKeysWith: { _, last in last }))
            }
        }
    }

    public func snapshot(campaignID: Int64) throws -> CampaignSnapshot {
        guard let campaign = try campaign(id: campaignID) else { throw StoreError.unknownCampaign(String(campaignID)) }
        guard let team = try team(id: campaign.teamId) else { throw StoreError.unknownTeam(String(campaign.teamId)) }
        let teamAnswers = try teamAnswers(campaignID: campaignID)
        return CampaignSnapshot(team: team, campaign: campaign, respondents: try respondents(campaignID: campaignID),
                                answers: try answers(campaignID: campaignID),
                                teamAnswers: Dictionary(teamAnswers.map { ($0.itemId, $0.value) }, uniquingKeysWith: { _, last in last }))
    }

    /// Pools a campaign into the team's profile, with its action plan (saved actions plus defaults).
    public func profile(campaignID: Int64, definition: SurveyDefinition, criteria: [Criterion],
                        voice: Pooling.Voice = .profession, years: Int = 5) throws -> (TeamProfile, [PlannedAction]) {
        let snapshot = try snapshot(campaignID: campaignID)
        let input = Pooling.Input(team: snapshot.team.name, campaign: snapshot.campaign.name, fictional: snapshot.team.fictional,
                                  respondents: snapshot.pooled, teamAnswers: snapshot.teamAnswers, voice: voice,
                                  years: years, criteria: criteria)
        let profile = Pooling.pool(input, definition: definition)
        let plan = ActionPlan.plan(profile: profile, grid: definition.grid, saved: try actions(campaignID: campaignID))
        return (profile, plan)
    }
}
