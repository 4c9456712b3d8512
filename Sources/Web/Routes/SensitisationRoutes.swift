import Application
import Catalog
import Foundation
import Hummingbird
import Reports
import Store

extension WebApp {
    /// `/equipes/:team/sensibilisation`: the support of the team's sensitisation meeting, shown and downloadable.
    /// The DIM and the team's coordinator (who organises the meeting) may read it, like the rest of the team page.
    func addSensitisationRoutes(_ routes: RouteCollection<WebRequestContext>) {
        routes.get(":team/sensibilisation") { request, context -> Response in
            let user = try context.signedInUser
            let document = try sensitisationDocument(team(context, user: user))
            let base = "/equipes/\(context.parameters.get("team") ?? "")/\(document.slug)"
            let page = DocumentPage(document: Self.body(of: document.html), downloads: [.file(base + ".html"), .file(base + ".md")])
            return Page.render(page, chrome: chrome(document.title, user, context, wide: true))
        }
        for suffix in ["md", "html"] {
            routes.get(":team/\(SensitisationMeeting.slug).\(suffix)") { request, context -> Response in
                let document = try sensitisationDocument(team(context, user: context.signedInUser))
                return Page.download(Data((suffix == "md" ? document.markdown : document.html).utf8), name: "\(document.slug).\(suffix)",
                                     type: suffix == "md" ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8")
            }
        }
    }

    private func sensitisationDocument(_ team: TeamRecord) throws -> ReportDocument {
        let support = SensitisationSupport(store: store, reference: catalog, method: method, kit: sensitisation)
        return try support.meeting(team: team, host: settings.shown(.dimContact), date: today).document(templates: templates).citing(sources)
    }
}
