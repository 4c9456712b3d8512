import Application
import Catalog
import Foundation
import Hummingbird
import Store

extension WebApp {
    /// `/campagnes/:campaign/import`: a KoboToolbox or LimeSurvey export sent as a file, for the DIM and the team's
    /// coordinator (the campaign's routes check the role and the team). The same use case as `answers import --from`.
    func answerImportRoutes(_ routes: RouteCollection<WebRequestContext>) {
        routes.get("import") { _, context -> Response in
            let user = try context.signedInUser
            let (team, campaign) = try campaign(context, user: user)
            let page = AnswerImportPage(id: campaign.id, team: team.name, campaign: campaign.name,
                                        csrf: context.session?.csrfToken ?? "", tool: nil)
            return Page.render(page, chrome: chrome("Importer des réponses", user, context))
        }
        routes.post("import") { request, context -> Response in
            let user = try context.signedInUser
            let (team, campaign) = try campaign(context, user: user)
            let form = try await UploadForm.read(request, context: context)
            try CSRF.verify(sent: form.text(CSRF.field), request: request, context: context)
            let tool = form.text("outil").flatMap(SurveyTool.init(rawValue:))
            func page(_ imported: [String] = [], problems: [String] = [], missingFile: Bool = false, status: HTTPResponse.Status) -> Response {
                let model = AnswerImportPage(id: campaign.id, team: team.name, campaign: campaign.name, csrf: context.session?.csrfToken ?? "",
                                             tool: tool, imported: imported, problems: problems, missingFile: missingFile)
                return Page.render(model, chrome: chrome("Importer des réponses", user, context), status: status)
            }
            guard let tool, let file = form.file("fichier") else { return page(missingFile: true, status: .unprocessableContent) }
            // Browsers send the file's name only; a path some send is cut to its last component.
            let name = file.filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? "fichier"
            switch try SurveyToolImport(database: store, survey: survey).importFile(file.data, name: name, from: tool, campaignID: campaign.id) {
            case .failure(let problems): return page(problems: problems.issues.map(\.description), status: .unprocessableContent)
            case .success(let summary): return page(summary.lines, status: .ok)
            }
        }
    }
}
