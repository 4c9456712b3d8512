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
/// let app = try WebApp(store: store, catalogDirectory: URL(fileURLWithPath: "catalog"))
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

    public init(store: SurveyStore, catalogDirectory: URL, templatesOverride: URL? = nil, secureCookies: Bool = false,
                publicURL: String = "http://127.0.0.1:8080") throws {
        self.store = store
        catalog = try CatalogLoader.load(directory: catalogDirectory)
        survey = try SurveyLoader.load(directory: catalogDirectory, catalog: catalog)
        method = try ReportDataLoader.method(catalogDirectory.appendingPathComponent("method.yaml"))
        sources = try ReportDataLoader.sources(catalogDirectory.appendingPathComponent("sources.yaml"))
        templates = try TemplateSet(builtIn: catalogDirectory.standardizedFileURL.deletingLastPathComponent().appendingPathComponent("templates"),
                                    override: templatesOverride)
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
