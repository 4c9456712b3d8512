import Application
import Catalog
import Comparator
import Deployment
import Foundation
import Hummingbird
import Reports
import Store
import Survey

/// Teams: the DIM runs them; a coordinator sees only their own team.
extension WebApp {
    /// `/equipes`: the DIM adds teams and campaigns; a coordinator sees their own team.
    func teamRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim, .coordinator))
        routes.get("") { request, context -> Response in
            let user = try context.signedInUser
            return try teamsPage(user: user, context: context, message: request.uri.queryParameters.get("ok").map { _ in "Équipe ajoutée." })
        }
        routes.get(":team") { request, context -> Response in
            let user = try context.signedInUser
            let team = try team(context, user: user)
            return try teamPage(team, user: user, context: context)
        }
        addSensitisationRoutes(routes)
        routes.add(middleware: RoleCheck(.dim))
        routes.post("") { request, context -> Response in
            let user = try context.signedInUser
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            let name = form.trimmed("nom")
            do { try store.teams.add(name: name) } catch let error as StoreError {
                return try teamsPage(user: user, context: context, error: error.description.capitalizedFirst, typed: name, status: .unprocessableContent)
            }
            return .redirect(to: "/equipes?ok=1")
        }
        routes.post(":team/campagnes") { request, context -> Response in
            let user = try context.signedInUser
            let team = try team(context, user: user)
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            let name = form.trimmed("nom")
            let pasted = form.value("repondants") ?? ""
            let people: [Invitee]
            do { people = try RespondentsCSV.read(Data(pasted.utf8), name: "liste collée", professions: catalog.professions) } catch let error as CatalogLoadError {
                let message = error.issues.map { $0.description }.joined(separator: " ; ")
                return try teamPage(team, user: user, context: context, error: "Liste des répondant·es à corriger : \(message)",
                                    typedName: name, typedRespondents: pasted, status: .unprocessableContent)
            }
            let (campaign, _) = try CampaignSetup(database: store, survey: survey).create(team: team, name: name, respondents: people)
            return .redirect(to: "/campagnes/\(campaign.id)?ok=1")
        }
        return routes
    }
}
