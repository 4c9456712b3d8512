import Application
import Foundation
import Hummingbird
import Reports
import Store

/// `/campagnes/:campaign/demonstrations`: the DIM prepares a demonstration's grid, hands out its link, reads the
/// synthesis and closes it (the same use cases as `sipadvisor evaluation` and `report evaluation`).
extension WebApp {
    func demonstrationRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim))
        routes.get("") { request, context -> Response in
            let user = try context.signedInUser
            return try demonstrationsPage(context, user: user, typedDate: today)
        }
        routes.post("") { request, context -> Response in
            let user = try context.signedInUser
            let (_, campaign) = try campaign(context, user: user)
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            let (product, date) = (form.trimmed("produit"), form.trimmed("date"))
            do {
                let evaluation = try evaluations.create(campaign: campaign.id, product: product, date: date, by: user.email)
                return .redirect(to: "/campagnes/\(campaign.id)/demonstrations/\(evaluation.id)?ok=1")
            } catch let refusal as DemoEvaluation.Refusal {
                return try demonstrationsPage(context, user: user, typedDate: date, product: product, error: refusal.description.capitalizedFirst,
                                              status: .unprocessableContent)
            }
        }
        routes.get(":evaluation") { request, context -> Response in
            let user = try context.signedInUser
            let message = request.uri.queryParameters.get("ok").map { _ in "Grille préparée\u{00A0}: donnez le lien aux professionnel·les présent·es." }
                ?? request.uri.queryParameters.get("close").map { _ in "Évaluation close\u{00A0}: ses informations sont enregistrées pour l'équipe." }
            return try demonstrationPage(context, user: user, message: message)
        }
        routes.post(":evaluation/cloture") { request, context -> Response in
            let user = try context.signedInUser
            let snapshot = try campaignEvaluation(context, user: user)
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            do { try evaluations.close(snapshot.evaluation.id, by: user.email, today: Date()) } catch let refusal as DemoEvaluation.Refusal {
                return try demonstrationPage(context, user: user, error: refusal.problem.capitalizedFirst + ".", status: .unprocessableContent)
            }
            return .redirect(to: "/campagnes/\(snapshot.campaign.id)/demonstrations/\(snapshot.evaluation.id)?close=1")
        }
        routes.get(":evaluation/synthese") { request, context -> Response in
            let user = try context.signedInUser
            let snapshot = try campaignEvaluation(context, user: user)
            let document = try evaluations.synthesis(snapshot.evaluation.id, date: today, templates: templates)
            let page = DocumentPage(document: Self.body(of: document.citing(sources).html), downloads: DocumentFormat.allCases.map {
                .file("/campagnes/\(snapshot.campaign.id)/demonstrations/\(snapshot.evaluation.id)/synthese.\($0.fileExtension)")
            })
            return Page.render(page, chrome: chrome(document.title, user, context, wide: true))
        }
        for format in DocumentFormat.allCases {
            routes.get(":evaluation/synthese.\(format.fileExtension)") { request, context -> Response in
                let user = try context.signedInUser
                let (team, _) = try campaign(context, user: user)
                let snapshot = try campaignEvaluation(context, user: user)
                let document = try evaluations.synthesis(snapshot.evaluation.id, date: today, templates: templates).citing(sources)
                return await documentDownload(document, format, subject: team.name, user: user)
            }
        }
        return routes
    }

    /// The evaluation of the path, only under its own campaign.
    private func campaignEvaluation(_ context: WebRequestContext, user: UserRecord) throws -> EvaluationSnapshot {
        let (_, campaign) = try campaign(context, user: user)
        guard let id = context.parameters.get("evaluation", as: Int64.self), let snapshot = try store.evaluations.snapshot(id: id),
              snapshot.campaign.id == campaign.id else { throw WebError.notFound }
        return snapshot
    }

    private func demonstrationsPage(_ context: WebRequestContext, user: UserRecord, typedDate: String, product: String = "",
                                    error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let (team, campaign) = try campaign(context, user: user)
        let products = try store.products.all()
        let rows = try store.evaluations.all(campaignID: campaign.id).map { evaluation in
            let result = try evaluations.result(try evaluations.snapshot(evaluation.id))
            return EvaluationsPage.Row(id: evaluation.id, campaign: campaign.id, product: result.product, date: FrenchDate.long(evaluation.date),
                                       people: result.people, state: evaluation.isClosed ? "close" : "ouverte")
        }
        let page = EvaluationsPage(campaign: campaign.id, team: team.name, evaluations: rows,
                                   products: products.map { .init(id: $0.id, name: $0.name + ($0.fictional ? " (fictif)" : ""), selected: $0.id == product) },
                                   typedDate: typedDate, csrf: context.session?.csrfToken ?? "", error: error)
        return Page.render(page, chrome: chrome("Démonstrations — \(campaign.name)", user, context), status: status)
    }

    private func demonstrationPage(_ context: WebRequestContext, user: UserRecord, message: String? = nil, error: String? = nil,
                                   status: HTTPResponse.Status = .ok) throws -> Response {
        let snapshot = try campaignEvaluation(context, user: user)
        let result = try evaluations.result(snapshot)
        let evaluation = snapshot.evaluation
        let page = EvaluationPage(id: evaluation.id, campaign: snapshot.campaign.id, product: result.product, date: FrenchDate.long(evaluation.date),
                                  link: DemoEvaluation.link(base: publicURL, token: evaluation.token), closed: evaluation.isClosed,
                                  closedText: evaluation.closedAt.map { "Close le \(FrenchDate.long($0))\u{00A0}: \(result.source)." },
                                  people: result.people, scenarios: snapshot.scenarios.map { .init(text: $0.text, mustHave: $0.mustHave) },
                                  csrf: context.session?.csrfToken ?? "", message: message, error: error)
        return Page.render(page, chrome: chrome("Démonstration de \(result.product)", user, context), status: status)
    }
}
