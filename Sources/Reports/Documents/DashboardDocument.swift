import Comparator
import Survey

/// The federation's picture for its DIM (`report dashboard`, `/tableau-de-bord`): campaigns' completion, the
/// maturity of every team (distribution by dimension, and a teams × dimensions heat map one page of teams at a time),
/// label alerts and overdue actions. Built from aggregate figures the store computed; nothing here loops over answers.
public struct DashboardDocument: Sendable {
    public struct Campaign: Sendable {
        public var team: String, campaign: String, invited: Int, finished: Int
        public init(team: String, campaign: String, invited: Int, finished: Int) {
            self.team = team; self.campaign = campaign; self.invited = invited; self.finished = finished
        }
    }

    /// How many teams' latest synthesis puts a dimension at a level (`nil`: nobody assessed it).
    public struct LevelCount: Sendable {
        public var dimension: String, level: Int?, teams: Int
        public init(dimension: String, level: Int?, teams: Int) { self.dimension = dimension; self.level = level; self.teams = teams }
    }

    public struct TeamLevels: Sendable {
        public var team: String
        /// Dimension id → level (`nil`: nobody assessed it).
        public var levels: [String: Int?]
        public init(team: String, levels: [String: Int?]) { self.team = team; self.levels = levels }
    }

    public struct Overdue: Sendable {
        public var team: String, dimension: String, title: String, lead: String?, due: String
        public init(team: String, dimension: String, title: String, lead: String?, due: String) {
            self.team = team; self.dimension = dimension; self.title = title; self.lead = lead; self.due = due
        }
    }

    public var date: String
    public var grid: MaturityGrid
    public var survey: SurveyDefinition
    /// Every team's latest campaign.
    public var campaigns: [Campaign]
    public var distribution: [LevelCount]
    /// One page of teams, by name; `page` counts from 1.
    public var teamLevels: [TeamLevels]
    public var page: Int, pages: Int
    /// Products whose label is lost or no longer met, with the status as the catalog records it.
    public var labelAlerts: [Product]
    public var overdue: [Overdue], overdueTotal: Int
    /// Teams whose synthesis is still being computed (shown as such, never as current figures).
    public var pending: Int
    /// From the register: teams per stage of the method (in its order, French names) and teams with no stage recorded.
    public var stages: [(stage: String, teams: Int)] = []
    public var unstaged = 0
    /// From the register: teams using each product on the date, most used first.
    public var software: [(product: String, teams: Int)] = []
    /// Product id → teams still using it although it lost the label (from the register).
    public var affectedTeams: [String: [String]] = [:]
    /// From the deployment follow-up: steps and editors' promises past their planned end, most late first.
    public var lateSteps: [LateStep] = []
    public var lateTeamSteps = 0, lateEditorPromises = 0

    public struct LateStep: Sendable {
        public var team: String, editor: Bool, title: String, plannedEnd: String
        public init(team: String, editor: Bool, title: String, plannedEnd: String) {
            self.team = team; self.editor = editor; self.title = title; self.plannedEnd = plannedEnd
        }
    }

    /// Teams shown per page of the heat map: readable on paper, cheap to draw.
    public static let teamsPerPage = 50
    /// Campaigns listed by lowest completion.
    public static let leastComplete = 15
    public static let slug = "tableau-de-bord"

    public init(date: String, survey: SurveyDefinition, campaigns: [Campaign], distribution: [LevelCount], teamLevels: [TeamLevels],
                page: Int, pages: Int, labelAlerts: [Product], overdue: [Overdue], overdueTotal: Int, pending: Int) {
        self.date = date; self.survey = survey; self.grid = survey.grid; self.campaigns = campaigns; self.distribution = distribution
        self.teamLevels = teamLevels; self.page = page; self.pages = pages; self.labelAlerts = labelAlerts
        self.overdue = overdue; self.overdueTotal = overdueTotal; self.pending = pending
    }

    public func document(templates: TemplateSet) throws(ReportError) -> ReportDocument {
        ReportDocument(title: "Tableau de bord de la fédération", slug: Self.slug,
                       source: try templates.render(Self.slug, DashboardView(self)), charts: teamLevels.isEmpty ? [:] : ["equipes": heatMap().svg()])
    }

    /// Teams × dimensions, each cell the team's level against the dimension's target (green: reached).
    func heatMap() -> HeatMap {
        let dimensions = grid.dimensions
        return HeatMap(title: "Maturité des équipes par dimension", rows: teamLevels.map(\.team), columns: dimensions.map(\.title),
                       cells: teamLevels.map { team in
                           dimensions.map { dimension in
                               (team.levels[dimension.id] ?? nil).map { min(1, Double($0) / Double(max(dimension.target, 1))) }
                           }
                       },
                       legend: "Vert : cible atteinte ; orange à rouge : sous la cible ; hachuré : dimension non évaluée.",
                       cellTexts: teamLevels.map { team in
                           dimensions.map { dimension in (team.levels[dimension.id] ?? nil).map { "niveau \($0), cible \(dimension.target)" } ?? "non évaluée" }
                       })
    }
}
