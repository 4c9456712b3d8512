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
            let page = DocumentPage(document: Self.body(of: document.html), downloads: DocumentFormat.allCases.map { .file(base + "." + $0.fileExtension) })
            return Page.render(page, chrome: chrome(document.title, user, context, wide: true))
        }
        for format in DocumentFormat.allCases {
            routes.get(":team/\(SensitisationMeeting.slug).\(format.fileExtension)") { request, context -> Response in
                let user = try context.signedInUser
                let team = try team(context, user: user)
                return await documentDownload(try sensitisationDocument(team), format, subject: team.name, user: user)
            }
        }
    }

    private func sensitisationDocument(_ team: TeamRecord) throws -> ReportDocument {
        let support = SensitisationSupport(store: store, reference: catalog, method: method, kit: sensitisation)
        return try support.meeting(team: team, host: settings.shown(.dimContact), date: today).document(templates: templates).citing(sources)
    }
}
