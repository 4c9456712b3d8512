import Hummingbird
import Mustache

/// A page's typed view model: its stored properties are what its Mustache template reads (swift-mustache reflects
/// stored properties and unwraps optionals, so `nil` reads as absent). Preferred to `[String: Any]` dictionaries:
/// the compiler checks every name the route fills.
protocol PageModel: Sendable {
    static var template: String { get }
}

extension Page {
    static func render<Model: PageModel>(_ model: Model, chrome: Chrome, status: HTTPResponse.Status = .ok, cookie: Cookie? = nil) -> Response {
        html(layout(body: library.render(model, withTemplate: Model.template) ?? "", chrome: chrome), status: status, cookie: cookie)
    }
}
