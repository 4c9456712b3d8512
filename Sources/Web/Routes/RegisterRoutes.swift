import Application
import Comparator
import Deployment
import Foundation
import Hummingbird
import Reports
import Store

/// What the DIM typed on the team page's register forms and why it was refused, to show it again.
struct RegisterTyping: Sendable {
    var software: SoftwareEntry?
    var stage: StageEntry?
    var refusal: RegisterRefusal?
}

/// The register of teams' software and stage (written by the DIM on the team page) and the pool of facilitators
/// (`/facilitateurs`, DIM only: personal data). Every write goes through `SoftwareRegister` and `FacilitatorDesk`,
/// the calls of `sipadvisor team software|stage` and `sipadvisor facilitator`.
extension WebApp {
    /// `/equipes/:team/logiciels` and `/equipes/:team/etape`: the DIM's forms (a coordinator reads the register only).
    func teamRegisterRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim))
        routes.post(":team/logiciels") { request, context -> Response in
            let (user, team, form) = try await registerForm(request, context)
            let entry = SoftwareEntry(product: form.trimmed("logiciel"), version: form.trimmed("version"), since: form.trimmed("depuis"),
                                      until: form.trimmed("jusqua"), contractEnd: form.trimmed("fin_contrat"))
            do { try SoftwareRegister(store: store).record(entry, team: team.id, by: user.email) } catch let refusal as RegisterRefusal {
                return try teamPage(team, user: user, context: context, register: .init(software: entry, refusal: refusal), status: .unprocessableContent)
            }
            return .redirect(to: "/equipes/\(team.id)#registre")
        }
        routes.post(":team/etape") { request, context -> Response in
            let (user, team, form) = try await registerForm(request, context)
            let entry = StageEntry(stage: form.trimmed("etape"), since: form.trimmed("depuis"))
            do { try SoftwareRegister(store: store).setStage(entry, team: team.id, by: user.email) } catch let refusal as RegisterRefusal {
                return try teamPage(team, user: user, context: context, register: .init(stage: entry, refusal: refusal), status: .unprocessableContent)
            }
            return .redirect(to: "/equipes/\(team.id)#registre")
        }
        return routes
    }

    private func registerForm(_ request: Request, _ context: WebRequestContext) async throws -> (UserRecord, TeamRecord, FormFields) {
        let user = try context.signedInUser
        let team = try team(context, user: user)
        let form = try await FormFields.read(request, context: context)
        try CSRF.verify(form, request: request, context: context)
        return (user, team, form)
    }

    /// The team page's register section: everyone who sees the team page reads it; the DIM and admins get the forms.
    func teamRegister(_ team: TeamRecord, user: UserRecord, context: WebRequestContext, typing: RegisterTyping) throws -> TeamRegisterSection {
        let view = try SoftwareRegister(store: store).view(team: team.id, on: today)
        let form = user.role == .dim || user.role == .admin
            ? TeamRegisterForm(csrf: context.session?.csrfToken ?? "", teamID: team.id, products: try store.products.all(),
                               typed: typing.software, typedStage: typing.stage, refusal: typing.refusal)
            : nil
        return TeamRegisterSection(view, form: form)
    }

    /// `/facilitateurs`: the pool, suggestions, interventions and the year's report, for the DIM only.
    func facilitatorRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim))
        routes.get("") { request, context -> Response in
            try facilitatorsPage(request, context: context, message: request.uri.queryParameters.get("ok").map { _ in "C'est inscrit." })
        }
        routes.get("bilan.csv") { request, context -> Response in
            let report = try InterventionReport(store: store, year: reportYear(request))
            return Page.download(try report.csv(), name: report.fileName, type: "text/csv; charset=utf-8")
        }
        routes.post("") { request, context -> Response in
            let (user, form) = try await signedForm(request, context)
            let mastered = form.trimmed("maitrise").isEmpty ? [] : [FacilitatorEntry.Mastered(product: form.trimmed("maitrise"), sinceYear: form.trimmed("annee"))]
            let entry = FacilitatorEntry(name: form.trimmed("nom"), profession: form.trimmed("profession"), team: Int64(form.trimmed("equipe")) ?? 0,
                                         availability: form.trimmed("disponibilite"), software: mastered)
            return try await registerWrite(request, context) { try desk.add(entry, by: user.email, today: clock()) }
        }
        routes.post("interventions") { request, context -> Response in
            let (user, form) = try await signedForm(request, context)
            let entry = InterventionEntry(facilitator: Int64(form.trimmed("facilitateur")) ?? 0, team: Int64(form.trimmed("equipe")) ?? 0,
                                          date: form.trimmed("date"), topic: form.trimmed("sujet"), hours: form.trimmed("heures"))
            return try await registerWrite(request, context) { try desk.log(entry, by: user.email) }
        }
        return routes
    }

    var desk: FacilitatorDesk { FacilitatorDesk(store: store, professions: catalog.professions) }

    private func signedForm(_ request: Request, _ context: WebRequestContext) async throws -> (UserRecord, FormFields) {
        let user = try context.signedInUser
        let form = try await FormFields.read(request, context: context)
        try CSRF.verify(form, request: request, context: context)
        return (user, form)
    }

    /// A write of the facilitators' page: back to the page, or the page again with the refusal naming its field.
    private func registerWrite<Value>(_ request: Request, _ context: WebRequestContext, _ write: () throws -> Value) async throws -> Response {
        do { _ = try write() } catch let refusal as RegisterRefusal {
            let error = "Rien n'est inscrit. \(TeamRegisterForm.label(refusal.field))\u{00A0}: \(refusal.problem)."
            return try facilitatorsPage(request, context: context, error: error, status: .unprocessableContent)
        }
        return .redirect(to: "/facilitateurs?ok=1")
    }

    private func reportYear(_ request: Request) -> Int {
        request.uri.queryParameters.get("annee").flatMap { Int($0) }.flatMap { (1990...2100).contains($0) ? $0 : nil }
            ?? CalendarDay.year(clock())
    }

    func facilitatorsPage(_ request: Request, context: WebRequestContext, message: String? = nil, error: String? = nil,
                          status: HTTPResponse.Status = .ok) throws -> Response {
        let user = try context.signedInUser
        let teams = try store.teams.all(), products = try store.products.all()
        let asked = request.uri.queryParameters.get("equipe").flatMap { Int64($0) }
        let suggestedTeam = teams.first { $0.id == asked }
        let suggestions = try suggestedTeam.map { try desk.suggestions(for: $0.id, on: today) } ?? []
        let report = try InterventionReport(store: store, year: reportYear(request))
        func total(_ t: InterventionTotal) -> FacilitatorsPage.Total { .init(name: t.name, interventions: t.interventions, hours: FrenchNumber.format(t.hours)) }
        let page = FacilitatorsPage(
            pool: try store.facilitators.all().map { person in
                .init(id: person.record.id, name: person.record.name, profession: desk.professionLabel(person.record.profession), team: person.teamName,
                      software: person.software.map { "\($0.productName) depuis \($0.sinceYear)" }.joined(separator: ", "),
                      availability: person.record.availability)
            },
            teams: teams.map { .init(id: String($0.id), name: $0.name, selected: $0.id == asked) },
            professions: catalog.professions.map { .init(id: $0.id, name: $0.label, selected: false) },
            products: products.map { .init(id: $0.id, name: $0.name, selected: false) },
            suggestedTeam: suggestedTeam?.name,
            suggestions: suggestions.map { .init(name: $0.facilitator.record.name, team: $0.facilitator.teamName, reason: $0.reason,
                                                 availability: $0.facilitator.record.availability.isEmpty ? nil : $0.facilitator.record.availability) },
            year: report.year, byFacilitator: report.byFacilitator.map(total), byTeam: report.byTeam.map(total), total: total(report.total),
            csrf: context.session?.csrfToken ?? "", message: message, error: error)
        return Page.render(page, chrome: chrome("Pool de facilitateurs", user, context), status: status)
    }
}
