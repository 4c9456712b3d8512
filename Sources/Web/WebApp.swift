import Catalog
import Comparator
import Foundation
import Hummingbird
import Reports
import Store
import Survey

/// The web application over the same Store, Survey, Comparator and Reports modules as the CLI.
///
/// ```swift
/// let app = try WebApp(store: store, catalogDirectory: URL(fileURLWithPath: "catalog"),
///                       templatesDirectory: URL(fileURLWithPath: "templates"))
/// try await app.application(host: "127.0.0.1", port: 8080).runService()
/// ```
public struct WebApp: Sendable {
    let store: SurveyStore
    let catalog: ProductCatalog
    let survey: SurveyDefinition
    let method: DeploymentMethod
    let templates: TemplateSet
    let secureCookies: Bool
    /// Base of the respondents' links, e.g. `https://sip.federation.example`.
    let publicURL: String
    let throttle = LoginThrottle()
    let sources: [String: String]

    /// `catalogDirectory` and `templatesDirectory` come resolved by the caller (`sipadvisor serve` resolves them like
    /// every command); everything is loaded by `RunData.load`, the loader `catalog validate` checks.
    public init(store: SurveyStore, catalogDirectory: URL, templatesDirectory: URL, templatesOverride: URL? = nil,
                secureCookies: Bool = false, publicURL: String = "http://127.0.0.1:8080") throws {
        self.store = store
        let run = try RunData.load(catalog: catalogDirectory, templates: templatesDirectory, templatesOverride: templatesOverride)
        (catalog, survey, method, sources, templates) = (run.catalog, run.survey, run.method, run.sources, run.templates)
        self.secureCookies = secureCookies
        self.publicURL = publicURL
    }

    public func router() -> Router<WebRequestContext> {
        let router = Router(context: WebRequestContext.self)
        router.add(middleware: PageErrorMiddleware())
        router.add(middleware: AuthMiddleware(store: store, secureCookies: secureCookies))
        addAuthRoutes(router)
        addRespondentRoutes(router)
        addCampaignRoutes(router)
        addGroupRoutes(router)
        addAdminRoutes(router)
        return router
    }

    public func application(host: String, port: Int) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "SIP Advisor"))
    }
}
