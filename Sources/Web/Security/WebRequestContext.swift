import Hummingbird
import Store

/// The request context of the web application: who is logged in, if anyone.
public struct WebRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var user: UserRecord?
    public var session: WebSessionRecord?
    /// Cookies get `Secure` when the application is served over TLS (directly or behind an HTTPS proxy).
    public var secureCookies = false

    /// The socket's IP address ("inconnue" in tests without a socket).
    public let socketAddress: String
    /// The client as login throttling counts it (`ClientAddress.key`), set by `AuthMiddleware`.
    public var clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        socketAddress = source.channel.remoteAddress?.ipAddress ?? "inconnue"
        clientAddress = socketAddress
    }

    /// Forms are small; a pasted respondents list is the largest thing a page sends.
    public var maxUploadSize: Int { Self.maxUploadSize }
    static let maxUploadSize = 2 * 1024 * 1024
    static let maxUploadSizeText = "2\u{202F}Mo"

    /// A form body must arrive within this time once its headers have: slow clients are dropped.
    var bodyReadTimeout: Duration { .seconds(30) }
}

/// Errors that become French pages (`PageErrorMiddleware`): a struct wrapping a private enum, the error style of the
/// whole code base (as Hummingbird's own errors), so cases can be added without breaking a caller's `switch`.
struct WebError: Error, Equatable {
    private enum Reason { case loginRequired, forbidden, notFound, badCSRF }
    private let reason: Reason

    /// Anonymous visitor on a page that needs an account: sent to the login page.
    static let loginRequired = WebError(reason: .loginRequired)
    /// Logged in, but the role does not reach this page: a 403 page.
    static let forbidden = WebError(reason: .forbidden)
    /// Unknown page, link or record: the same plain 404 page for all, so nothing is revealed.
    static let notFound = WebError(reason: .notFound)
    /// A form whose CSRF token does not match.
    static let badCSRF = WebError(reason: .badCSRF)

    /// Lets `catch WebError.notFound` match as it would an enum case.
    static func ~= (pattern: WebError, error: any Error) -> Bool { (error as? WebError) == pattern }
}
