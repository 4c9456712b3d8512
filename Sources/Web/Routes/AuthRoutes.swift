import Foundation
import Hummingbird
import HummingbirdBcrypt
import Store

extension WebApp {
    func addAuthRoutes(_ router: Router<WebRequestContext>) {
        router.get("/") { request, context -> Response in
            guard let user = context.user else { return .redirect(to: "/connexion") }
            var links: [[String: String]] = []
            if [.admin, .dim, .coordinator].contains(user.role) { links.append(["href": "/equipes", "label": user.role == .coordinator ? "Mon équipe et ses campagnes" : "Équipes et campagnes"]) }
            if [.admin, .dim, .facilitator].contains(user.role) { links.append(["href": "/groupes", "label": "Groupes utilisateurs"]) }
            if user.role == .admin { links.append(["href": "/utilisateurs", "label": "Comptes"]) }
            return Page.render("accueil", ["name": user.displayName, "role": user.role.frenchName, "links": links],
                               chrome: .init(title: "Accueil", user: user, csrf: context.session?.csrfToken))
        }

        router.get("/connexion") { request, context -> Response in
            loginPage(request: request, context: context, error: nil, email: "", next: request.uri.queryParameters.get("suite") ?? "/")
        }

        router.post("/connexion") { request, context -> Response in
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            let email = form.trimmed("email"), password = form.value("motdepasse") ?? ""
            let next = Self.safeNext(form.trimmed("suite"))
            guard !throttle.isBlocked(email) else {
                return loginPage(request: request, context: context,
                                 error: "Trop de tentatives pour cette adresse : réessayez dans un quart d'heure.", email: email,
                                 next: next, status: .tooManyRequests)
            }
            // Same message and the same bcrypt work whether the account exists or not: nothing to learn by trying.
            let user = try store.user(email: email)
            let valid = Bcrypt.verify(password, hash: user?.passwordHash ?? Self.decoyHash)
            guard let user, valid else {
                throttle.recordFailure(email)
                return loginPage(request: request, context: context, error: "Adresse e-mail ou mot de passe incorrect.", email: email,
                                 next: next, status: .unauthorized)
            }
            throttle.reset(email)
            let session = try store.openSession(userID: user.id!)
            var response = Response.redirect(to: next)
            response.setCookie(Cookie(name: Cookies.session, value: session.token, maxAge: 8 * 3600, path: "/",
                                      secure: context.secureCookies, httpOnly: true, sameSite: .strict))
            return response
        }

        router.post("/deconnexion") { request, context -> Response in
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            if let token = context.session?.token { try store.closeSession(token: token) }
            var response = Response.redirect(to: "/connexion")
            response.setCookie(Cookie(name: Cookies.session, value: "", maxAge: 0, path: "/", secure: context.secureCookies,
                                      httpOnly: true, sameSite: .strict))
            return response
        }
    }

    func loginPage(request: Request, context: WebRequestContext, error: String?, email: String, next: String,
                   status: HTTPResponse.Status = .ok) -> Response {
        let (csrf, cookie) = CSRF.token(for: request, context: context)
        return Page.render("connexion", ["csrf": csrf, "error": error as Any, "email": email, "next": Self.safeNext(next)],
                           chrome: .init(title: "Connexion", user: context.user, csrf: context.session?.csrfToken), status: status, cookie: cookie)
    }

    /// Only local paths: a login link must not send people to another site.
    static func safeNext(_ next: String) -> String {
        next.hasPrefix("/") && !next.hasPrefix("//") && !next.contains("\\") ? next : "/"
    }

    /// A bcrypt hash of a random string, verified when the account does not exist.
    static let decoyHash = Bcrypt.hash(Token.make(), cost: 12)
}
