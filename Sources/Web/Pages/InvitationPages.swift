import Application
import Foundation
import Reports
import Store
import Survey

/// `/campagnes/:campaign/liens`: one personal link per respondent with where they stand (`RespondentLinks`), the
/// e-mails sent, the mail-merge download, the sending buttons and the form adding a respondent; the DIM's only.
struct LinksPage: PageModel {
    static let template = "liens"

    struct Row: Sendable {
        var label: String; var profession: String; var email: String?; var link: String; var id: Int64; var campaign: Int64
        var revoked: Bool; var csrf: String; var status: String; var sendings: [String]
    }

    /// What the add-respondent form sends back when refused: what was typed and the message beside its field.
    struct AddForm: Sendable {
        var profession = "", email = "", identifier = ""
        var error: String?
        var professionError: String?, emailError: String?, identifierError: String?
    }

    var id: Int64
    var name: String
    var respondents: [Row]
    var notStarted: Int, inProgress: Int, finished: Int
    /// `nil` when no link is revoked (the count line then says nothing of it).
    var revokedCount: Int?
    var invitations: Int, reminders: Int
    var canSend: Bool
    var csrf: String
    var message: String?
    var failures: [String]
    var hasFailures: Bool
    var form: AddForm

    init(links: RespondentLinks, campaignID: Int64, plans: (invitations: Int, reminders: Int), canSend: Bool, csrf: String,
         professionLabel: (String) -> String, message: String? = nil, failures: [String] = [], form: AddForm = AddForm()) {
        (id, name) = (campaignID, links.campaignName)
        respondents = links.people.map { person in
            Row(label: person.record.label, profession: professionLabel(person.record.profession), email: person.record.email,
                link: person.link, id: person.record.id, campaign: campaignID, revoked: person.record.revoked, csrf: csrf,
                status: person.statusText, sendings: person.sendings.map(Self.sending))
        }
        (notStarted, inProgress, finished) = (links.count(.notStarted), links.count(.inProgress), links.count(.finished))
        revokedCount = links.revoked == 0 ? nil : links.revoked
        hasFailures = !failures.isEmpty
        (invitations, reminders) = plans
        (self.canSend, self.csrf, self.message, self.failures, self.form) = (canSend, csrf, message, failures, form)
    }

    /// « invitation le 1 décembre 2026 à 22 h 10 (dim@…) ».
    static func sending(_ record: InvitationSendingRecord) -> String {
        let time = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Paris")!, from: record.sentAt)
        let hour = String(format: "%d\u{A0}h\u{A0}%02d", time.hour ?? 0, time.minute ?? 0)
        return "\(record.kind) le \(FrenchDate.short(record.sentAt)) à \(hour) (\(record.sentBy))"
    }
}

/// The confirmation before sending e-mails: how many go, who has no address.
struct SendingConfirmationPage: PageModel {
    static let template = "liens-envoi"

    var id: Int64
    var kind: String
    var title: String
    var count: Int
    var recipients: [String]
    var withoutAddress: [String]
    var csrf: String
    var hasRecipients: Bool
    var hasWithoutAddress: Bool

    init(id: Int64, plan: InvitationSending.Plan, csrf: String) {
        (self.id, self.csrf, kind, count) = (id, csrf, plan.kind.rawValue, plan.recipients.count)
        title = plan.kind == .invitation ? "Envoyer les invitations" : "Relancer qui n'a pas terminé"
        recipients = plan.recipients.map { "\($0.record.label) — \($0.record.email ?? "")" }
        withoutAddress = plan.withoutAddress.map(\.record.label)
        (hasRecipients, hasWithoutAddress) = (!recipients.isEmpty, !withoutAddress.isEmpty)
    }
}

/// The confirmation before revoking a link.
struct RevocationConfirmationPage: PageModel {
    static let template = "liens-revocation"

    var id: Int64
    var respondent: Int64
    var label: String
    var csrf: String
}
