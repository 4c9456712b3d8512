import Foundation
import Hummingbird
import Store

/// CSRF protection for every state-changing form.
/// - Logged-in pages: the session's own CSRF token, in a hidden `_csrf` field.
/// - Anonymous forms (login, respondent questionnaire): double-submit, a random cookie (`SameSite=Strict`,
///   `HttpOnly`) that the hidden field must repeat; another site can neither read nor set it.
enum CSRF {
    static let field = "_csrf"

    /// The token to put in a form for this request, and the cookie to set when one must be issued.
    static func token(for request: Request, context: WebRequestContext) -> (token: String, cookie: Cookie?) {
        if let session = context.session { return (session.csrfToken, nil) }
        if let existing = request.cookies[Cookies.formToken]?.value, existing.count >= 26 { return (existing, nil) }
        let token = Token.make()
        return (token, Cookie(name: Cookies.formToken, value: token, path: "/", secure: context.secureCookies,
                              httpOnly: true, sameSite: .strict))
    }

    /// Throws `WebError.badCSRF` unless the form repeats the expected token.
    static func verify(_ form: FormFields, request: Request, context: WebRequestContext) throws {
        try verify(sent: form.value(field), request: request, context: context)
    }

    /// The same for a token read another way (a file upload's `multipart/form-data` field).
    static func verify(sent: String?, request: Request, context: WebRequestContext) throws {
        let expected = context.session?.csrfToken ?? request.cookies[Cookies.formToken]?.value
        guard let expected, let sent, constantTimeEqual(expected, sent) else { throw WebError.badCSRF }
    }

    /// Compares without stopping at the first difference, so timing does not reveal the token.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}

