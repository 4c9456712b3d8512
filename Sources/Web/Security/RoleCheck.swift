import Hummingbird
import Store

/// Lets a request through only for a logged-in user holding one of `roles` (an admin holds them all): anonymous
/// visitors are sent to the login page, others get a 403 page. Attached once to each group of routes, so no
/// handler can forget it.
struct RoleCheck: RouterMiddleware {
    typealias Context = WebRequestContext
    let roles: [UserRecord.Role]

    init(_ roles: UserRecord.Role...) { self.roles = roles }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let user = context.user else { throw WebError.loginRequired }
        guard user.role == .admin || roles.contains(user.role) else { throw WebError.forbidden }
        return try await next(request, context)
    }
}

extension WebRequestContext {
    /// The logged-in user, for handlers behind a `RoleCheck` (which has already refused anyone else).
    var signedInUser: UserRecord {
        get throws {
            guard let user else { throw WebError.loginRequired }
            return user
        }
    }
}
