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

    /// A file of the campaign's downloads: a document in any `DocumentFormat`, the editors' reply template, the
    /// campaign's ZIP, or an export (the DIM's only); every name says the team and the day (`DownloadName`).
    func download(_ file: String, campaign: CampaignRecord, team: TeamRecord, user: UserRecord) async throws -> Response {
        if let calendar = calendarDownload(file, campaign: campaign) { return try calendar() }
        let documents = try documents(campaign)
        if let asked = DocumentFormat.split(file), let document = try campaignDocument(asked.base, campaign: campaign, documents: documents) {
            return await documentDownload(document, asked.format, subject: team.name, user: user)
        }
        switch file {
        case EditorConsultation.replyFile:
            return Page.download(try documents.consultationReply(documents.consultation(date: today)),
                                 name: downloadName(file, team: team), type: "text/csv; charset=utf-8")
        case CampaignPage.zipFile:
            return try await campaignZip(campaign, documents: documents, user: user)
        case CampaignPage.xlsFormFile:
            let form = try CampaignExport(snapshot: documents.snapshot, survey: survey, catalog: catalog).xlsForm()
            return Page.download(form.data, name: downloadName(file, team: team), type: XLSXWorkbook.mediaType)
        case CampaignPage.workbookFile:
            guard user.role != .coordinator else { throw WebError.forbidden }
            let export = CampaignExport(snapshot: documents.snapshot, survey: survey, catalog: catalog)
            let workbook = try export.workbook(profile: documents.profile, plan: documents.actions)
            try CampaignExport.recordExport(store, campaign: campaign, files: [file], by: .account(user))
            return Page.download(workbook, name: downloadName(file, team: team), type: XLSXWorkbook.mediaType)
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
            return Page.download(match.data, name: downloadName(file, team: team),
                                 type: file.hasSuffix(".json") ? "application/fhir+json" : "text/csv; charset=utf-8")
        }
    }

    /// The campaign's documents by their slug, as the campaign page offers them; `nil` for any other name.
    private func campaignDocument(_ slug: String, campaign: CampaignRecord, documents: CampaignDocuments) throws -> ReportDocument? {
        let document: ReportDocument
        switch slug {
        case MaturityReport.slug: document = try documents.maturity(date: today, templates: templates)
        case ComparisonSheet.slug: document = try comparisonDocument(campaign, documents: documents)
        case ProjectPlan.slug: document = try planDocument(campaign, documents: documents)
        case EditorConsultation.slug: document = try documents.consultation(date: today).document(templates: templates)
        default: return nil
        }
        return document.citing(sources)
    }

    /// A file that is not a document (an export, the reply template), named with the team and the day all the same.
    func downloadName(_ file: String, team: TeamRecord) -> DownloadName {
        let (base, fileExtension) = file.lastIndex(of: ".").map { (String(file[..<$0]), String(file[file.index(after: $0)...])) } ?? (file, "")
        return DownloadName(document: base, subject: team.name, date: today, fileExtension: fileExtension)
    }

    /// Everything of the campaign in one ZIP (`CampaignFiles`), its conversions off the request threads; the
    /// exports only for the DIM, as on the page.
    private func campaignZip(_ campaign: CampaignRecord, documents: CampaignDocuments, user: UserRecord) async throws -> Response {
        let exports = user.role != .coordinator
        let request: CampaignFiles.Request
        do {
            request = try documents.filesRequest(date: today, templates: templates, sources: sources,
                                                 tracking: try followUpTracking.state(campaignID: campaign.id, today: today),
                                                 exports: exports, conversion: office)
        } catch let refusal as FHIRExport.Refusal {
            return Page.error(.unprocessableContent, title: "Export FHIR impossible", message: refusal.description.capitalizedFirst + ".", user: user)
        }
        let (team, name, day) = (documents.snapshot.team.name, campaign.name, today)
        let files = try await OfficeConversion.background { CampaignFiles.gather(request, team: team, campaign: name, date: day) }
        let archive = try files.zip()
        if exports { try CampaignExport.recordExport(store, campaign: campaign, files: files.fileNames, by: .account(user)) }
        return Page.download(archive, name: files.zipName, type: "application/zip")
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
