import Application
import Foundation
import Hummingbird
import Reports
import Store

/// `/d/TOKEN…`: a demonstration scored on phones, without account or JavaScript, like the questionnaire. The
/// evaluation's link asks who scores and opens a sheet with its own link, which its author can correct until the DIM
/// closes the evaluation. Every check is `DemoEvaluation`'s.
extension WebApp {
    func evaluationLinkRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get(":token") { request, context -> Response in
            let evaluation = try linkedEvaluation(context)
            if evaluation.isClosed { return closedEvaluationPage(status: .ok) }
            return try startPage(request, context, evaluation, profession: "", name: "", errors: [:])
        }
        routes.post(":token") { request, context -> Response in
            let evaluation = try linkedEvaluation(context)
            if evaluation.isClosed { return closedEvaluationPage(status: .conflict) }
            let form = try await FormFields.read(request, context: context)
            let (profession, name) = (form.value(DemoEvaluation.Field.profession) ?? "", form.value(DemoEvaluation.Field.name) ?? "")
            do { try CSRF.verify(form, request: request, context: context) } catch WebError.badCSRF {
                return try startPage(request, context, evaluation, profession: profession, name: name,
                                     errors: ["": "La page était restée ouverte trop longtemps\u{00A0}: validez à nouveau."], status: .forbidden)
            }
            do {
                let sheet = try evaluations.startSheet(evaluation: evaluation, profession: profession, name: name)
                return .redirect(to: sheetPath(evaluation, sheet))
            } catch let refusal as DemoEvaluation.SheetRefusal {
                return try startPage(request, context, evaluation, profession: profession, name: name, errors: refusal.problems,
                                     status: .unprocessableContent)
            }
        }
        routes.get(":token/fiche/:sheet") { request, context -> Response in
            let (evaluation, sheet) = try linkedSheet(context)
            if evaluation.isClosed { return closedEvaluationPage(status: .ok) }
            let snapshot = try evaluations.snapshot(evaluation.id)
            return try sheetPage(request, context, snapshot, sheet, values: EvaluationSheetPage.values(sheet, scores: snapshot.scores(of: sheet)),
                                 errors: [:], saved: request.uri.queryParameters.get("ok") != nil)
        }
        routes.post(":token/fiche/:sheet") { request, context -> Response in
            try await saveSheet(request, context)
        }
        return routes
    }

    var evaluations: DemoEvaluation { DemoEvaluation(store: store, reference: catalog, survey: survey) }

    /// A sheet sent: checked by `DemoEvaluation.sheet`, saved whole, then shown again saved (or with its errors).
    private func saveSheet(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let (evaluation, sheet) = try linkedSheet(context)
        if evaluation.isClosed { return closedEvaluationPage(status: .conflict) }
        let snapshot = try evaluations.snapshot(evaluation.id)
        let form = try await FormFields.read(request, context: context, keepingPage: true)
        var sent: [String: String] = [:]
        for scenario in snapshot.scenarios {
            for field in [DemoEvaluation.Field.choice(scenario.id), DemoEvaluation.Field.comment(scenario.id)] { sent[field] = form.value(field) }
        }
        for field in [DemoEvaluation.Field.profession, DemoEvaluation.Field.name] { sent[field] = form.value(field) }
        do { try CSRF.verify(form, request: request, context: context) } catch WebError.badCSRF {
            return try sheetPage(request, context, snapshot, sheet, values: sent, errors: [:], saved: false, status: .forbidden, expired: true)
        }
        var errors = ItemFields.cleaned(form)
        switch evaluations.sheet(scenarios: snapshot.scenarios, values: form.values) {
        case .failure(let refusal): errors.merge(refusal.problems) { first, _ in first }
        case .success(let change) where errors.isEmpty:
            // A store refusal here is the DIM's closing between the read and the save.
            do { try evaluations.save(sheet: sheet, change) } catch is StoreError { return closedEvaluationPage(status: .conflict) }
            return .redirect(to: sheetPath(evaluation, sheet) + "?ok=1")
        case .success: break
        }
        return try sheetPage(request, context, snapshot, sheet, values: sent, errors: errors, saved: false, status: .unprocessableContent)
    }

    private func linkedEvaluation(_ context: WebRequestContext) throws -> EvaluationRecord {
        guard let token = context.parameters.get("token"), token.count <= 64, let evaluation = try store.evaluations.find(token: token) else {
            throw WebError.notFound
        }
        return evaluation
    }

    /// The sheet of the path, only under its own evaluation's link.
    private func linkedSheet(_ context: WebRequestContext) throws -> (EvaluationRecord, EvaluationSheetRecord) {
        let evaluation = try linkedEvaluation(context)
        guard let token = context.parameters.get("sheet"), token.count <= 64, let sheet = try store.evaluations.sheet(token: token),
              sheet.evaluationId == evaluation.id else { throw WebError.notFound }
        return (evaluation, sheet)
    }

    private func sheetPath(_ evaluation: EvaluationRecord, _ sheet: EvaluationSheetRecord) -> String {
        DemoEvaluation.link(base: "", token: evaluation.token) + "/fiche/" + sheet.token
    }

    private func closedEvaluationPage(status: HTTPResponse.Status) -> Response {
        Page.render(ErrorPage(title: "Évaluation close",
                              message: "Le DIM a clos cette évaluation\u{00A0}: les fiches ne peuvent plus être modifiées. Merci de votre participation."),
                    chrome: .init(title: "Évaluation close"), status: status)
    }

    private func productName(_ evaluation: EvaluationRecord) throws -> String {
        try store.products.find(id: evaluation.productId)?.name ?? evaluation.productId
    }

    private func startPage(_ request: Request, _ context: WebRequestContext, _ evaluation: EvaluationRecord, profession: String,
                           name: String, errors: [String: String], status: HTTPResponse.Status = .ok) throws -> Response {
        let (csrf, cookie) = CSRF.token(for: request, context: context)
        let page = EvaluationStartPage(product: try productName(evaluation), date: FrenchDate.long(evaluation.date),
                                       scenarios: try evaluations.snapshot(evaluation.id).scenarios.count,
                                       action: DemoEvaluation.link(base: "", token: evaluation.token), csrf: csrf,
                                       professions: EvaluationStartPage.professions(catalog, selected: profession), name: name,
                                       error: errors[""], professionError: errors[DemoEvaluation.Field.profession],
                                       nameError: errors[DemoEvaluation.Field.name])
        return Page.render(page, chrome: .init(title: "Démonstration"), status: status, cookie: cookie)
    }

    private func sheetPage(_ request: Request, _ context: WebRequestContext, _ snapshot: EvaluationSnapshot, _ sheet: EvaluationSheetRecord,
                           values: [String: String], errors: [String: String], saved: Bool, status: HTTPResponse.Status = .ok,
                           expired: Bool = false) throws -> Response {
        let (csrf, cookie) = CSRF.token(for: request, context: context)
        let page = EvaluationSheetPage(
            product: try productName(snapshot.evaluation), date: FrenchDate.long(snapshot.evaluation.date),
            action: sheetPath(snapshot.evaluation, sheet), csrf: csrf,
            professions: EvaluationStartPage.professions(catalog, selected: values[DemoEvaluation.Field.profession] ?? sheet.profession),
            name: values[DemoEvaluation.Field.name] ?? "", professionError: errors[DemoEvaluation.Field.profession],
            nameError: errors[DemoEvaluation.Field.name],
            scenarios: EvaluationSheetPage.scenarios(snapshot.scenarios, values: values, errors: errors), saved: saved,
            hasErrors: !errors.isEmpty, expired: expired)
        return Page.render(page, chrome: .init(title: "Ma fiche de démonstration"), status: status, cookie: cookie)
    }
}
