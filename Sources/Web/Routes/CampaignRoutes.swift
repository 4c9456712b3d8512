import Application
import Catalog
import Comparator
import Deployment
import Foundation
import Hummingbird
import Reports
import Store
import Survey

/// Teams and campaigns: the DIM runs them; a coordinator sees only their own team.
extension WebApp {
    func addCampaignRoutes(_ router: Router<WebRequestContext>) {
        router.get("/equipes") { request, context -> Response in
            let user = try context.require(.dim, .coordinator)
            return try teamsPage(user: user, context: context, message: request.uri.queryParameters.get("ok").map { _ in "Équipe ajoutée." })
        }

        router.post("/equipes") { request, context -> Response in
            let user = try context.require(.dim)
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            let name = form.trimmed("nom")
            do { try store.teams.add(name: name) } catch let error as StoreError {
                return try teamsPage(user: user, context: context, error: error.description.capitalizedFirst, typed: name, status: .unprocessableContent)
            }
            return .redirect(to: "/equipes?ok=1")
        }

        router.get("/equipes/:team") { request, context -> Response in
            let user = try context.require(.dim, .coordinator)
            let team = try team(context, user: user)
            return try teamPage(team, user: user, context: context)
        }

        router.post("/equipes/:team/campagnes") { request, context -> Response in
            let user = try context.require(.dim)
            let team = try team(context, user: user)
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            let name = form.trimmed("nom").isEmpty ? "Recueil des besoins" : form.trimmed("nom")
            let pasted = form.value("repondants") ?? ""
            let people: [(label: String, profession: String)]
            do { people = try RespondentsCSV.read(Data(pasted.utf8), name: "liste collée", professions: catalog.professions) } catch let error as CatalogLoadError {
                let message = error.issues.map { $0.description }.joined(separator: " ; ")
                return try teamPage(team, user: user, context: context, error: "Liste des répondant·es à corriger : \(message)",
                                    typedName: name, typedRespondents: pasted, status: .unprocessableContent)
            }
            let (campaign, _) = try store.campaigns.create(teamID: team.id, name: name, questionnaireVersion: survey.questionnaire.version,
                                                         respondents: people)
            return .redirect(to: "/campagnes/\(campaign.id)?ok=1")
        }

        router.get("/campagnes/:campaign") { request, context -> Response in
            let user = try context.require(.dim, .coordinator)
            let (team, campaign) = try campaign(context, user: user)
            let snapshot = try store.campaigns.snapshot(campaignID: campaign.id)
            let counts = CampaignProgress(snapshot: snapshot, definition: survey)
            let progress = progressLines(counts)
            let teamItems = survey.teamItems
            var downloads: [[String: String]] = [
                ["file": "synthese-maturite.html", "label": "Synthèse de maturité (HTML imprimable)"],
                ["file": "synthese-maturite.md", "label": "Synthèse de maturité (Markdown)"],
                ["file": "fiche-comparative.html", "label": "Fiche comparative (HTML imprimable)"],
                ["file": "fiche-comparative.md", "label": "Fiche comparative (Markdown)"],
                ["file": "plan-de-projet.html", "label": "Plan de projet (HTML imprimable)"],
                ["file": "plan-de-projet.md", "label": "Plan de projet (Markdown)"],
            ]
            // Individual answers are personal data: their exports are the DIM's only.
            if user.role != .coordinator {
                downloads += [["file": "reponses.csv", "label": "Réponses (CSV UTF-8)"],
                              ["file": "reponses-tableur.csv", "label": "Réponses (CSV pour tableur, « ; »)"],
                              ["file": "reponses-bundle.json", "label": "Réponses (FHIR R4, Bundle JSON)"],
                              ["file": "questionnaire.json", "label": "Questionnaire (FHIR R4, JSON)"],
                              ["file": "questionnaire-equipe.json", "label": "Questions d'équipe (FHIR R4, JSON)"]]
            }
            let silent = progress.filter { ($0["started"] as? Int) == 0 }.compactMap { $0["profession"] as? String }
            return Page.render("campagne", [
                "id": campaign.id, "teamID": team.id, "team": team.name, "name": campaign.name, "progress": progress,
                "silent": silent.isEmpty ? nil : silent.joined(separator: ", ") as Any,
                "empty": (counts.completed == 0 ? TeamProfile.emptyState(startedOnly: counts.started) : nil) as Any,
                "answeredMeaning": TeamProfile.answeredMeaning,
                "canSeeLinks": user.role != .coordinator, "teamAnswered": snapshot.teamAnswers.count, "teamItems": teamItems.count,
                "downloads": downloads, "message": request.uri.queryParameters.get("ok").map { _ in "Campagne créée." } as Any,
            ], chrome: chrome("\(team.name) — \(campaign.name)", user, context))
        }

        router.get("/campagnes/:campaign/liens") { request, context -> Response in
            let user = try context.require(.dim)
            let (_, campaign) = try campaign(context, user: user)
            let snapshot = try store.campaigns.snapshot(campaignID: campaign.id)
            let respondents = snapshot.respondents.map { respondent -> [String: Any] in
                let count = snapshot.answers[respondent.id]?.count ?? 0
                return ["label": respondent.label, "profession": catalog.professionLabel(respondent.profession),
                        "link": "\(publicURL)/r/\(respondent.token)", "id": respondent.id, "campaign": campaign.id,
                        "revoked": respondent.revoked, "csrf": context.session?.csrfToken ?? "",
                        "status": respondent.revoked ? "révoqué" : (count == 0 ? "pas encore de réponse" : "\(count) réponse(s)")]
            }
            return Page.render("liens", ["id": campaign.id, "name": campaign.name, "respondents": respondents],
                               chrome: chrome("Liens — \(campaign.name)", user, context, wide: true))
        }

        router.post("/campagnes/:campaign/liens/:respondent/revoquer") { request, context -> Response in
            let user = try context.require(.dim)
            let (_, campaign) = try campaign(context, user: user)
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            guard let id = context.parameters.get("respondent", as: Int64.self),
                  try store.campaigns.respondents(campaignID: campaign.id).contains(where: { $0.id == id }) else { throw WebError.notFound }
            try store.campaigns.revoke(respondentID: id)
            return .redirect(to: "/campagnes/\(campaign.id)/liens")
        }

        router.get("/campagnes/:campaign/equipe") { request, context -> Response in
            let user = try context.require(.dim, .coordinator)
            let (team, campaign) = try campaign(context, user: user)
            let answers = try store.campaigns.snapshot(campaignID: campaign.id).teamAnswers
            return teamAnswersPage(team: team, campaign: campaign, user: user, context: context, values: answers, errors: [:],
                                   saved: request.uri.queryParameters.get("ok") != nil)
        }

        router.post("/campagnes/:campaign/equipe") { request, context -> Response in
            let user = try context.require(.dim, .coordinator)
            let (team, campaign) = try campaign(context, user: user)
            let form = try await FormFields.read(request, context: context, keepingPage: true)
            try CSRF.verify(form, request: request, context: context)
            let items = survey.teamItems
            let page = AnswerSaving.Page(shown: items, stored: try store.answers.team(campaignID: campaign.id).byItem,
                                         submitted: ItemFields.submitted(items, form: form))
            let saving = AnswerSaving(database: store, survey: survey)
            var checked = saving.check(page) { item, merged in survey.isAsked(item, profession: nil, answers: merged) }
            checked.errors.merge(ItemFields.cleaned(form)) { first, _ in first }
            guard checked.errors.isEmpty else {
                return teamAnswersPage(team: team, campaign: campaign, user: user, context: context, values: page.merged,
                                       errors: checked.errors, saved: false, status: .unprocessableContent)
            }
            try saving.saveTeamPage(checked, campaignID: campaign.id)
            return .redirect(to: "/campagnes/\(campaign.id)/equipe?ok=1")
        }

        router.get("/campagnes/:campaign/synthese") { request, context -> Response in
            let user = try context.require(.dim, .coordinator)
            let (_, campaign) = try campaign(context, user: user)
            let document = try documents(campaign).maturity(date: today, templates: templates)
            return documentPage(document, campaign: campaign, user: user, context: context, extra: ["editPlan": true],
                                downloads: ["synthese-maturite.html", "synthese-maturite.md"])
        }

        // The action plan's forms have their own page, so that the synthesis stays small on slow connections.
        router.get("/campagnes/:campaign/actions") { request, context -> Response in
            let user = try context.require(.dim, .coordinator)
            let (team, campaign) = try campaign(context, user: user)
            let actions = try documents(campaign).actions.map { action -> [String: Any] in
                ["dimension": action.dimension, "dimensionTitle": survey.grid.dimension(action.dimension)?.title ?? action.dimension,
                 "title": action.title, "lead": action.lead ?? "", "due": action.due ?? "", "means": action.means, "indicator": action.indicator,
                 "csrf": context.session?.csrfToken ?? "", "statuses": PlannedAction.Status.allCases.map {
                     ["value": $0.rawValue, "selected": $0 == action.status] as [String: Any]
                 }]
            }
            return Page.render("plan-actions", [
                "id": campaign.id, "team": team.name, "actions": actions,
                "message": request.uri.queryParameters.get("ok").map { _ in "Action enregistrée." } as Any,
            ], chrome: chrome("Plan d'actions", user, context))
        }

        router.post("/campagnes/:campaign/actions") { request, context -> Response in
            let user = try context.require(.dim, .coordinator)
            let (_, campaign) = try campaign(context, user: user)
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            let edit = ActionPlanEditing.Edit(title: form.trimmed("titre"), lead: form.trimmed("pilote"), due: form.trimmed("echeance"),
                                              means: form.trimmed("moyens"), indicator: form.trimmed("indicateur"), status: form.trimmed("etat"))
            do {
                try ActionPlanEditing(database: store, survey: survey).save(edit, campaignID: campaign.id, dimension: form.trimmed("dimension"))
            } catch let refusal as ActionPlanEditing.Refusal {
                throw HTTPError(.badRequest, message: refusal.description)
            }
            return .redirect(to: "/campagnes/\(campaign.id)/actions?ok=1")
        }

        router.get("/campagnes/:campaign/comparaison") { request, context -> Response in
            let user = try context.require(.dim, .coordinator)
            let (_, campaign) = try campaign(context, user: user)
            return documentPage(try comparisonDocument(campaign, compact: true), campaign: campaign, user: user, context: context, extra: [:],
                                downloads: ["fiche-comparative.html", "fiche-comparative.md"])
        }

        router.get("/campagnes/:campaign/plan") { request, context -> Response in
            let user = try context.require(.dim, .coordinator)
            let (_, campaign) = try campaign(context, user: user)
            let document = try documents(campaign).plan(start: today, date: today, comparison: nil, templates: templates)
            return documentPage(document, campaign: campaign, user: user, context: context, extra: [:],
                                downloads: ["plan-de-projet.html", "plan-de-projet.md"])
        }

        router.get("/campagnes/:campaign/telechargements/:file") { request, context -> Response in
            let user = try context.require(.dim, .coordinator)
            let (_, campaign) = try campaign(context, user: user)
            return try download(context.parameters.get("file") ?? "", campaign: campaign, user: user)
        }
    }

    // MARK: Pieces

    var today: String { CalendarDay.iso(Date()) }

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
        return try documents.comparisonSheet(documents.comparison(products: documents.defaultProducts), sessions: try allGroupSessions(),
                                             date: today, detailLimit: compact ? 0 : nil, templates: templates)
    }

    func progressLines(_ progress: CampaignProgress) -> [[String: Any]] {
        progress.byProfession.map {
            ["profession": catalog.professionLabel($0.profession), "invited": $0.invited, "started": $0.started, "completed": $0.completed]
        }
    }

    func teamsPage(user: UserRecord, context: WebRequestContext, message: String? = nil, error: String? = nil, typed: String = "",
                   status: HTTPResponse.Status = .ok) throws -> Response {
        let counts = try store.campaigns.countsByTeam()
        let teams = try store.teams.all().filter { user.role != .coordinator || $0.id == user.teamId }.map { team -> [String: Any] in
            ["id": team.id, "name": team.name, "fictional": team.fictional, "campaigns": counts[team.id] ?? 0]
        }
        return Page.render("equipes", ["heading": user.role == .coordinator ? "Mon équipe" : "Équipes", "teams": teams,
                                       "canCreate": user.role != .coordinator, "csrf": context.session?.csrfToken ?? "",
                                       "message": message as Any, "error": error as Any, "typed": typed],
                           chrome: chrome("Équipes", user, context), status: status)
    }

    func teamPage(_ team: TeamRecord, user: UserRecord, context: WebRequestContext, error: String? = nil, typedName: String = "",
                  typedRespondents: String = "identifiant;profession\n", status: HTTPResponse.Status = .ok) throws -> Response {
        // "Answered" as everywhere else (`SurveyDefinition.status(of:)`), not "has any answer".
        let campaigns = try store.campaigns.all(teamID: team.id).map { campaign -> [String: Any] in
            let progress = CampaignProgress(snapshot: try store.campaigns.snapshot(campaignID: campaign.id), definition: survey)
            return ["id": campaign.id, "name": campaign.name, "invited": progress.invited, "answered": progress.completed]
        }
        return Page.render("equipe", ["id": team.id, "name": team.name, "campaigns": campaigns, "canCreate": user.role != .coordinator,
                                      "csrf": context.session?.csrfToken ?? "", "error": error as Any, "typedName": typedName,
                                      "typedRespondents": typedRespondents],
                           chrome: chrome(team.name, user, context), status: status)
    }

    func teamAnswersPage(team: TeamRecord, campaign: CampaignRecord, user: UserRecord, context: WebRequestContext,
                         values: [String: String], errors: [String: String], saved: Bool, status: HTTPResponse.Status = .ok) -> Response {
        let items = survey.teamItems
        let fields = Page.fragment("items", ["items": ItemFields.view(items, definition: survey, values: values, errors: errors)])
        return Page.render("reponses-equipe", ["id": campaign.id, "team": team.name, "fields": fields, "saved": saved,
                                               "hasErrors": !errors.isEmpty, "csrf": context.session?.csrfToken ?? ""],
                           chrome: chrome("Questions d'équipe", user, context), status: status)
    }

    /// A report shown inside the application: the HTML body the Reports module produced (its own escaping).
    func documentPage(_ document: ReportDocument, campaign: CampaignRecord, user: UserRecord, context: WebRequestContext,
                      extra: [String: Any], downloads: [String]) -> Response {
        var values = extra
        values["id"] = campaign.id
        values["document"] = Self.body(of: document.citing(sources).html)
        values["downloads"] = downloads.map { ["href": "/campagnes/\(campaign.id)/telechargements/\($0)",
                                              "label": $0.hasSuffix(".md") ? "Télécharger (Markdown)" : "Télécharger (HTML)"] }
        return Page.render("document", values, chrome: chrome(document.title, user, context, wide: true))
    }

    /// The `<main>` content of a standalone report page.
    static func body(of html: String) -> String {
        guard let start = html.range(of: "<main>"), let end = html.range(of: "</main>", options: .backwards) else { return html }
        return String(html[start.upperBound..<end.lowerBound])
    }

    func download(_ file: String, campaign: CampaignRecord, user: UserRecord) throws -> Response {
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
            return report(try documents.plan(start: today, date: today, comparison: nil, templates: templates), file.hasSuffix(".html"))
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
            return Page.download(match.data, name: file, type: file.hasSuffix(".json") ? "application/fhir+json" : "text/csv; charset=utf-8")
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
