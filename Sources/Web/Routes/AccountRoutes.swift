import Application
import Foundation
import Hummingbird
import Store

/// Every signed-in user's own password, and the one-time reset links the admin hands out.
extension WebApp {
    /// `/compte`: any role.
    func accountRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim, .facilitator, .coordinator))
        routes.get("mot-de-passe") { request, context -> Response in
            let user = try context.signedInUser
            let message = request.uri.queryParameters.get("ok").map { _ in "Mot de passe changé. Vos autres sessions ont été fermées." }
            return passwordPage(.change(csrf: context.session?.csrfToken ?? "", message: message), user: user, context: context)
        }
        routes.post("mot-de-passe") { request, context -> Response in
            let user = try context.signedInUser
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            do {
                try accountAdministration.changeOwnPassword(user: user, current: form.value("actuel") ?? "", new: form.value("nouveau") ?? "",
                                                            confirmation: form.value("confirmation") ?? "", keepingSession: context.session?.token)
            } catch let refusal as AccountAdministration.Refusal {
                return passwordPage(.change(csrf: context.session?.csrfToken ?? "", refusal: refusal), user: user, context: context,
                                    status: .unprocessableContent)
            }
            return .redirect(to: "/compte/mot-de-passe?ok=1")
        }
        return routes
    }

    /// `/reinitialisation/TOKEN`: anonymous (double-submit CSRF, as the login form). Signs nobody in.
    func addPasswordResetRoutes(_ router: Router<WebRequestContext>) {
        router.get("/reinitialisation/:token") { request, context -> Response in
            let token = context.parameters.get("token") ?? ""
            return try resetPage(token: token, request: request, context: context, refusal: nil)
        }
        router.post("/reinitialisation/:token") { request, context -> Response in
            let token = context.parameters.get("token") ?? ""
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            do {
                try accountAdministration.resetPassword(token: token, new: form.value("nouveau") ?? "",
                                                        confirmation: form.value("confirmation") ?? "")
            } catch let refusal as AccountAdministration.Refusal {
                return try resetPage(token: token, request: request, context: context, refusal: refusal, status: .unprocessableContent)
            }
            return .redirect(to: "/connexion?reinitialise=1")
        }
    }

    private func resetPage(token: String, request: Request, context: WebRequestContext, refusal: AccountAdministration.Refusal?,
                           status: HTTPResponse.Status = .ok) throws -> Response {
        let (csrf, cookie) = CSRF.token(for: request, context: context)
        let account = try store.passwordResets.account(token: token)
        let page = PasswordPage.reset(token: token, email: account?.email ?? "", csrf: csrf,
                                      refusal: account == nil ? AccountAdministration.deadLink : refusal)
        var response = Page.render(page, chrome: .init(title: "Nouveau mot de passe", user: context.user, csrf: context.session?.csrfToken),
                                   status: account == nil ? .notFound : status)
        if let cookie { response.setCookie(cookie) }
        return response
    }

    private func passwordPage(_ page: PasswordPage, user: UserRecord, context: WebRequestContext,
                              status: HTTPResponse.Status = .ok) -> Response {
        Page.render(page, chrome: chrome("Mon mot de passe", user, context), status: status)
    }

    var accountAdministration: AccountAdministration { AccountAdministration(database: store, cost: passwordCost) }
}
