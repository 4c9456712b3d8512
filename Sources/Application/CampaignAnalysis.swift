import Comparator
import Store
import Survey

/// A campaign pooled into the team's profile, with its action plan (saved actions plus the grid's defaults): what
/// every document, web page and command about a campaign starts from. Pure over a snapshot the store read.
public struct CampaignAnalysis: Sendable {
    public let snapshot: CampaignSnapshot
    public let profile: TeamProfile
    public let plan: [PlannedAction]

    public init(_ snapshot: CampaignSnapshot, survey: SurveyDefinition, criteria: [Criterion],
                voice: Pooling.Voice = .profession, years: Int = ComparisonSettings.defaultYears) {
        self.snapshot = snapshot
        let input = Pooling.Input(team: snapshot.team.name, campaign: snapshot.campaign.name, fictional: snapshot.team.fictional,
                                  respondents: snapshot.pooled, teamAnswers: snapshot.teamAnswers, voice: voice,
                                  years: years, criteria: criteria)
        profile = Pooling.pool(input, definition: survey)
        plan = ActionPlan.plan(profile: profile, grid: survey.grid, saved: snapshot.savedActions)
    }

    /// Reads the campaign in one transaction and pools it.
    public init(database: AppDatabase, campaignID: Int64, survey: SurveyDefinition, criteria: [Criterion],
                voice: Pooling.Voice = .profession, years: Int = ComparisonSettings.defaultYears) throws {
        self.init(try database.campaigns.snapshot(campaignID: campaignID), survey: survey, criteria: criteria, voice: voice, years: years)
    }
}
