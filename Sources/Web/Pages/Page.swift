import Application
import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import Reports
import Store

/// Server-rendered pages: Mustache templates with HTML escaping (`{{value}}` is always escaped; `{{{…}}}` only
/// carries HTML the code produced itself), wrapped in one small layout. Pages work without JavaScript.
enum Page {
    /// Compiled once, on first use. Every template escapes with `PageHTML`, set by a pragma on a line of its own
    /// (a standalone tag: the line leaves nothing in the output).
    static let library: MustacheLibrary = {
        MustacheContentTypes.register(PageHTML(), named: PageHTML.name)
        var library = MustacheLibrary()
        for (name, text) in PageTemplates.all {
            // Safe: the templates are constants of this module, checked by the tests.
            try! library.register("{{% CONTENT_TYPE: \(PageHTML.name) }}\n" + text, named: name)
        }
        return library
    }()

    struct Chrome {
        var title: String
        var user: UserRecord?
        var csrf: String?
        var wide = false
    }

    static func render(_ template: String, _ values: [String: Any], chrome: Chrome, status: HTTPResponse.Status = .ok,
                       cookie: Cookie? = nil) -> Response {
        let body = fragment(template, values)
        return html(layout(body: body, chrome: chrome), status: status, cookie: cookie)
    }

    /// Renders a template without the layout (e.g. the question fields inside a page).
    static func fragment(_ template: String, _ values: [String: Any]) -> String {
        library.render(clean(values), withTemplate: template) ?? ""
    }

    /// Drops `nil` optionals from view dictionaries: Mustache reads an `Optional.none` stored in a dictionary as a
    /// value, so `{{#error}}` would show for every field.
    static func clean(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]:
            var out: [String: Any] = [:]
            for (key, entry) in dictionary {
                if let unwrapped = unwrap(entry) { out[key] = clean(unwrapped) }
            }
            return out
        case let array as [[String: Any]]:
            return array.map { clean($0) }
        case let array as [Any]:
            return array.compactMap { unwrap($0).map(clean) }
        default:
            return value
        }
    }

    private static func unwrap(_ value: Any) -> Any? {
        guard let optional = value as? any OptionalValue else { return value }
        return optional.wrapped
    }


    static func layout(body: String, chrome: Chrome) -> String {
        let role = chrome.user?.role
        var layout: [String: Any] = [
            "title": chrome.title, "body": body, "csrf": chrome.csrf ?? "", "wide": chrome.wide,
            "dim": role == .dim || role == .admin, "groups": role == .facilitator || role == .dim || role == .admin,
            "admin": role == .admin, "coordinator": role == .coordinator,
        ]
        // Only present when logged in: an optional wrapped in `Any` would read as a value to Mustache.
        if let user = chrome.user { layout["user"] = ["name": user.displayName, "role": user.role.frenchName] }
        return library.render(clean(layout), withTemplate: "layout") ?? body
    }

    /// Every page leaves through here: French typography on its text nodes (never in tags, attributes or form
    /// fields, so typed values come back as they were).
    static func html(_ text: String, status: HTTPResponse.Status = .ok, cookie: Cookie? = nil) -> Response {
        var response = Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: FrenchTypography.html(text))))
        if let cookie { response.setCookie(cookie) }
        return response
    }

    static func error(_ status: HTTPResponse.Status, title: String, message: String, user: UserRecord?) -> Response {
        render(ErrorPage(title: title, message: message), chrome: Chrome(title: title, user: user), status: status)
    }

    /// The same plain page for every unknown address and every unknown or revoked link: it reveals nothing.
    static func notFound() -> Response {
        render("erreur", ["title": "Page introuvable", "message": "Cette adresse ne correspond à aucune page. Vérifiez le lien reçu."],
               chrome: Chrome(title: "Page introuvable"), status: .notFound)
    }

    /// A file named by the one naming rule (`DownloadName`: what, whose, which day), in both `Content-Disposition` forms.
    static func download(_ data: Data, name: DownloadName, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: name.contentDisposition],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func download(_ data: Data, name: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// An `Optional` seen through `Any`, unwrapped by `Page.clean` without reflection (a `Mirror` per value was most of
/// the cost of cleaning a questionnaire page's view).
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    var wrapped: Any? { map { $0 } }
}
