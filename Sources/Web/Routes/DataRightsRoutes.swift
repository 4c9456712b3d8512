import Application
import Foundation
import Hummingbird
import Store

/// Personal data rights: the DIM exports or erases one respondent (from the links page); the admin purges a campaign
/// or a team and reads the audit log. Every removal goes through a confirmation page, then a POST with CSRF.
extension WebApp {
    /// `/campagnes/:campaign/liens/:respondent/…`: individual answers are the DIM's only (the privacy notice says so).
    func respondentRightsRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim))
        for format in RespondentRights.Format.allCases {
            routes.get(RouterPath("liens/:respondent/export.\(format.rawValue)")) { _, context -> Response in
                let (user, respondent) = try linkedRespondent(context)
                let file = try respondentRights.export(respondent, format: format, by: .account(user))
                return Page.download(file.data, name: file.name, type: format == .json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8")
            }
        }
        routes.get("liens/:respondent/effacer") { _, context -> Response in
            let (user, respondent) = try linkedRespondent(context)
            let page = ConfirmationPage(heading: "Effacer «\u{A0}\(respondent.label)\u{A0}»\u{A0}?",
                                        lead: "Seront effacés, d'un seul coup\u{A0}:", lines: [try respondentRights.erasureSummary(respondent)],
                                        action: "/campagnes/\(respondent.campaignId)/liens/\(respondent.id)/effacer",
                                        button: "Effacer définitivement", back: "/campagnes/\(respondent.campaignId)/liens",
                                        csrf: context.session?.csrfToken ?? "")
            return Page.render(page, chrome: chrome("Effacer un·e répondant·e", user, context))
        }
        routes.post("liens/:respondent/effacer") { request, context -> Response in
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            let (user, respondent) = try linkedRespondent(context)
            try respondentRights.erase(respondent, by: .account(user))
            return .redirect(to: "/campagnes/\(respondent.campaignId)/liens?efface=1")
        }
        return routes
    }

    /// `/campagnes/:campaign/purger` and `/equipes/:team/purger`: the admin only.
    func purgeRoutes(_ router: Router<WebRequestContext>) {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck())
        routes.get("campagnes/:campaign/purger") { _, context -> Response in
            try purgeConfirmation(.campaign(try pathID(context, "campaign")), context: context)
        }
        routes.post("campagnes/:campaign/purger") { request, context -> Response in
            let id = try pathID(context, "campaign")
            let team = try store.campaigns.find(id: id)?.teamId
            try await purge(.campaign(id), request: request, context: context)
            return .redirect(to: team.map { "/equipes/\($0)" } ?? "/equipes")
        }
        routes.get("equipes/:team/purger") { _, context -> Response in
            try purgeConfirmation(.team(try pathID(context, "team")), context: context)
        }
        routes.post("equipes/:team/purger") { request, context -> Response in
            try await purge(.team(try pathID(context, "team")), request: request, context: context)
            return .redirect(to: "/equipes")
        }
        routes.get("journal") { request, context -> Response in
            let user = try context.signedInUser
            let kind = auditKind(request)
            let total = try store.auditLog.count(kind: kind)
            let pages = max(1, (total + AuditPage.pageSize - 1) / AuditPage.pageSize)
            let page = min(max(1, request.uri.queryParameters.get("page", as: Int.self) ?? 1), pages)
            let events = try store.auditLog.page(kind: kind, offset: (page - 1) * AuditPage.pageSize, limit: AuditPage.pageSize)
            return Page.render(AuditPage(events: events, total: total, page: page, kind: kind), chrome: chrome("Journal d'audit", user, context, wide: true))
        }
        routes.get("journal/journal-audit.csv") { request, _ -> Response in
            Page.download(try AuditCSV.make(try store.auditLog.all(kind: auditKind(request))), name: "journal-audit.csv", type: "text/csv; charset=utf-8")
        }
        router.addRoutes(routes)
    }

    private func purgeConfirmation(_ scope: PurgeScope, context: WebRequestContext) throws -> Response {
        let user = try context.signedInUser
        let preview = try dataPurge(scope)
        let (path, back) = Self.purgePaths(scope)
        let page = ConfirmationPage(heading: "Purger \(preview.name)\u{A0}?", lead: "Seront supprimés avec \(preview.name)\u{A0}:",
                                    lines: preview.counts.lines, action: path, button: "Purger définitivement", back: back,
                                    csrf: context.session?.csrfToken ?? "")
        return Page.render(page, chrome: chrome("Purger", user, context))
    }

    private func purge(_ scope: PurgeScope, request: Request, context: WebRequestContext) async throws {
        let form = try await FormFields.read(request, context: context)
        try CSRF.verify(form, request: request, context: context)
        let user = try context.signedInUser
        _ = try dataPurge(scope)
        try DataPurge(database: store).purge(scope, by: .account(user))
    }

    /// The preview, or the not-found page for an unknown campaign or team.
    private func dataPurge(_ scope: PurgeScope) throws -> DataPurge.Preview {
        do { return try DataPurge(database: store).preview(scope) } catch is StoreError { throw WebError.notFound }
    }

    private static func purgePaths(_ scope: PurgeScope) -> (action: String, back: String) {
        switch scope {
        case let .campaign(id): ("/campagnes/\(id)/purger", "/campagnes/\(id)")
        case let .team(id): ("/equipes/\(id)/purger", "/equipes/\(id)")
        }
    }

    private func pathID(_ context: WebRequestContext, _ name: String) throws -> Int64 {
        guard let id = context.parameters.get(name, as: Int64.self) else { throw WebError.notFound }
        return id
    }

    private func auditKind(_ request: Request) -> AuditKind? {
        request.uri.queryParameters.get("type").flatMap { AuditKind(rawValue: String($0)) }
    }

    /// The respondent in the path, if it belongs to the campaign in the path (which this user may see).
    private func linkedRespondent(_ context: WebRequestContext) throws -> (UserRecord, RespondentRecord) {
        let user = try context.signedInUser
        let (_, campaign) = try campaign(context, user: user)
        guard let id = context.parameters.get("respondent", as: Int64.self),
              let respondent = try store.campaigns.respondents(campaignID: campaign.id).first(where: { $0.id == id }) else { throw WebError.notFound }
        return (user, respondent)
    }

    var respondentRights: RespondentRights { RespondentRights(database: store, survey: survey) }
}
