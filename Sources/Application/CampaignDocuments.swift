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
    /// The team's latest earlier campaign someone finished (yearly re-assessment); pooled only when the maturity
    /// synthesis asks for it (`maturityProgress`), so the other documents do not pay for it.
    let previousSnapshot: CampaignSnapshot?
    let store: AppDatabase

    /// `catalog` is the shipped one (criteria, professions, reference products).
    public init(store: AppDatabase, campaign: Int64, catalog: ProductCatalog, survey: SurveyDefinition, method: DeploymentMethod) throws {
        self.survey = survey
        self.method = method
        self.store = store
        let analysis = try CampaignAnalysis(database: store, campaignID: campaign, survey: survey, criteria: catalog.criteria,
                                            years: ComparisonSettings.defaultYears)
        (snapshot, profile, actions) = (analysis.snapshot, analysis.profile, analysis.plan)
        // The products and facts of the federation's database, with the team's own evidence (its demonstrations).
        self.catalog = try EvidenceCatalog(store: store, reference: catalog).catalog(team: analysis.snapshot.team.id)
        demonstrations = try DemoEvaluation(store: store, reference: catalog, survey: survey).closedResults(team: analysis.snapshot.team.id)
        previousSnapshot = try Self.previousSnapshot(store: store, before: analysis.snapshot.campaign)
    }

    static func previousSnapshot(store: AppDatabase, before campaign: CampaignRecord) throws -> CampaignSnapshot? {
        for earlier in try store.campaigns.all(teamID: campaign.teamId).reversed() where earlier.id < campaign.id {
            let snapshot = try store.campaigns.snapshot(campaignID: earlier.id)
            if snapshot.respondents.contains(where: { $0.completedAt != nil }) { return snapshot }
        }
        return nil
    }

    /// This campaign read against the team's previous one; `nil` for its first campaign.
    public var maturityProgress: MaturityProgress? {
        previousSnapshot.map { snapshot in
            let previous = CampaignAnalysis(snapshot, survey: survey, criteria: catalog.criteria)
            return MaturityProgress(previousCampaign: snapshot.campaign.name, previous: previous.profile, previousPlan: previous.plan,
                                    current: profile)
        }
    }

    public func comparison(products: (Product) -> Bool, settings: ComparisonSettings) -> Comparison {
        var selected = catalog
        selected.products = catalog.products.filter(products)
        return Comparator.compare(catalog: selected, needs: profile.needs, options: settings.options)
    }

    /// The sheet's "teams to visit": from the register, the other teams using each product for some time
    /// (`SoftwareRegister.peers`), on the sheet's day.
    public func peers(on day: String) throws -> [String: [String]] {
        try SoftwareRegister(store: store).peers(of: snapshot.team.id, products: catalog.products.map(\.id), on: day)
    }

    /// `peers`: from `peers(on:)`, read by the caller (the sheet itself only renders).
    public func comparisonSheet(_ comparison: Comparison, peers: [String: [String]], date: String, detailLimit: Int? = nil,
                                templates: TemplateSet) throws(ReportError) -> ReportDocument {
        var sheet = ComparisonSheet(comparison: comparison, catalog: catalog, date: date, peers: peers, detailLimit: detailLimit,
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
        var report = MaturityReport(profile: profile, plan: actions, survey: survey, criteria: catalog.criteria, date: date)
        report.progress = maturityProgress
        return try report.document(templates: templates)
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
        plan.tracking = tracking.map { state in
            PlanTracking(steps: state.steps, promises: state.promises, today: state.today,
                         checks: state.checks.map { MigrationCheck(text: $0.text, checkedOn: $0.checkedOn) },
                         defects: state.defects.map { MigrationDefect(description: $0.description, severity: $0.severity,
                                                                      foundOn: $0.foundOn, fixedOn: $0.fixedOn) })
        }
        return try plan.document(templates: templates)
    }
}

extension CampaignDocuments {
    /// The campaign's documents as the campaign page offers them (maturity synthesis, full comparative sheet, project
    /// plan, consultation of editors), on `date`, with the standard comparison settings: what its ZIP holds.
    public func all(date: String, templates: TemplateSet, tracking: FollowUpState?) throws -> [ReportDocument] {
        let ranked = comparison(products: defaultProducts, settings: .standard(asOf: ComparisonSettings.day(iso: date)))
        return [try maturity(date: date, templates: templates),
                try comparisonSheet(ranked, peers: try peers(on: date), date: date, templates: templates),
                try plan(start: date, date: date, comparison: nil, templates: templates, tracking: tracking),
                try consultation(date: date).document(templates: templates)]
    }

    /// What `CampaignFiles` needs from this campaign; `exports`: whether the reader may have individual answers.
    public func filesRequest(date: String, templates: TemplateSet, sources: [String: String], tracking: FollowUpState?,
                             exports: Bool, conversion: OfficeConversion) throws -> CampaignFiles.Request {
        let export = CampaignExport(snapshot: snapshot, survey: survey, catalog: catalog)
        return CampaignFiles.Request(documents: try all(date: date, templates: templates, tracking: tracking).map { $0.citing(sources) },
                                     consultationReply: try consultationReply(consultation(date: date)),
                                     questionnaireForm: try export.xlsForm(),
                                     calendars: try CampaignCalendars(store: store, method: method, reference: catalog, grid: survey.grid)
                                         .files(campaignID: snapshot.campaign.id, today: date, stamp: Date(), baseURL: nil),
                                     exports: exports ? try export.csvFiles(profile: profile, plan: actions) + export.fhirFiles()
                                         + [(export.workbookName, export.workbook(profile: profile, plan: actions))] : nil,
                                     conversion: conversion)
    }
}
