import Comparator
import Survey

/// What the dashboard template sees: strings already formatted in French.
struct DashboardView {
    struct CampaignRow { var team: String; var campaign: String; var invited: Int; var finished: Int; var share: String }
    struct DimensionRow { var title: String; var counts: [String]; var unknown: String; var below: String }
    struct AlertRow { var product: String; var status: String; var teams: String }
    struct Count { var label: String; var teams: Int }
    struct LateRow { var team: String; var party: String; var title: String; var plannedEnd: String }
    struct OverdueRow { var team: String; var dimension: String; var title: String; var lead: String; var due: String }

    var date: String
    var summary: String
    var buckets: [String]
    var leastComplete: [CampaignRow]; var hasCampaigns: Bool
    var levels: [String]; var dimensions: [DimensionRow]; var hasLevels: Bool
    var page: Int; var pages: Int; var hasPages: Bool
    var pending: String?
    var alerts: [AlertRow]; var hasAlerts: Bool
    var stages: [Count]; var unstaged: String?; var software: [Count]; var hasSoftware: Bool
    var lateSummary: String; var late: [LateRow]; var hasLate: Bool
    var overdue: [OverdueRow]; var overdueText: String; var hasOverdue: Bool

    init(_ dashboard: DashboardDocument) {
        date = FrenchDate.long(dashboard.date)
        let campaigns = dashboard.campaigns
        let invited = campaigns.reduce(0) { $0 + $1.invited }, finished = campaigns.reduce(0) { $0 + $1.finished }
        let share = invited == 0 ? "—" : FrenchNumber.percent(Double(finished) / Double(invited))
        summary = FrenchNumber.count(campaigns.count, "équipe", "équipes") + ", "
            + FrenchNumber.count(finished, "questionnaire terminé", "questionnaires terminés") + " sur "
            + FrenchNumber.count(invited, "envoyé", "envoyés") + " (" + share + ")."
        buckets = Self.buckets(campaigns)
        leastComplete = campaigns.filter { $0.invited > 0 && $0.finished < $0.invited }
            .sorted { (Double($0.finished) / Double($0.invited), $0.team) < (Double($1.finished) / Double($1.invited), $1.team) }
            .prefix(DashboardDocument.leastComplete)
            .map { CampaignRow(team: $0.team, campaign: $0.campaign, invited: $0.invited, finished: $0.finished,
                               share: FrenchNumber.percent(Double($0.finished) / Double($0.invited))) }
        hasCampaigns = !leastComplete.isEmpty
        // Levels are the numeric codes of the grid's scales; « je ne sais pas » counts for no level.
        let maximum = dashboard.grid.dimensions.compactMap { dimension in
            dashboard.survey.questionnaire.scale(dimension.scale)?.options.filter { Int($0.code) != nil }.count
        }.max() ?? 4
        levels = (0..<maximum).map { "Niveau \($0)" }
        dimensions = Self.dimensionRows(dashboard, levels: maximum)
        hasLevels = dashboard.distribution.contains { $0.teams > 0 }
        (page, pages) = (dashboard.page, dashboard.pages)
        hasPages = dashboard.pages > 1
        pending = dashboard.pending == 0 ? nil
            : "Synthèse en cours de calcul pour \(FrenchNumber.count(dashboard.pending, "équipe", "équipes"))\u{00A0}: elles ne figurent pas encore dans la maturité ci-dessous (rechargez la page)."
        alerts = dashboard.labelAlerts.map { product in
            let teams = dashboard.affectedTeams[product.id] ?? []
            return AlertRow(product: product.name, status: product.label?.frenchText ?? LabelStatus.frenchUnknown,
                            teams: teams.isEmpty ? "aucune d'après le registre" : teams.joined(separator: ", "))
        }
        stages = dashboard.stages.map { Count(label: $0.stage, teams: $0.teams) } + [Count(label: "non renseignée", teams: dashboard.unstaged)]
        unstaged = dashboard.unstaged == 0 ? nil
            : "«\u{00A0}Non renseignée\u{00A0}»\u{00A0}: \(FrenchNumber.count(dashboard.unstaged, "équipe n'a", "équipes n'ont")) pas d'étape enregistrée dans le registre."
        software = dashboard.software.map { Count(label: $0.product, teams: $0.teams) }
        late = dashboard.lateSteps.map {
            LateRow(team: $0.team, party: $0.editor ? "éditeur" : "équipe", title: $0.title, plannedEnd: FrenchDate.long($0.plannedEnd))
        }
        hasLate = !late.isEmpty
        lateSummary = FrenchNumber.count(dashboard.lateTeamSteps, "étape d'équipe", "étapes d'équipes") + " et "
            + FrenchNumber.count(dashboard.lateEditorPromises, "engagement d'éditeur", "engagements d'éditeurs")
            + " ont dépassé leur date prévue."
        hasSoftware = !software.isEmpty
        hasAlerts = !alerts.isEmpty
        overdue = dashboard.overdue.map {
            OverdueRow(team: $0.team, dimension: dashboard.grid.dimension($0.dimension)?.title ?? $0.dimension, title: $0.title,
                       lead: $0.lead ?? "à désigner", due: FrenchDate.long($0.due))
        }
        hasOverdue = dashboard.overdueTotal > 0
        overdueText = dashboard.overdueTotal > dashboard.overdue.count
            ? "\(FrenchNumber.count(dashboard.overdueTotal, "action en retard", "actions en retard")), dont les \(dashboard.overdue.count) plus anciennes\u{00A0}:"
            : "\(FrenchNumber.count(dashboard.overdueTotal, "action en retard", "actions en retard"))\u{00A0}:"
    }

    /// Teams by completion of their latest campaign: none yet, under half, half or more, 80 % or more.
    static func buckets(_ campaigns: [DashboardDocument.Campaign]) -> [String] {
        var counts = [0, 0, 0, 0]
        for campaign in campaigns where campaign.invited > 0 {
            let share = Double(campaign.finished) / Double(campaign.invited)
            counts[share == 0 ? 0 : share < 0.5 ? 1 : share < 0.8 ? 2 : 3] += 1
        }
        let words = ["aucune réponse terminée", "moins de la moitié", "de la moitié à 80\u{202F}%", "80\u{202F}% ou plus"]
        return zip(words, counts).map { "\($0)\u{00A0}: \(FrenchNumber.count($1, "équipe", "équipes"))" }
    }

    static func dimensionRows(_ dashboard: DashboardDocument, levels: Int) -> [DimensionRow] {
        var counts: [String: [Int?: Int]] = [:]
        for entry in dashboard.distribution { counts[entry.dimension, default: [:]][entry.level, default: 0] += entry.teams }
        return dashboard.grid.dimensions.map { dimension in
            let byLevel = counts[dimension.id] ?? [:]
            // A dimension nobody assessed is unknown, not below target: it is counted apart.
            let below = byLevel.reduce(0) { total, entry in total + (entry.key.map { $0 < dimension.target } == true ? entry.value : 0) }
            return DimensionRow(title: dimension.title, counts: (0..<levels).map { String(byLevel[$0] ?? 0) },
                                unknown: String(byLevel[nil] ?? 0), below: String(below))
        }
    }
}
