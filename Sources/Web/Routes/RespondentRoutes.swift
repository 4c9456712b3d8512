import Application
import Foundation
import Hummingbird
import Store
import Survey

/// The respondent's questionnaire: their link is their key; no account, no JavaScript.
extension WebApp {
    /// `/r/TOKEN…`: no role check, the unguessable link is the key (unknown or revoked: a plain 404).
    func respondentRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        // Resume where they stopped.
        routes.get(":token") { request, context -> Response in
            let read = try respondentPage(context)
            let (respondent, answers) = (read.respondent, read.answers)
            let pager = pagers.pager(for: respondent.profession)
            // Someone who reached the end is done, even with optional questions left blank.
            guard respondent.completedAt == nil, let page = pager.resume(answers: answers) else {
                return .redirect(to: respondentPath(respondent, "/merci"))
            }
            return .redirect(to: respondentPath(respondent, "/page/\(page + 1)"))
        }

        routes.get(":token/page/:page") { request, context -> Response in
            let read = try respondentPage(context)
            let (respondent, answers) = (read.respondent, read.answers)
            let pager = pagers.pager(for: respondent.profession)
            let index = try pageIndex(context, pager: pager)
            return questionnairePage(request: request, context: context, read: read, pager: pager, index: index,
                                     values: answers, errors: [:], answers: answers)
        }

        routes.post(":token/page/:page") { request, context -> Response in
            try await saveQuestionnairePage(request, context)
        }

        routes.get(":token/merci") { request, context -> Response in
            let respondent = try respondentPage(context).respondent
            return Page.render("merci", ["first": respondentPath(respondent, "/page/1")], chrome: .init(title: "Merci"))
        }
        return routes
    }

    /// A page sent: checked and saved through `AnswerSaving` (the rule the team page and `answers import` share),
    /// then the next page, the previous one ("Page précédente" saves too) or the thanks.
    private func saveQuestionnairePage(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let read = try respondentPage(context)
        let (respondent, stored) = (read.respondent, read.answers)
        let form = try await FormFields.read(request, context: context, keepingPage: true)
        let pager = pagers.pager(for: respondent.profession)
        let index = try pageIndex(context, pager: pager)
        let shown = pager.shown(index, answers: stored)
        // Skip rules are applied to the answers as they will be once this page is saved.
        let page = AnswerSaving.Page(shown: shown, stored: stored, submitted: ItemFields.submitted(shown, form: form))
        let merged = page.merged
        do { try CSRF.verify(form, request: request, context: context) } catch WebError.badCSRF {
            // The form outlived its cookie (a browser restarted, a phone that slept): nothing is saved, but what
            // was typed comes back on the page with a fresh form, instead of an error page that loses it.
            return questionnairePage(request: request, context: context, read: read, pager: pager, index: index,
                                     values: merged, errors: [:], answers: merged, status: .forbidden, expired: true)
        }
        // "Page précédente" saves what was typed too; only a missing answer does not hold it back.
        let backwards = form.value("aller") == "precedente"
        let saving = AnswerSaving(database: store, survey: survey)
        var checked = saving.checkRespondentPage(page, respondent: respondent, requireAnswers: !backwards) { item, merged in
            pager.isAsked(item, answers: merged)
        }
        checked.errors.merge(ItemFields.cleaned(form)) { first, _ in first }
        guard checked.errors.isEmpty else {
            return questionnairePage(request: request, context: context, read: read, pager: pager, index: index,
                                     values: merged, errors: checked.errors, answers: merged, status: .unprocessableContent)
        }
        if backwards {
            try saving.saveRespondentPage(checked, respondent: respondent, completes: false, page: (index + 1, pager.pages.count))
            let previous = pager.previous(before: index, answers: checked.after) ?? index
            return .redirect(to: respondentPath(respondent, "/page/\(previous + 1)"))
        }
        let next = pager.next(after: index, answers: checked.after)
        try saving.saveRespondentPage(checked, respondent: respondent, completes: next == nil, page: (index + 1, pager.pages.count))
        if let next { return .redirect(to: respondentPath(respondent, "/page/\(next + 1)")) }
        return .redirect(to: respondentPath(respondent, "/merci"))
    }

    /// The respondent of the link and their answers, in the page view's one database read; unknown or revoked links
    /// get the same plain 404 as any unknown page.
    private func respondentPage(_ context: WebRequestContext) throws -> RespondentPageRead {
        guard let token = context.parameters.get("token"), token.count <= 64, let read = try store.campaigns.respondentPage(token: token) else {
            throw WebError.notFound
        }
        return read
    }

    /// A path under the respondent's own link (`CampaignSetup.link`, the one place links are spelled).
    private func respondentPath(_ respondent: RespondentRecord, _ rest: String) -> String {
        CampaignSetup.link(base: "", token: respondent.token) + rest
    }

    /// The first page's welcome: the federation, the team, the profession, the questionnaire's length, the notice.
    private func welcome(_ read: RespondentPageRead, pager: QuestionnairePager) -> RespondentWelcome {
        let length = pager.length
        return RespondentWelcome(notice: PrivacyNotice(settings: settings), team: read.teamName,
                                 profession: survey.professionLabel(read.respondent.profession), pages: length.pages, minutes: length.minutes)
    }

    private func pageIndex(_ context: WebRequestContext, pager: QuestionnairePager) throws -> Int {
        guard let page = context.parameters.get("page", as: Int.self), page >= 1, page <= pager.pages.count else { throw WebError.notFound }
        return page - 1
    }

    private func questionnairePage(request: Request, context: WebRequestContext, read: RespondentPageRead, pager: QuestionnairePager,
                                   index: Int, values: [String: String], errors: [String: String], answers: [String: String],
                                   status: HTTPResponse.Status = .ok, expired: Bool = false) -> Response {
        let respondent = read.respondent
        let (csrf, cookie) = CSRF.token(for: request, context: context)
        let items = pager.shown(index, answers: answers)
        let fields = Page.fragment("items", ["items": ItemFields.view(items, definition: survey, values: values, errors: errors,
                                                                      shownWith: Set(pager.pages[index].items.map(\.id)))])
        let section = pager.pages[index].section
        let isLast = pager.isSurelyLast(index, answers: answers)
        let values: [String: Any] = [
            "questionnaire": survey.questionnaire.title, "page": index + 1, "pages": pager.pages.count, "section": section.title,
            // On every page of its section: someone resuming mid-section, or arriving from the welcome, reads it too.
            "intro": section.intro as Any, "expired": expired,
            "hasErrors": !errors.isEmpty, "action": respondentPath(respondent, "/page/\(index + 1)"), "csrf": csrf, "fields": fields,
            "hasPrevious": pager.previous(before: index, answers: answers) != nil,
            "welcome": (index == 0 ? welcome(read, pager: pager) : nil) as Any,
            "nextLabel": isLast ? "Terminer et envoyer mes réponses" : "Enregistrer et continuer",
        ]
        return Page.render("questionnaire", values, chrome: .init(title: "Questionnaire, page \(index + 1)"), status: status, cookie: cookie)
    }
}
