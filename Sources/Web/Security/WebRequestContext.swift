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

/// Errors that become French pages.
enum WebError: Error {
    case loginRequired
    case forbidden
    case notFound
    case badCSRF
}
