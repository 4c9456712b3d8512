import Catalog
import HTTPTypes
import Hummingbird

/// Several federations in one process (`serve --federations`): one `WebApp` per federation, each on its own
/// database, and the request's host name (`HostName.normalised`: port ignored, case-insensitive) picks the app. An
/// unknown host gets the plain French « page introuvable » and nothing else: no app, no database is touched.
/// Apps share nothing but the process: a session, a respondent link or a CSRF token of one federation is looked up
/// in its own database only, so it means nothing to another.
public struct FederationDispatcher: HTTPResponder {
    public typealias Context = WebRequestContext
    private let responders: [String: RouterResponder<WebRequestContext>]

    /// `hosts` come normalised and distinct across apps (`FederationsFile` refuses a host served twice).
    public init(_ apps: [(hosts: [String], app: WebApp)]) {
        var responders: [String: RouterResponder<WebRequestContext>] = [:]
        for (hosts, app) in apps {
            let responder = app.router().buildResponder()
            for host in hosts { responders[host] = responder }
        }
        self.responders = responders
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        guard let host = Self.host(of: request), let responder = responders[host] else { return Self.unknownHost() }
        return try await responder.respond(to: request, context: context)
    }

    /// The host the client asked for: HTTP/1's first `Host` header becomes the request's authority; a second one
    /// left in the headers makes the request ambiguous, so it matches no federation.
    static func host(of request: Request) -> String? {
        guard request.headers[hostField] == nil, let authority = request.head.authority else { return nil }
        return HostName.normalised(authority)
    }

    /// HTTPTypes hides `.host` (HTTP/2 has only the authority); HTTP/1's second `Host` is still a header field.
    public static let hostField = HTTPField.Name("Host")!

    static func unknownHost() -> Response {
        var response = Page.notFound()
        PageErrorMiddleware.secure(&response)
        return response
    }
}
