import Application
import Catalog
import Comparator
import Deployment
import Foundation
import Hummingbird
import Reports
import Store
import Survey

/// The pieces the team and campaign routes share: what the path names (if this user may see it), and pages.
extension WebApp {
    // MARK: Pieces

    /// Today by the application's clock: the date of documents and the day comparisons are made.
    var today: String { CalendarDay.iso(clock()) }

    func chrome(_ title: String, _ user: UserRecord, _ context: WebRequestContext, wide: Bool = false) -> Page.Chrome {
        Page.Chrome(title: title, user: user, csrf: context.session?.csrfToken, wide: wide)
    }

    /// The team in the path, if this user may see it.
    func team(_ context: WebRequestContext, user: UserRecord) throws -> TeamRecord {
        guard let id = context.parameters.get("team", as: Int64.self), let team = try store.teams.find(id: id) else { throw WebError.notFound }
        if user.role == .coordinator && user.teamId != team.id { throw WebError.forbidden }
        return team
    }

    /// The campaign in the path and its team, if this user may see it.
    func campaign(_ context: WebRequestContext, user: UserRecord) throws -> (TeamRecord, CampaignRecord) {
        guard let id = context.parameters.get("campaign", as: Int64.self), let campaign = try store.campaigns.find(id: id),
              let team = try store.teams.find(id: campaign.teamId) else { throw WebError.notFound }
        if user.role == .coordinator && user.teamId != team.id { throw WebError.forbidden }
        return (team, campaign)
    }

    func documents(_ campaign: CampaignRecord) throws -> CampaignDocuments {
        try CampaignDocuments(store: store, campaign: campaign.id, catalog: catalog, survey: survey, method: method)
    }

    /// The comparative sheet; `compact` for the page (no evidence tables, a smaller heat map), full for download.
    func comparisonDocument(_ campaign: CampaignRecord, compact: Bool = false, documents: CampaignDocuments? = nil) throws -> ReportDocument {
        let documents = try documents ?? self.documents(campaign)
        let settings = ComparisonSettings.standard(asOf: ComparisonSettings.day(of: clock()))
        return try documents.comparisonSheet(documents.comparison(products: documents.defaultProducts, settings: settings),
                                             peers: try documents.peers(on: today),
                                             date: today, detailLimit: compact ? 0 : nil, templates: templates)
    }

    func teamsPage(user: UserRecord, context: WebRequestContext, message: String? = nil, error: String? = nil, typed: String = "",
                   status: HTTPResponse.Status = .ok) throws -> Response {
        let counts = try store.campaigns.countsByTeam()
        let teams = try store.teams.all().filter { user.role != .coordinator || $0.id == user.teamId }.map { team in
            TeamsPage.Row(id: team.id, name: team.name, fictional: team.fictional, campaigns: counts[team.id] ?? 0)
        }
        let page = TeamsPage(heading: user.role == .coordinator ? "Mon équipe" : "Équipes", teams: teams,
                             canCreate: user.role != .coordinator, csrf: context.session?.csrfToken ?? "", message: message,
                             error: error, typed: typed)
        return Page.render(page, chrome: chrome("Équipes", user, context), status: status)
    }

    func teamPage(_ team: TeamRecord, user: UserRecord, context: WebRequestContext, error: String? = nil, typedName: String = "",
                  typedRespondents: String = "identifiant;profession\n", register typing: RegisterTyping = .init(),
                  status: HTTPResponse.Status = .ok) throws -> Response {
        // "Answered" as everywhere else (`SurveyDefinition.status(of:)`), not "has any answer".
        let campaigns = try store.campaigns.all(teamID: team.id).map { campaign in
            let progress = CampaignProgress(snapshot: try store.campaigns.snapshot(campaignID: campaign.id), definition: survey)
            return TeamPage.Row(id: campaign.id, name: campaign.name, invited: progress.invited, answered: progress.completed)
        }
        var page = TeamPage(id: team.id, name: team.name, campaigns: campaigns, canCreate: user.role != .coordinator,
                            canPurge: user.role == .admin, csrf: context.session?.csrfToken ?? "", error: error, typedName: typedName, typedRespondents: typedRespondents)
        page.register = try teamRegister(team, user: user, context: context, typing: typing)
        return Page.render(page, chrome: chrome(team.name, user, context), status: status)
    }

    func teamAnswersPage(team: TeamRecord, campaign: CampaignRecord, user: UserRecord, context: WebRequestContext,
                         values: [String: String], errors: [String: String], saved: Bool, status: HTTPResponse.Status = .ok) -> Response {
        let items = survey.teamItems
        let fields = Page.fragment("items", ["items": ItemFields.view(items, definition: survey, values: values, errors: errors)])
        let page = TeamAnswersPage(id: campaign.id, team: team.name, fields: fields, saved: saved, hasErrors: !errors.isEmpty,
                                   csrf: context.session?.csrfToken ?? "")
        return Page.render(page, chrome: chrome("Questions d'équipe", user, context), status: status)
    }

    /// A report shown inside the application: the HTML body the Reports module produced (its own escaping).
    func documentPage(_ document: ReportDocument, campaign: CampaignRecord, user: UserRecord, context: WebRequestContext,
                      editPlan: Bool = false, downloads: [String]) -> Response {
        let page = DocumentPage(document: Self.body(of: document.citing(sources).html), campaignID: campaign.id, files: downloads,
                                editPlan: editPlan)
        return Page.render(page, chrome: chrome(document.title, user, context, wide: true))
    }

    /// The `<main>` content of a standalone report page.
    static func body(of html: String) -> String {
        guard let start = html.range(of: "<main>"), let end = html.range(of: "</main>", options: .backwards) else { return html }
        return String(html[start.upperBound..<end.lowerBound])
    }

    func download(_ file: String, campaign: CampaignRecord, user: UserRecord) throws -> Response {
        if let calendar = calendarDownload(file, campaign: campaign) { return try calendar() }
        let documents = try documents(campaign)
        let markdown = "text/markdown; charset=utf-8", html = "text/html; charset=utf-8"
        func report(_ document: ReportDocument, _ isHTML: Bool) -> Response {
            let document = document.citing(sources)
            return Page.download(Data((isHTML ? document.html : document.markdown).utf8), name: file, type: isHTML ? html : markdown)
        }
        switch file {
        case "synthese-maturite.md", "synthese-maturite.html":
            return report(try documents.maturity(date: today, templates: templates), file.hasSuffix(".html"))
        case "fiche-comparative.md", "fiche-comparative.html":
            return report(try comparisonDocument(campaign, documents: documents), file.hasSuffix(".html"))
        case "plan-de-projet.md", "plan-de-projet.html":
            return report(try planDocument(campaign, documents: documents), file.hasSuffix(".html"))
        case "consultation-editeurs.md", "consultation-editeurs.html":
            return report(try documents.consultation(date: today).document(templates: templates), file.hasSuffix(".html"))
        case EditorConsultation.replyFile:
            return Page.download(try documents.consultationReply(documents.consultation(date: today)), name: file, type: "text/csv; charset=utf-8")
        default:
            guard user.role != .coordinator else { throw WebError.forbidden }
            let export = CampaignExport(snapshot: documents.snapshot, survey: survey, catalog: catalog)
            let files: [(name: String, data: Data)]
            do {
                files = file.hasSuffix(".json") ? try export.fhirFiles()
                    : try export.csvFiles(profile: documents.profile, plan: documents.actions)
            } catch let refusal as FHIRExport.Refusal {
                // Stored answers the survey's validation refuses: say which, as the CLI does.
                return Page.error(.unprocessableContent, title: "Export FHIR impossible", message: refusal.description.capitalizedFirst + ".",
                                  user: user)
            }
            guard let match = files.first(where: { $0.name == file }) else { throw WebError.notFound }
            try CampaignExport.recordExport(store, campaign: campaign, files: [file], by: .account(user))
            return Page.download(match.data, name: file, type: file.hasSuffix(".json") ? "application/fhir+json" : "text/csv; charset=utf-8")
        }
    }
}

extension WebApp {
    var calendars: CampaignCalendars { CampaignCalendars(store: store, method: method, reference: catalog, grid: survey.grid) }

    /// `jalons.ics`, `actions.ics`, `groupes-utilisateurs.ics`: the campaign's calendars (`CampaignCalendars`, which
    /// `export --format ics` writes too), saved under a name with the team and the day.
    func calendarDownload(_ file: String, campaign: CampaignRecord) -> (() throws -> Response)? {
        guard file.hasSuffix(".ics"), let kind = CampaignCalendars.Kind(rawValue: String(file.dropLast(4))) else { return nil }
        return { [self] in
            let calendar = try calendars.file(kind, campaignID: campaign.id, today: today, stamp: clock(), baseURL: publicURL)
            return Page.download(calendar.data, name: calendar.name, type: ICalendar.contentType)
        }
    }
}
