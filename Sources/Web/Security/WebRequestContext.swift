import Hummingbird
import Store

/// The request context of the web application: who is logged in, if anyone.
public struct WebRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var user: UserRecord?
    public var session: WebSessionRecord?
    /// Cookies get `Secure` when the application is served over TLS (directly or behind an HTTPS proxy).
    public var secureCookies = false

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Forms are small; a pasted respondents list is the largest thing a page sends.
    public var maxUploadSize: Int { 2 * 1024 * 1024 }

    /// The logged-in user if their role is one of `roles`; else a redirect to login (anonymous) or a 403 page.
    func require(_ roles: UserRecord.Role...) throws -> UserRecord {
        guard let user else { throw WebError.loginRequired }
        guard user.role == .admin || roles.contains(user.role) else { throw WebError.forbidden }
        return user
    }
}

/// Errors that become French pages.
enum WebError: Error {
    case loginRequired
    case forbidden
    case notFound
    case badCSRF
}
