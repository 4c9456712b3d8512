import Comparator
import Deployment
import Foundation
import Reports
import Store
import Survey

/// The federation dashboard, from the store's aggregate reads (`FederationOverview`) and the syntheses it keeps per
/// campaign. A view first pools the teams whose latest campaign changed since its synthesis (at most `limit`, so a
/// page stays interactive after a large import; the rest are said to be pending), then reads everything else in a
/// handful of aggregate queries. `report dashboard` and `/tableau-de-bord` both build it here.
public struct FederationDashboard: Sendable {
    let store: AppDatabase
    let reference: ProductCatalog
    let survey: SurveyDefinition

    /// Campaigns a web view pools before answering; the CLI pools them all.
    public static let poolingPerView = 50
    /// Overdue actions listed (the total is always given).
    public static let overdueListed = 20

    public init(store: AppDatabase, reference: ProductCatalog, survey: SurveyDefinition) {
        self.store = store; self.reference = reference; self.survey = survey
    }

    /// Pools up to `limit` campaigns whose synthesis is missing or stale (`nil`: all); returns how many remain.
    @discardableResult
    public func refresh(limit: Int? = nil) throws -> Int {
        let campaigns = try store.federationOverview.campaignsToPool()
        let now = campaigns.prefix(limit ?? campaigns.count)
        for campaign in now {
            try store.federationOverview.refresh(campaignID: campaign) { snapshot in
                let profile = CampaignAnalysis(snapshot, survey: survey, criteria: reference.criteria).profile
                return FederationOverview.Synthesis(invited: profile.invited, answered: profile.answered,
                                                    levels: profile.dimensions.map { ($0.dimension, $0.teamLevel, $0.target) })
            }
        }
        return campaigns.count - now.count
    }

    /// The dashboard on `date` (`YYYY-MM-DD`), heat map page `page` (from 1; clamped).
    public func document(date: String, page: Int = 1, pending: Int = 0) throws -> DashboardDocument {
        let overview = store.federationOverview
        let campaigns = try overview.completion()
        let pages = max(1, (campaigns.count + DashboardDocument.teamsPerPage - 1) / DashboardDocument.teamsPerPage)
        let shown = min(max(page, 1), pages)
        let levels = try overview.teamLevels(limit: DashboardDocument.teamsPerPage, offset: (shown - 1) * DashboardDocument.teamsPerPage)
        var teams: [DashboardDocument.TeamLevels] = []
        for level in levels {
            if teams.last?.team != level.team { teams.append(.init(team: level.team, levels: [:])) }
            teams[teams.count - 1].levels[level.dimension] = .some(level.level)
        }
        let overdue = try overview.overdueActions(before: date, limit: Self.overdueListed)
        var document = DashboardDocument(
            date: date, survey: survey,
            campaigns: campaigns.map { .init(team: $0.team, campaign: $0.campaign, invited: $0.invited, finished: $0.finished) },
            distribution: try overview.maturityDistribution().map { .init(dimension: $0.dimension, level: $0.level, teams: $0.teams) },
            teamLevels: teams, page: shown, pages: pages, labelAlerts: try labelAlerts(),
            overdue: overdue.first.map { .init(team: $0.team, dimension: $0.dimension, title: $0.title, lead: $0.lead, due: $0.due) },
            overdueTotal: overdue.total, pending: pending)
        try addRegister(to: &document, teams: campaigns.count, on: date)
        let late = try store.followUps.overdue(today: date, limit: Self.overdueListed)
        (document.lateTeamSteps, document.lateEditorPromises) = (late.teamCount, late.editorCount)
        document.lateSteps = late.rows.map {
            .init(team: $0.teamName, editor: $0.party == FollowUpParty.editor.rawValue, title: $0.title, plannedEnd: $0.plannedEnd)
        }
        return document
    }

    /// Stages, software in use and teams on products that lost the label, from the register (`TeamSoftware`).
    func addRegister(to document: inout DashboardDocument, teams: Int, on date: String) throws {
        let register = store.teamSoftware
        let stages = try register.countsByStage(on: date)
        document.stages = MethodStage.allCases.map { (stage: $0.frenchName, teams: stages[$0] ?? 0) }
        document.unstaged = max(0, teams - stages.values.reduce(0, +))
        let names = Dictionary(try store.products.all().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        document.software = try register.teamCountsByProduct(on: date)
            .map { (product: names[$0.key] ?? $0.key, teams: $0.value) }
            .sorted { ($1.teams, $0.product) < ($0.teams, $1.product) }
        for use in try register.affectedByLabelLoss(on: date) where !(document.affectedTeams[use.record.productId] ?? []).contains(use.teamName) {
            document.affectedTeams[use.record.productId, default: []].append(use.teamName)
        }
    }

    /// Products whose label the catalog records as lost or no longer met.
    func labelAlerts() throws -> [Product] {
        try EvidenceCatalog(store: store, reference: reference).catalog(team: nil).products
            .filter { $0.label.map { $0.state != .held && ($0.state == .noLongerMeets || $0.lost != nil) } ?? false }
            .sorted { $0.name < $1.name }
    }
}
