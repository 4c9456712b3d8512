import Application
import Comparator
import Deployment
import Foundation
import Hummingbird
import Reports
import Store

/// User groups: facilitators record sessions during the one-hour call and follow requests to the editor.
extension WebApp {
    /// `/groupes`: facilitators and the DIM record sessions and follow requests.
    func groupRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.facilitator, .dim))
        routes.get("") { request, context -> Response in
            let user = try context.signedInUser
            return try groupsPage(user: user, context: context)
        }

        routes.post("") { request, context -> Response in
            let user = try context.signedInUser
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            let software = form.trimmed("logiciel"), date = form.trimmed("date"), facilitator = form.trimmed("animation")
            guard !software.isEmpty, software.count <= 200, CalendarDay.parse(date) != nil, !facilitator.isEmpty else {
                return try groupsPage(user: user, context: context, status: .unprocessableContent,
                                      error: "Logiciel, date (AAAA-MM-JJ) et animation sont obligatoires.", software: software, date: date)
            }
            let session = UserGroupSession(software: software, date: date, mode: form.trimmed("mode") == "presentiel" ? .presentiel : .visio,
                                           place: form.trimmed("lieu").isEmpty ? nil : form.trimmed("lieu"), facilitator: facilitator,
                                           noteTaker: form.trimmed("notes").isEmpty ? nil : form.trimmed("notes"), teams: [], attendees: [],
                                           agenda: [], topics: [], requests: [], decisions: [], actions: [], nextMeeting: nil)
            let id = try store.userGroups.save(id: nil, session)
            return .redirect(to: "/groupes/\(id)")
        }

        routes.get("calendrier.ics") { _, _ -> Response in
            let calendar = CampaignCalendars.userGroups(try store.userGroups.all(), today: today, stamp: clock(), baseURL: publicURL)
            return Page.download(calendar.data, name: calendar.name, type: ICalendar.contentType)
        }

        routes.get(":session") { request, context -> Response in
            let user = try context.signedInUser
            let (id, session) = try groupSession(context)
            return try groupPage(id: id, session: session, user: user, context: context,
                             message: Self.sessionMessage(request))
        }

        routes.post(":session") { request, context -> Response in
            try await editSession(request, context, keepTyped: true) { form, session in
                try SessionForm(professions: catalog.professions).apply(form, to: &session)
            }
        }

        routes.post(":session/demandes") { request, context -> Response in
            try await editSession(request, context, keepTyped: false) { form, session in
                try SessionForm(professions: catalog.professions).applyRequest(form, to: &session)
            }
        }
        return routes
    }

    /// `/groupes` documents: the editor's deliverable and each session's minutes.
    func groupDocumentRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.facilitator, .dim))
        routes.get("editeur") { request, context -> Response in
            let user = try context.signedInUser
            let software = request.uri.queryParameters.get("logiciel") ?? ""
            let document = try editorDocument(software)
            let query = "?logiciel=\(UserGroupsPage.encoded(software))"
            let page = DocumentPage(document: Self.body(of: document.html),
                                    downloads: DocumentFormat.allCases.map { .file("/groupes/editeur.\($0.fileExtension)", query: query) })
            return Page.render(page, chrome: chrome(document.title, user, context, wide: true))
        }

        for format in DocumentFormat.allCases {
            routes.get("editeur.\(format.fileExtension)") { request, context -> Response in
                let software = request.uri.queryParameters.get("logiciel") ?? ""
                return await documentDownload(try editorDocument(software), format, subject: software, user: try context.signedInUser)
            }
            routes.get(":session/compte-rendu.\(format.fileExtension)") { request, context -> Response in
                let (_, session) = try groupSession(context)
                let document = try Minutes(session: session, professionLabel: professionLabels).document(templates: templates)
                return await documentDownload(document, format, subject: session.software, user: try context.signedInUser)
            }
        }
        return routes
    }

    /// Applies a form to a stored session: French errors re-show the page; success saves and comes back to it.
    private func editSession(_ request: Request, _ context: WebRequestContext, keepTyped: Bool,
                             _ apply: (FormFields, inout UserGroupSession) throws -> Void) async throws -> Response {
        let user = try context.signedInUser
        let (id, session) = try groupSession(context)
        let form = try await FormFields.read(request, context: context)
        try CSRF.verify(form, request: request, context: context)
        var edited = session
        do { try apply(form, &edited) } catch let error as SessionForm.Problem {
            return try groupPage(id: id, session: session, user: user, context: context, error: error.message,
                             typed: keepTyped ? form : nil, status: .unprocessableContent)
        }
        try store.userGroups.save(id: id, edited)
        return .redirect(to: "/groupes/\(id)?ok=1")
    }

    /// What the session's page says after a change it was redirected from.
    static func sessionMessage(_ request: Request) -> String? {
        if request.uri.queryParameters.get("observation") != nil { return "Observation enregistrée\u{00A0}: le DIM décidera de l’inscrire au catalogue." }
        return request.uri.queryParameters.get("ok").map { _ in "Séance enregistrée." }
    }

    var professionLabels: @Sendable (String) -> String {
        let labels = Dictionary(catalog.professions.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        return { labels[$0] ?? $0 }
    }

    func groupSession(_ context: WebRequestContext) throws -> (Int64, UserGroupSession) {
        guard let id = context.parameters.get("session", as: Int64.self), let stored = try store.userGroups.find(id: id) else {
            throw WebError.notFound
        }
        return (id, stored.session)
    }

    func allGroupSessions() throws -> [UserGroupSession] {
        try store.userGroups.all().map(\.session)
    }

    func editorDocument(_ software: String) throws -> ReportDocument {
        let sessions = try allGroupSessions()
        guard sessions.contains(where: { $0.software == software }) else { throw WebError.notFound }
        return try EditorDeliverable(software: software, sessions: sessions, date: today, professionLabel: professionLabels)
            .document(templates: templates)
    }

    func groupsPage(user: UserRecord, context: WebRequestContext, status: HTTPResponse.Status = .ok, error: String? = nil,
                    software: String = "", date: String = "") throws -> Response {
        let page = UserGroupsPage(stored: try store.userGroups.all(), csrf: context.session?.csrfToken ?? "", error: error,
                                  typedSoftware: software, typedDate: date, facilitator: user.displayName)
        return Page.render(page, chrome: chrome("Groupes utilisateurs", user, context), status: status)
    }

    func groupPage(id: Int64, session: UserGroupSession, user: UserRecord, context: WebRequestContext, message: String? = nil,
                   error: String? = nil, typed: FormFields? = nil, observation: ObservationTyping = .init(),
                   status: HTTPResponse.Status = .ok) throws -> Response {
        var page = UserGroupPage(id: id, session: session, csrf: context.session?.csrfToken ?? "", professionLabel: professionLabels,
                                 typed: typed, message: message, error: error)
        page.observations = try sessionObservations(id, csrf: context.session?.csrfToken ?? "", typing: observation)
        return Page.render(page, chrome: chrome("Groupe utilisateurs", user, context, wide: true), status: status)
    }
}
