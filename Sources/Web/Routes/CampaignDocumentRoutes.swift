import Application
import Catalog
import Comparator
import Deployment
import Foundation
import Hummingbird
import Reports
import Store
import Survey

extension WebApp {
    /// A campaign's documents (synthesis, comparative sheet, project plan, consultation of editors) and downloads.
    func campaignDocumentRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim, .coordinator))
        routes.get("synthese") { request, context -> Response in
            let user = try context.signedInUser
            let (_, campaign) = try campaign(context, user: user)
            let document = try documents(campaign).maturity(date: today, templates: templates)
            return documentPage(document, campaign: campaign, user: user, context: context, editPlan: true,
                                downloads: CampaignPage.documentFiles(MaturityReport.slug))
        }
        routes.get("comparaison") { request, context -> Response in
            let user = try context.signedInUser
            let (_, campaign) = try campaign(context, user: user)
            return documentPage(try comparisonDocument(campaign, compact: true), campaign: campaign, user: user, context: context,
                                downloads: CampaignPage.documentFiles(ComparisonSheet.slug))
        }
        routes.get("plan") { request, context -> Response in
            let user = try context.signedInUser
            let (_, campaign) = try campaign(context, user: user)
            let document = try planDocument(campaign, documents: documents(campaign))
            return documentPage(document, campaign: campaign, user: user, context: context,
                                downloads: CampaignPage.documentFiles(ProjectPlan.slug) + ["jalons.ics"])
        }
        routes.get("consultation") { request, context -> Response in
            let user = try context.signedInUser
            let (_, campaign) = try campaign(context, user: user)
            let document = try documents(campaign).consultation(date: today).document(templates: templates)
            return documentPage(document, campaign: campaign, user: user, context: context,
                                downloads: CampaignPage.documentFiles(EditorConsultation.slug) + [EditorConsultation.replyFile])
        }
        routes.get("telechargements/:file") { request, context -> Response in
            let user = try context.signedInUser
            let (team, campaign) = try campaign(context, user: user)
            return try await download(context.parameters.get("file") ?? "", campaign: campaign, team: team, user: user)
        }
        return routes
    }

    /// The action plan's forms, on their own page so that the synthesis stays small on slow connections.
    func actionPlanRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim, .coordinator))
        routes.get("actions") { request, context -> Response in
            let user = try context.signedInUser
            let (team, campaign) = try campaign(context, user: user)
            let page = ActionPlanPage(id: campaign.id, team: team.name, plan: try documents(campaign).actions, grid: survey.grid,
                                      csrf: context.session?.csrfToken ?? "",
                                      message: request.uri.queryParameters.get("ok").map { _ in "Action enregistrée." })
            return Page.render(page, chrome: chrome("Plan d'actions", user, context))
        }
        routes.post("actions") { request, context -> Response in
            let user = try context.signedInUser
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
        return routes
    }
}
