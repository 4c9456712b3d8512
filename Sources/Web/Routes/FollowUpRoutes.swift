import Application
import Foundation
import HTTPTypes
import Hummingbird
import Store

/// `/campagnes/ID/suivi`: the deployment follow-up. Least privilege: the team's coordinator reports what happens on
/// site (progress and actual dates of the team's steps, training, migration checks and defects); only the DIM plans
/// (starts the follow-up, moves planned dates, records the editor's promises), so a delay cannot be hidden by the
/// team that owns it and the editor's commitments stay the DIM's record. `FollowUpTracking.Editor` enforces the same.
extension WebApp {
    func followUpRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim, .coordinator))
        routes.get("suivi") { request, context -> Response in
            let user = try context.signedInUser
            let (team, campaign) = try campaign(context, user: user)
            return try followUpPage(team: team, campaign: campaign, user: user, context: context,
                                    message: request.uri.queryParameters.get("ok").map { _ in "Enregistré." })
        }
        followUpForm(routes, "etapes", form: "etape", fields: ["etape", "statut", "motif", "debut_reel", "fin_reelle", "fin_prevue"]) { values, campaign, editor in
            // The form is not filled with the step's values: a field left empty keeps what is stored.
            func typed(_ field: String) -> String? { values[field].flatMap { $0.isEmpty ? nil : $0 } }
            let edit = StepEdit(status: typed("statut"), reason: typed("motif"), actualStart: typed("debut_reel"),
                                actualEnd: typed("fin_reelle"), plannedEnd: typed("fin_prevue"))
            guard let item = values["etape"].flatMap(Int64.init) else {
                throw FollowUpEntry.Refusal(field: "etape", problem: "choisissez une étape")
            }
            try followUpTracking.set(campaignID: campaign.id, itemID: item, edit, as: editor)
        }
        followUpForm(routes, "formations", form: "formation", fields: ["professionnel", "date", "heures", "contenu", "formateur"]) { values, campaign, _ in
            try followUpTracking.train(campaignID: campaign.id, person: values["professionnel"], date: values["date"], hours: values["heures"],
                                       content: values["contenu"], trainer: values["formateur"])
        }
        followUpForm(routes, "anomalies", form: "anomalie", fields: ["date", "description", "gravite"]) { values, campaign, _ in
            try followUpTracking.defect(campaignID: campaign.id, found: values["date"], description: values["description"], severity: values["gravite"])
        }
        followUpForm(routes, "anomalies/correction", form: "correction", fields: ["anomalie", "corrigee"]) { values, campaign, _ in
            guard let defect = values["anomalie"].flatMap(Int64.init) else { throw FollowUpEntry.Refusal(field: "anomalie", problem: "choisissez une anomalie") }
            try followUpTracking.fix(campaignID: campaign.id, defectID: defect, on: values["corrigee"])
        }
        followUpForm(routes, "controles", form: "controle", fields: ["point", "date", "note"]) { values, campaign, _ in
            guard let number = values["point"].flatMap(Int.init) else { throw FollowUpEntry.Refusal(field: "point", problem: "numéro du contrôle attendu") }
            try followUpTracking.check(campaignID: campaign.id, number: number, on: values["date"], note: values["note"])
        }
        return routes
    }

    /// The DIM's part: starting the follow-up and the editor's promises.
    func followUpPlanningRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim))
        followUpForm(routes, "demarrer", form: "debut", fields: ["debut", "logiciel"]) { values, campaign, _ in
            try followUpTracking.start(campaignID: campaign.id, start: values["debut"] ?? "", product: values["logiciel"], by: "DIM")
        }
        followUpForm(routes, "engagements", form: "engagement", fields: ["titre", "etape", "fin_prevue"]) { values, campaign, editor in
            try followUpTracking.promise(campaignID: campaign.id, title: values["titre"], step: values["etape"], due: values["fin_prevue"], as: editor)
        }
        return routes
    }

    /// One POST form of the page: CSRF, the fields read, the use case; a refusal shows the page again (422) with the
    /// field named and what was typed.
    private func followUpForm(_ routes: RouteCollection<WebRequestContext>, _ path: String, form: String, fields: [String],
                              _ action: @escaping @Sendable ([String: String], CampaignRecord, FollowUpTracking.Editor) throws -> Void) {
        routes.post(RouterPath("suivi/\(path)")) { request, context -> Response in
            let user = try context.signedInUser
            let (team, campaign) = try campaign(context, user: user)
            let body = try await FormFields.read(request, context: context)
            try CSRF.verify(body, request: request, context: context)
            var values: [String: String] = [:]
            for field in fields { if let value = body.value(field) { values[field] = value.trimmingCharacters(in: .whitespacesAndNewlines) } }
            do { try action(values, campaign, user.role == .coordinator ? .team : .dim) } catch let refusal as FollowUpEntry.Refusal {
                return try followUpPage(team: team, campaign: campaign, user: user, context: context, message: nil,
                                        refused: FollowUpRefusal(form: form, refusal: refusal, typed: values), status: .unprocessableContent)
            } catch let error as StoreError {
                return try followUpPage(team: team, campaign: campaign, user: user, context: context, message: nil,
                                        refused: FollowUpRefusal(form: form, refusal: .init(field: form, problem: error.description), typed: values),
                                        status: .unprocessableContent)
            }
            return .redirect(to: "/campagnes/\(campaign.id)/suivi?ok=1")
        }
    }

    func followUpPage(team: TeamRecord, campaign: CampaignRecord, user: UserRecord, context: WebRequestContext, message: String?,
                      refused: FollowUpRefusal? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let state = try followUpTracking.state(campaignID: campaign.id, today: today)
        let products = try store.products.all().filter { !$0.fictional || team.fictional }.map { (id: $0.id, name: $0.name) }
        let page = FollowUpPage(id: campaign.id, team: team.name, csrf: context.session?.csrfToken ?? "", message: message, state: state,
                                canPlan: user.role != .coordinator, method: method, products: products, refused: refused)
        return Page.render(page, chrome: chrome("Suivi du déploiement — \(team.name)", user, context, wide: true), status: status)
    }
}
