import Comparator
import Survey

/// The maturity synthesis (`synthèse de maturité`) of a campaign: radar, per-dimension table with the spread and
/// missing professions, readiness verdict, action plan.
public struct MaturityReport: Sendable {
    /// The document's file name without extension (its downloads, the demo's files, the campaign's ZIP).
    public static let slug = "synthese-maturite"

    public var profile: TeamProfile
    public var plan: [PlannedAction]
    public var survey: SurveyDefinition
    public var date: String
    /// The catalog's criteria, for the titles of the weighted needs (the input of the comparison).
    public var criteria: [Criterion]
    /// The team's previous campaign compared with this one (yearly re-assessment); `nil` for a first campaign.
    public var progress: MaturityProgress?

    public init(profile: TeamProfile, plan: [PlannedAction], survey: SurveyDefinition, criteria: [Criterion], date: String) {
        self.profile = profile; self.plan = plan; self.survey = survey; self.criteria = criteria; self.date = date
    }

    public func document(templates: TemplateSet) throws(ReportError) -> ReportDocument {
        ReportDocument(title: "Synthèse de maturité — \(profile.team)", slug: Self.slug,
                       source: try templates.render("synthese-maturite", MaturityView(report: self)),
                       charts: ["radar": radar().svg()])
    }

    func radar() -> RadarChart {
        let previous = Dictionary((progress?.dimensions ?? []).map { ($0.dimension, $0.before) }, uniquingKeysWith: { first, _ in first })
        return RadarChart(title: "Maturité de l'équipe par dimension", axes: profile.dimensions.map {
            .init(label: $0.title, level: $0.teamLevel, lowest: $0.lowest, highest: $0.highest, target: $0.target,
                  previous: previous[$0.dimension] ?? nil)
        }, comparesPrevious: progress != nil)
    }
}

/// Shared pieces of the campaign-based views.
struct CampaignLabels {
    let survey: SurveyDefinition

    func profession(_ id: String) -> String { survey.professionLabel(id) }

    func level(_ dimensionID: String, _ level: Int?) -> String {
        guard let level, let scale = survey.grid.dimension(dimensionID).flatMap({ survey.questionnaire.scale($0.scale) }),
              level >= 0, level < scale.options.count else { return "—" }
        return scale.options[level].label
    }

    func dimension(_ id: String) -> String { survey.grid.dimension(id)?.title ?? id }
}

struct ReadinessView {
    struct Outcome { var title: String; var met: Bool; var blocking: Bool; var reason: String; var action: String; var source: String? }
    var verdict: String
    var ready: Bool
    var outcomes: [Outcome]
    var unmet: [Outcome]

    init(_ readiness: ReadinessVerdict) {
        verdict = readiness.verdict.rawValue
        ready = readiness.verdict == .prete
        outcomes = readiness.outcomes.map {
            Outcome(title: $0.title, met: $0.status == .met, blocking: $0.severity == .bloquant, reason: $0.reason,
                    action: $0.action, source: $0.source)
        }
        unmet = outcomes.filter { !$0.met }
    }
}

struct ActionView {
    var dimension: String; var title: String; var lead: String; var due: String; var means: String; var indicator: String
    var status: String; var unassigned: Bool

    init(_ action: PlannedAction, labels: CampaignLabels) {
        dimension = labels.dimension(action.dimension)
        title = action.title
        lead = action.lead ?? "à désigner"
        due = action.due.map { FrenchDate.long($0) } ?? "à fixer"
        means = action.means
        indicator = action.indicator
        status = action.status.rawValue
        unassigned = action.lead == nil || action.due == nil
    }
}

struct MaturityView {
    struct Dimension {
        var axis: String; var title: String; var adaptation: Bool; var level: String; var majority: Bool; var spread: String
        var target: String; var belowTarget: Bool; var missing: String; var respondents: Int
    }
    struct Participation { var profession: String; var invited: Int; var answered: Int }
    struct Disagreement { var text: String; var positions: String }

    var team: String; var campaign: String; var date: String; var grid: String; var gridSource: String
    var answered: Int; var invited: Int; var answeredText: String; var answeredVerb: String; var participation: [Participation]; var missing: String?
    var dimensions: [Dimension]; var readiness: ReadinessView; var actions: [ActionView]; var hasActions: Bool
    var disagreements: [Disagreement]; var hasDisagreements: Bool; var hasAdaptation: Bool
    var empty: Bool; var emptyText: String; var answeredMeaning = TeamProfile.answeredMeaning
    var needs: [NeedView]; var hasNeeds: Bool; var voiceText: String
    var progress: MaturityProgressView?

    init(report: MaturityReport) {
        let profile = report.profile, labels = CampaignLabels(survey: report.survey)
        team = profile.team
        campaign = profile.campaign
        empty = profile.nobodyAnswered
        emptyText = profile.emptyState
        date = FrenchDate.long(report.date)
        grid = report.survey.grid.title
        gridSource = report.survey.grid.source
        answered = profile.answered
        answeredText = FrenchNumber.count(profile.answered, "professionnel·le", "professionnel·les")
        answeredVerb = profile.answered < 2 ? "a répondu" : "ont répondu"
        invited = profile.invited
        participation = profile.professions.map { .init(profession: labels.profession($0.profession), invited: $0.invited, answered: $0.answered) }
        missing = profile.missingProfessions.isEmpty ? nil : profile.missingProfessions.map(labels.profession).joined(separator: ", ")
        dimensions = profile.dimensions.map { dimension in
            Dimension(axis: dimension.axis, title: dimension.title, adaptation: dimension.provenance == .adaptation,
                      level: labels.level(dimension.dimension, dimension.teamLevel), majority: dimension.hasMajority,
                      spread: dimension.lowest == nil ? "—"
                        : "\(labels.level(dimension.dimension, dimension.lowest)) → \(labels.level(dimension.dimension, dimension.highest))",
                      target: labels.level(dimension.dimension, dimension.target), belowTarget: dimension.isBelowTarget,
                      missing: dimension.missingProfessions.map(labels.profession).joined(separator: ", "),
                      respondents: dimension.respondents)
        }
        hasAdaptation = dimensions.contains(where: \.adaptation)
        readiness = ReadinessView(profile.readiness)
        actions = report.plan.map { ActionView($0, labels: labels) }
        hasActions = !actions.isEmpty
        disagreements = profile.disagreements.compactMap { item -> Disagreement? in
            guard let dimension = report.survey.item(item.item)?.dimension else { return nil }
            return Disagreement(text: labels.dimension(dimension),
                         positions: item.shareableByProfession.compactMap { distribution in
                             distribution.median.map {
                                 "\(labels.profession(distribution.profession)) : \(labels.level(dimension, $0))"
                             }
                         }.joined(separator: " ; "))
        }
        disagreements = disagreements.filter { !$0.positions.isEmpty }
        hasDisagreements = !disagreements.isEmpty
        needs = NeedView.weighted(profile.needs, criteria: report.criteria)
        hasNeeds = !needs.isEmpty
        progress = report.progress.map { MaturityProgressView($0, labels: labels, criteria: report.criteria) }
        voiceText = profile.voice == .profession ? "profession (chaque profession a le même poids, quel que soit son effectif)"
            : "personne (chaque répondant·e a le même poids)"
    }
}

/// One weighted need, heaviest first: what the comparison will weigh.
struct NeedView {
    var criterion: String; var title: String; var weight: String; var mustHave: Bool

    static func weighted(_ needs: NeedsProfile, criteria: [Criterion]) -> [NeedView] {
        let total = needs.weights.values.reduce(0, +)
        guard total > 0 else { return [] }
        let titles = Dictionary(criteria.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let mustHaves = Set(needs.mustHaves.map(\.criterion))
        return needs.weights.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).map { id, weight in
            NeedView(criterion: id, title: titles[id] ?? id, weight: FrenchNumber.percent(weight / total, decimals: 1),
                     mustHave: mustHaves.contains(id))
        }
    }
}
