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
        addAccountActions(routes)
        return routes
    }

    /// The admin's actions on one account (`/utilisateurs/ID/…`), each a small form of the users page.
    private func addAccountActions(_ routes: RouteCollection<WebRequestContext>) {
        let administration = accountAdministration
        accountAction(routes, "desactiver") { account, _, actor in
            try administration.setDisabled(true, userID: account.id, by: actor)
            return "Compte \(account.email) désactivé\u{00A0}: ses sessions sont fermées."
        }
        accountAction(routes, "reactiver") { account, _, actor in
            try administration.setDisabled(false, userID: account.id, by: actor)
            return "Compte \(account.email) réactivé."
        }
        accountAction(routes, "role") { account, form, actor in
            guard let role = UserRecord.Role(rawValue: form.trimmed("role")) else {
                throw AccountAdministration.Refusal(field: "role", description: "Rôle inconnu.")
            }
            try administration.changeRole(userID: account.id, role: role, teamID: Int64(form.trimmed("equipe")), by: actor)
            return "Compte \(account.email)\u{00A0}: rôle changé en \(role.frenchName)."
        }
        accountAction(routes, "sessions") { account, _, _ in
            let count = try administration.database.accounts.revokeSessions(userID: account.id)
            return "Compte \(account.email)\u{00A0}: \(count) session(s) fermée(s)."
        }
        accountAction(routes, "lien") { [publicURL] account, _, actor in
            let token = try administration.issueResetLink(userID: account.id, by: actor)
            return "Lien de réinitialisation pour \(account.email), à lui transmettre (valable 24\u{00A0}h, une seule fois)\u{00A0}: "
                + AccountAdministration.resetLink(base: publicURL, token: token)
        }
    }

    /// One action: CSRF, the account in the path, then the users page with the outcome (a refusal names the account and
    /// the field).
    private func accountAction(_ routes: RouteCollection<WebRequestContext>, _ path: String,
                               _ action: @escaping @Sendable (UserRecord, FormFields, AuditActor) throws -> String) {
        routes.post(RouterPath(":user/\(path)")) { request, context -> Response in
            let user = try context.signedInUser
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            guard let id = context.parameters.get("user", as: Int64.self), let account = try store.accounts.find(id: id) else {
                throw WebError.notFound
            }
            do {
                return try usersPage(user: user, context: context, message: action(account, form, .account(user)))
            } catch let refusal as AccountAdministration.Refusal {
                let field = FormLabels.all[refusal.field] ?? refusal.field
                return try usersPage(user: user, context: context, error: "\(account.email) — \(field)\u{00A0}: \(refusal.description)",
                                     status: .unprocessableContent)
            }
        }
    }

    func usersPage(user: UserRecord, context: WebRequestContext, message: String? = nil, error: String? = nil,
                   status: HTTPResponse.Status = .ok) throws -> Response {
        let page = UsersPage(accounts: try store.accounts.all(), teams: try store.teams.all(), csrf: context.session?.csrfToken ?? "",
                             message: message, error: error)
        return Page.render(page, chrome: chrome("Comptes", user, context), status: status)
    }
}
