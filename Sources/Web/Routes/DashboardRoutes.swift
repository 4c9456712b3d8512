import Application
import Foundation
import Hummingbird
import Reports
import Store

extension WebApp {
    /// `/tableau-de-bord`: the federation's picture, the DIM's and the admin's only (it names every team).
    /// A view pools at most `FederationDashboard.poolingPerView` changed campaigns first, so it stays interactive.
    func dashboardRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim))
        routes.get("") { request, context -> Response in
            let user = try context.signedInUser
            let dashboard = try dashboard(page: request.uri.queryParameters.get("page", as: Int.self) ?? 1)
            let document = try dashboard.document(templates: templates).citing(sources)
            let (page, base) = (dashboard.page, "/tableau-de-bord/\(DashboardDocument.slug)")
            var downloads: [DocumentPage.Download] = DocumentFormat.allCases.map { .file(base + "." + $0.fileExtension, query: "?page=\(page)") }
            if page > 1 { downloads.append(.init(href: "/tableau-de-bord?page=\(page - 1)", label: "Équipes précédentes")) }
            if page < dashboard.pages { downloads.append(.init(href: "/tableau-de-bord?page=\(page + 1)", label: "Équipes suivantes")) }
            let view = DocumentPage(document: Self.body(of: document.html), downloads: downloads)
            return Page.render(view, chrome: chrome(document.title, user, context, wide: true))
        }
        for format in DocumentFormat.allCases {
            routes.get("\(DashboardDocument.slug).\(format.fileExtension)") { request, context -> Response in
                let document = try dashboard(page: request.uri.queryParameters.get("page", as: Int.self) ?? 1).document(templates: templates).citing(sources)
                return await documentDownload(document, format, subject: nil, user: try context.signedInUser)
            }
        }
        return routes
    }

    private func dashboard(page: Int) throws -> DashboardDocument {
        let dashboard = FederationDashboard(store: store, reference: catalog, survey: survey)
        let pending = try dashboard.refresh(limit: FederationDashboard.poolingPerView)
        return try dashboard.document(date: today, page: page, pending: pending)
    }
}
