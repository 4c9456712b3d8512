import Application
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Store

/// Reads the session cookie and puts the user in the context. Never fails a request: pages decide what they need.
struct AuthMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let store: AppDatabase
    let secureCookies: Bool
    let trustedProxies: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.secureCookies = secureCookies || request.headers[.xForwardedProto] == "https"
        context.clientAddress = ClientAddress.key(socket: context.socketAddress, forwardedFor: request.headers[.xForwardedFor],
                                                  trustedProxies: trustedProxies)
        // Respondents have no account and their pages never ask who is logged in: on their links the session is not
        // looked up, so a page view costs one database read (the respondent and their answers).
        if !request.uri.path.hasPrefix(CampaignSetup.linkPath), let token = request.cookies[Cookies.session]?.value,
           let (session, user) = try store.webSessions.find(token: token) {
            context.session = session
            context.user = user
        }
        return try await next(request, context)
    }
}

/// Security headers on every response, and French pages for errors.
struct PageErrorMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    /// The French label of a form field, to name it in an error page (a question's text for questionnaire items).
    let fieldLabel: @Sendable (String) -> String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch WebError.loginRequired {
            let target = request.uri.path.hasPrefix("/") ? request.uri.path : "/"
            response = .redirect(to: "/connexion?suite=\(target.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["/"])) ?? "/")")
        } catch WebError.forbidden {
            response = Page.error(.forbidden, title: "Accès refusé",
                                  message: "Votre compte ne donne pas accès à cette page.", user: context.user)
        } catch WebError.badCSRF {
            response = Page.error(.forbidden, title: "Formulaire expiré",
                                  message: "Ce formulaire a expiré ou ne vient pas de ce site. Revenez à la page précédente, rechargez-la et recommencez.",
                                  user: context.user)
        } catch let error as FormError {
            response = formErrorPage(error, user: context.user)
        } catch WebError.notFound {
            response = Page.notFound()
        } catch let error as HTTPError where error.status == .notFound {
            response = Page.notFound()
        } catch let error as HTTPError where error.status.code < 500 {
            // A refusal the code explained (e.g. an action-plan field) is shown; anything else stays generic.
            let reason = error.body.map { "\u{00A0}: \($0)." } ?? "."
            response = Page.error(error.status, title: "Requête refusée", message: "La demande n'a pas pu être traitée\(reason)",
                                  user: context.user)
        } catch {
            context.logger.error("erreur interne : \(error)")
            response = Page.error(.internalServerError, title: "Erreur interne",
                                  message: "Une erreur est survenue. Réessayez ; si elle persiste, prévenez la fédération.", user: context.user)
        }
        Self.secure(&response)
        return response
    }

    /// The security headers of every response (also the dispatcher's page for an unknown host).
    static func secure(_ response: inout Response) {
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        // Respondent links carry their token in the URL: never leak it to another site.
        response.headers[.referrerPolicy] = "no-referrer"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
    }
}

extension PageErrorMiddleware {
    func formErrorPage(_ error: FormError, user: UserRecord?) -> Response {
        switch error.kind {
        case .tooLarge, .tooManyFields:
            return Page.error(.contentTooLarge, title: "Formulaire trop volumineux",
                              message: "Ce formulaire dépasse la taille acceptée (\(WebRequestContext.maxUploadSizeText) et \(FormFields.maximumFieldCount) champs au plus). "
                                + "Raccourcissez le texte collé, par exemple en le découpant en plusieurs envois.", user: user)
        case .tooSlow:
            return Page.error(.requestTimeout, title: "Envoi trop lent",
                              message: "Le formulaire est arrivé trop lentement et n'a pas été enregistré. Vérifiez votre connexion et renvoyez-le.", user: user)
        case .unreadable:
            return Page.error(.badRequest, title: "Formulaire illisible",
                              message: "Le formulaire reçu est mal encodé et n'a pas été enregistré. Rechargez la page et recommencez.", user: user)
        case .controlCharacter(let field):
            return Page.error(.badRequest, title: "Caractère non accepté",
                              message: "Le champ « \(fieldLabel(field)) » contient un caractère invisible (caractère de contrôle) qui n'est pas accepté. "
                                + "Retirez-le, par exemple en retapant le texte, et renvoyez le formulaire. Rien n'a été enregistré.", user: user)
        }
    }
}

enum Cookies {
    static let session = "sipadvisor_session"
    static let formToken = "sipadvisor_formulaire"
}

extension HTTPField.Name {
    static let xContentTypeOptions = Self("X-Content-Type-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
    static let xForwardedProto = Self("X-Forwarded-Proto")!
    static let xForwardedFor = Self("X-Forwarded-For")!
}
