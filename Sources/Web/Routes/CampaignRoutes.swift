import Application
import Catalog
import Comparator
import Deployment
import Foundation
import Hummingbird
import Reports
import Store
import Survey

/// Campaigns: the DIM runs them; a coordinator sees only their own team's.
extension WebApp {
    /// `/campagnes/:campaign`: its page and the team's own questions.
    func campaignRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim, .coordinator))
        routes.get("") { request, context -> Response in
            let user = try context.signedInUser
            let (team, campaign) = try campaign(context, user: user)
            let page = CampaignPage(snapshot: try store.campaigns.snapshot(campaignID: campaign.id), survey: survey,
                                    professionLabel: catalog.professionLabel, role: user.role,
                                    message: request.uri.queryParameters.get("ok").map { _ in "Campagne créée." })
            return Page.render(page, chrome: chrome("\(team.name) — \(campaign.name)", user, context))
        }
        routes.get("equipe") { request, context -> Response in
            let user = try context.signedInUser
            let (team, campaign) = try campaign(context, user: user)
            let answers = try store.campaigns.snapshot(campaignID: campaign.id).teamAnswers
            return teamAnswersPage(team: team, campaign: campaign, user: user, context: context, values: answers, errors: [:],
                                   saved: request.uri.queryParameters.get("ok") != nil)
        }
        routes.post("equipe") { request, context -> Response in
            let user = try context.signedInUser
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
        answerImportRoutes(routes)
        return routes
    }
}
