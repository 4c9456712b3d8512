import Application
import Catalog
import Comparator
import Dispatch
import Foundation
import HTTPTypes
import Hummingbird
import Store
import Survey

/// The respondents' links: status, mail-merge download, e-mail sending, a respondent added, a link revoked and
/// restored. Personal data, the DIM's only; every form has its CSRF token and every change goes through
/// `Application` (`RespondentAddition`, `InvitationSending`, `Store.Invitations`), as the CLI's.
extension WebApp {
    func campaignLinkRoutes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.add(middleware: RoleCheck(.dim))
        routes.get("liens") { request, context -> Response in
            let (user, erased) = (try context.signedInUser, request.uri.queryParameters.get("efface") != nil)
            return try linksPage(try campaign(context, user: user).1, user: user, context: context, message: erased ? Self.erasedMessage : nil)
        }
        routes.get("liens.csv") { _, context -> Response in
            let (_, campaign) = try campaign(context, user: try context.signedInUser)
            let links = try RespondentLinks.load(store, definition: survey, campaignID: campaign.id, baseURL: publicURL)
            return Page.download(try links.mailMerge(professionLabel: catalog.professionLabel),
                                 name: "liens-campagne-\(campaign.id).csv", type: "text/csv; charset=utf-8")
        }
        routes.get("liens/envoi") { request, context -> Response in
            let user = try context.signedInUser
            let (_, campaign) = try campaign(context, user: user)
            guard let kind = InvitationSending.Kind(rawValue: request.uri.queryParameters.get("type") ?? "") else { throw WebError.notFound }
            let plan = try sending.plan(campaignID: campaign.id, kind: kind)
            return Page.render(SendingConfirmationPage(id: campaign.id, plan: plan, csrf: context.session?.csrfToken ?? ""),
                               chrome: chrome("Envoi — \(campaign.name)", user, context))
        }
        routes.post("liens/envoi") { request, context -> Response in
            let user = try context.signedInUser
            let (_, campaign) = try campaign(context, user: user)
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            guard let kind = InvitationSending.Kind(rawValue: form.value("type") ?? "") else { throw WebError.notFound }
            return try await send(kind, campaign: campaign, user: user, context: context)
        }
        routes.post("liens/ajouter") { request, context -> Response in
            let user = try context.signedInUser
            let (_, campaign) = try campaign(context, user: user)
            let form = try await FormFields.read(request, context: context)
            try CSRF.verify(form, request: request, context: context)
            let typed = LinksPage.AddForm(profession: form.trimmed("profession"), email: form.trimmed("email"), identifier: form.trimmed("identifiant"))
            switch try RespondentAddition(database: store, professions: catalog.professions)
                .add(campaignID: campaign.id, profession: typed.profession, email: typed.email, identifier: typed.identifier) {
            case .success(let added):
                return try linksPage(campaign, user: user, context: context, message: "«\u{A0}\(added.label)\u{A0}» ajouté·e\u{A0}: son lien est dans la liste.")
            case .failure(let refusal):
                return try linksPage(campaign, user: user, context: context, form: typed.refused(refusal), status: .unprocessableContent)
            }
        }
        routes.get("liens/:respondent/revoquer") { _, context -> Response in
            let user = try context.signedInUser
            let (_, campaign) = try campaign(context, user: user)
            let respondent = try linkRespondent(context, campaign: campaign)
            return Page.render(RevocationConfirmationPage(id: campaign.id, respondent: respondent.id, label: respondent.label,
                                                          csrf: context.session?.csrfToken ?? ""),
                               chrome: chrome("Révoquer un lien — \(campaign.name)", user, context))
        }
        routes.post("liens/:respondent/revoquer") { request, context -> Response in
            try await setRevoked(true, request: request, context: context)
        }
        routes.post("liens/:respondent/retablir") { request, context -> Response in
            try await setRevoked(false, request: request, context: context)
        }
        return routes
    }

    /// The use case sending this server's e-mails: links on the server's public address.
    var sending: InvitationSending { InvitationSending(database: store, survey: survey, settings: settings, baseURL: publicURL) }

    /// After an erasure (`DataRightsRoutes`), the links page says what became of the person's data.
    static let erasedMessage = "Répondant·e effacé·e\u{A0}: ses réponses et son lien n'existent plus\u{A0}; "
        + "les documents de l'équipe sont calculés sans elle ou lui."

    func linksPage(_ campaign: CampaignRecord, user: UserRecord, context: WebRequestContext, message: String? = nil,
                   failures: [String] = [], form: LinksPage.AddForm = .init(), status: HTTPResponse.Status = .ok) throws -> Response {
        let links = try RespondentLinks.load(store, definition: survey, campaignID: campaign.id, baseURL: publicURL)
        let plans = (InvitationSending.plan(links, kind: .invitation).recipients.count,
                     InvitationSending.plan(links, kind: .reminder).recipients.count)
        let page = LinksPage(links: links, campaignID: campaign.id, plans: plans, canSend: settings.smtp != nil,
                             csrf: context.session?.csrfToken ?? "", professionLabel: catalog.professionLabel,
                             message: message, failures: failures, form: form)
        return Page.render(page, chrome: chrome("Liens — \(campaign.name)", user, context, wide: true), status: status)
    }

    /// Sends on a thread of its own: SMTP blocks on the network, which must not hold the server's cooperative threads.
    private func send(_ kind: InvitationSending.Kind, campaign: CampaignRecord, user: UserRecord, context: WebRequestContext) async throws -> Response {
        let sending = sending
        let outcome: InvitationSending.Outcome
        do {
            let transport = try sending.transport()
            outcome = try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(with: Result { try sending.send(campaignID: campaign.id, kind: kind, sender: user.email, through: transport) })
                }
            }
        } catch let error as MailError {
            return try linksPage(campaign, user: user, context: context, failures: [error.description.capitalizedFirst], status: .serviceUnavailable)
        }
        let without = outcome.withoutAddress.isEmpty ? "" : " Pas d'adresse\u{A0}: \(outcome.withoutAddress.map(\.record.label).joined(separator: ", "))."
        return try linksPage(campaign, user: user, context: context, message: "\(outcome.sent.count) \(kind.plural) envoyée(s).\(without)",
                             failures: outcome.failed.map { "\($0.person.record.label)\u{A0}: \($0.reason)" })
    }

    private func linkRespondent(_ context: WebRequestContext, campaign: CampaignRecord) throws -> RespondentRecord {
        guard let id = context.parameters.get("respondent", as: Int64.self),
              let respondent = try store.campaigns.respondents(campaignID: campaign.id).first(where: { $0.id == id }) else { throw WebError.notFound }
        return respondent
    }

    private func setRevoked(_ revoked: Bool, request: Request, context: WebRequestContext) async throws -> Response {
        let user = try context.signedInUser
        let (_, campaign) = try campaign(context, user: user)
        let form = try await FormFields.read(request, context: context)
        try CSRF.verify(form, request: request, context: context)
        let respondent = try linkRespondent(context, campaign: campaign)
        try store.invitations.setRevoked(revoked, respondentID: respondent.id, campaignID: campaign.id)
        return .redirect(to: "/campagnes/\(campaign.id)/liens")
    }
}

extension LinksPage.AddForm {
    /// The same typed values with the refusal shown at the top and beside its field.
    func refused(_ refusal: RespondentAddition.Refusal) -> Self {
        var form = self
        form.error = "\(FormLabels.all[refusal.field] ?? refusal.field)\u{A0}: \(refusal.message)"
        switch refusal.field {
        case "profession": form.professionError = refusal.message
        case "email": form.emailError = refusal.message
        default: form.identifierError = refusal.message
        }
        return form
    }
}
