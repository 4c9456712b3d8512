import Comparator
import Deployment
import Foundation
import Reports
import Store
import Survey

/// The documents of one campaign, built from the store: shared by the CLI and the web application so that no
/// document logic lives in a command or a route.
public struct CampaignDocuments: Sendable {
    public let catalog: ProductCatalog
    public let survey: SurveyDefinition
    public let method: DeploymentMethod
    public let profile: TeamProfile
    public let actions: [PlannedAction]
    public let snapshot: CampaignSnapshot
    /// The team's closed demonstration evaluations: their facts are in `catalog`; the sheet also says what was seen.
    public let demonstrations: [DemonstrationResult]

    /// `catalog` is the shipped one (criteria, professions, reference products).
    public init(store: AppDatabase, campaign: Int64, catalog: ProductCatalog, survey: SurveyDefinition, method: DeploymentMethod) throws {
        self.survey = survey
        self.method = method
        let analysis = try CampaignAnalysis(database: store, campaignID: campaign, survey: survey, criteria: catalog.criteria,
                                            years: ComparisonSettings.defaultYears)
        (snapshot, profile, actions) = (analysis.snapshot, analysis.profile, analysis.plan)
        // The products and facts of the federation's database, with the team's own evidence (its demonstrations).
        self.catalog = try EvidenceCatalog(store: store, reference: catalog).catalog(team: analysis.snapshot.team.id)
        demonstrations = try DemoEvaluation(store: store, reference: catalog, survey: survey).closedResults(team: analysis.snapshot.team.id)
    }

    public func comparison(products: (Product) -> Bool, settings: ComparisonSettings) -> Comparison {
        var selected = catalog
        selected.products = catalog.products.filter(products)
        return Comparator.compare(catalog: selected, needs: profile.needs, options: settings.options)
    }

    /// Teams that attend a software's user group use it: they are the peers to visit.
    public func peers(from sessions: [UserGroupSession]) -> [String: [String]] {
        var peers: [String: [String]] = [:]
        for product in catalog.products {
            let teams = Set(sessions.filter { $0.software == product.name }.flatMap { $0.attendees.map(\.team) })
                .subtracting([snapshot.team.name])   // a team is not told to visit itself
            if !teams.isEmpty { peers[product.id] = teams.sorted() }
        }
        return peers
    }

    public func comparisonSheet(_ comparison: Comparison, sessions: [UserGroupSession], date: String, detailLimit: Int? = nil,
                                templates: TemplateSet) throws(ReportError) -> ReportDocument {
        var sheet = ComparisonSheet(comparison: comparison, catalog: catalog, date: date, peers: peers(from: sessions), detailLimit: detailLimit,
                                    emptyState: profile.nobodyAnswered ? profile.emptyState : nil)
        sheet.demonstrations = demonstrations
        return try sheet.document(templates: templates)
    }

    /// The products this campaign's team compares unless told otherwise (`ComparisonSettings.comparesByDefault`).
    public func defaultProducts(_ product: Product) -> Bool {
        ComparisonSettings.comparesByDefault(product, fictionalTeam: snapshot.team.fictional)
    }

    /// The consultation of editors (`cahier des charges`); replies are due four weeks after `date` unless `replyBy`.
    public func consultation(date: String, replyBy: String? = nil) -> EditorConsultation {
        EditorConsultation(profile: profile, catalog: catalog, survey: survey, date: date, replyBy: replyBy)
    }

    /// The reply template sent with the consultation, one row per question (`EditorReply.template`).
    public func consultationReply(_ consultation: EditorConsultation) throws -> Data {
        try EditorReply.template(consultation.questions, team: profile.team)
    }

    public func maturity(date: String, templates: TemplateSet) throws(ReportError) -> ReportDocument {
        try MaturityReport(profile: profile, plan: actions, survey: survey, criteria: catalog.criteria, date: date).document(templates: templates)
    }

    /// The project plan; once the deployment is followed (`tracking`), from the follow-up's start, planned against actual.
    public func plan(start: String, date: String, comparison: Comparison?, templates: TemplateSet,
                     tracking: FollowUpState? = nil) throws(ReportError) -> ReportDocument {
        var people: [String: [String]] = [:]
        for respondent in snapshot.respondents { people[respondent.profession, default: []].append(respondent.label) }
        let result = comparison ?? (profile.needs.weights.isEmpty ? nil
            : self.comparison(products: defaultProducts, settings: .standard(asOf: ComparisonSettings.day(iso: date))))
        var plan = ProjectPlan(method: method, profile: profile, actions: actions, survey: survey, comparison: result,
                               people: people, start: tracking?.followUp.startDate ?? start, date: date)
        plan.tracking = tracking.map { PlanTracking(steps: $0.steps, promises: $0.promises, today: $0.today) }
        return try plan.document(templates: templates)
    }
}
