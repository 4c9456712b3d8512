import Application
import Foundation
import Hummingbird
import HummingbirdBcrypt
import Store
import Survey

/// Accounts: the admin creates DIM, facilitator and coordinator accounts (the first admin comes from the CLI).
extension WebApp {
    /// `/utilisateurs`: the admin only.
    func adminRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck())
        routes.get("") { request, context -> Response in
            let user = try context.signedInUser
            return try usersPage(user: user, context: context, message: request.uri.queryParameters.get("ok").map { _ in "Compte créé." })
        }

        routes.post("") { request, context -> Response in
            let user = try context.signedInUser
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            let email = form.trimmed("email"), name = form.trimmed("nom"), password = form.value("motdepasse") ?? ""
            guard let role = UserRecord.Role(rawValue: form.trimmed("role")) else { throw HTTPError(.badRequest) }
            let team = Int64(form.trimmed("equipe"))
            do {
                try AccountCreation(database: store).create(email: email, name: name, password: password, role: role, teamID: team)
            } catch let refusal as AccountCreation.Refusal {
                return try usersPage(user: user, context: context, error: refusal.description, status: .unprocessableContent)
            } catch let error as StoreError {
                return try usersPage(user: user, context: context, error: error.description.capitalizedFirst, status: .unprocessableContent)
            }
            return .redirect(to: "/utilisateurs?ok=1")
        }
        return routes
    }

    func usersPage(user: UserRecord, context: WebRequestContext, message: String? = nil, error: String? = nil,
                   status: HTTPResponse.Status = .ok) throws -> Response {
        let page = UsersPage(accounts: try store.accounts.all(), teams: try store.teams.all(), csrf: context.session?.csrfToken ?? "",
                             message: message, error: error)
        return Page.render(page, chrome: chrome("Comptes", user, context), status: status)
    }
}
