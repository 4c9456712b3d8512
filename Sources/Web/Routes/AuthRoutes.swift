import Application
import Foundation
import Hummingbird
import HummingbirdBcrypt
import Store
import HTTPTypes

extension WebApp {
    func addAuthRoutes(_ router: Router<WebRequestContext>) {
        router.get("/") { request, context -> Response in
            guard let user = context.user else { return .redirect(to: "/connexion") }
            let isDIM = user.role == .dim || user.role == .admin
            let pending = isDIM ? try store.observations.pending().count : 0
            let alerts = isDIM ? try SoftwareRegister(store: store).affectedByLabelLoss(on: today).map(LabelAlert.init) : []
            let overdue = isDIM ? OverdueList(try store.followUps.overdue(today: today), today: today) : nil
            return Page.render(HomePage(user: user, pendingObservations: pending, labelAlerts: alerts, overdue: overdue),
                               chrome: .init(title: "Accueil", user: user, csrf: context.session?.csrfToken))
        }

        router.get("/connexion") { request, context -> Response in
            loginPage(request: request, context: context, error: nil, email: "", next: request.uri.queryParameters.get("suite") ?? "/")
        }

        router.post("/connexion") { request, context -> Response in
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            let typed = form.trimmed("email"), password = form.value("motdepasse") ?? ""
            let account = EmailAddress.normalised(typed), client = context.clientAddress
            let next = Self.safeNext(form.trimmed("suite"))
            func refuse(_ message: String, _ status: HTTPResponse.Status, retryAfter: Int? = nil) -> Response {
                var response = loginPage(request: request, context: context, error: message, email: typed, next: next, status: status)
                if let retryAfter { response.headers[.retryAfter] = String(retryAfter) }
                return response
            }
            // The check is counted as a failure as it is reserved: parallel requests cannot all get one.
            let wait = try throttle.reserve(account: account, client: client)
            guard wait <= 0 else {
                let seconds = Int(wait.rounded(.up))
                return refuse("Trop de tentatives\u{A0}: réessayez dans \(FrenchDuration.seconds(seconds)).", .tooManyRequests, retryAfter: seconds)
            }
            // Same message and the same bcrypt work whether the account exists or not: nothing to learn by trying.
            let user = try store.accounts.find(email: account)
            guard let valid = await passwordChecks.verify(password, hash: user?.passwordHash ?? Self.decoyHash, check: Bcrypt.verify) else {
                try throttle.release(account: account, client: client)
                return refuse("Le serveur reçoit trop de connexions en ce moment\u{A0}: réessayez dans une minute.", .serviceUnavailable, retryAfter: 60)
            }
            // A disabled account gets the same answer as a wrong password.
            let succeeded = user != nil && valid && user?.disabledAt == nil
            try accountAdministration.recordSignIn(succeeded: succeeded, account: user, typed: account, client: client)
            guard let user, succeeded else { return refuse("Adresse e-mail ou mot de passe incorrect.", .unauthorized) }
            try throttle.recordSuccess(account: account, client: client)
            let session = try store.webSessions.open(userID: user.id, lifetime: TimeInterval(AccountRules.sessionLifetime))
            var response = Response.redirect(to: next)
            response.setCookie(Cookie(name: Cookies.session, value: session.token, maxAge: AccountRules.sessionLifetime, path: "/",
                                      secure: context.secureCookies, httpOnly: true, sameSite: .strict))
            return response
        }

        router.post("/deconnexion") { request, context -> Response in
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            if let token = context.session?.token { try store.webSessions.close(token: token) }
            var response = Response.redirect(to: "/connexion")
            response.setCookie(Cookie(name: Cookies.session, value: "", maxAge: 0, path: "/", secure: context.secureCookies,
                                      httpOnly: true, sameSite: .strict))
            return response
        }
    }

    func loginPage(request: Request, context: WebRequestContext, error: String?, email: String, next: String,
                   status: HTTPResponse.Status = .ok) -> Response {
        let (csrf, cookie) = CSRF.token(for: request, context: context)
        let message = request.uri.queryParameters.get("reinitialise").map { _ in "Nouveau mot de passe enregistré\u{00A0}: connectez-vous avec lui." }
        var response = Page.render(LoginPage(csrf: csrf, error: error, email: email, next: Self.safeNext(next), message: message),
                                   chrome: .init(title: "Connexion", user: context.user, csrf: context.session?.csrfToken), status: status)
        if let cookie { response.setCookie(cookie) }
        return response
    }

    /// Only a path of this site: a login link must not send people to another one. Browsers drop tabs and line
    /// breaks from addresses and read `\\` as `/`, so `/\t/host` or `/\\host` would become `//host`, another site:
    /// only visible ASCII without backslash is accepted, starting with one `/`.
    static func safeNext(_ next: String) -> String {
        let scalars = Array(next.unicodeScalars)
        guard scalars.first == "/", scalars.count < 2 || (scalars[1] != "/" && scalars[1] != "\\"),
              scalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && $0 != "\\" }) else { return "/" }
        return next
    }

    /// A bcrypt hash of a random string, verified when the account does not exist.
    static let decoyHash = Bcrypt.hash(Token.make(), cost: 12)
}
