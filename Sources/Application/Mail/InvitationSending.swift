import Catalog
import Foundation
import Store
import Survey

/// Sending the campaign's links by e-mail (the links page's buttons and `sipadvisor campaign invite`): invitations
/// to the live links never invited and not finished, reminders to every live link not finished. A respondent
/// without an address is listed as « pas d'adresse », not an error. Each message accepted by the relay is
/// recorded at once (who, to which address, when, which kind).
public struct InvitationSending: Sendable {
    public enum Kind: String, Sendable {
        case invitation
        case reminder = "relance"

        /// « invitation(s) » / « relance(s) » for counts.
        public var plural: String { self == .invitation ? "invitation(s)" : "relance(s)" }
    }

    /// Who a sending would reach, before anything is sent (the confirmation's count, `--dry-run`).
    public struct Plan: Sendable {
        public let kind: Kind
        public let recipients: [RespondentLinks.Person]
        public let withoutAddress: [RespondentLinks.Person]
    }

    public struct Outcome: Sendable {
        public var sent: [RespondentLinks.Person] = []
        public var failed: [(person: RespondentLinks.Person, reason: String)] = []
        public var withoutAddress: [RespondentLinks.Person] = []
    }

    public let database: AppDatabase
    public let survey: SurveyDefinition
    public let settings: FederationSettings
    /// The links' base URL (the federation's `base_url`, or the server's address).
    public let baseURL: String

    public init(database: AppDatabase, survey: SurveyDefinition, settings: FederationSettings, baseURL: String) {
        self.database = database; self.survey = survey; self.settings = settings; self.baseURL = baseURL
    }

    public func plan(campaignID: Int64, kind: Kind) throws -> Plan {
        Self.plan(try RespondentLinks.load(database, definition: survey, campaignID: campaignID, baseURL: baseURL), kind: kind)
    }

    /// Who `kind` concerns among live links not finished: everyone for a reminder, those never invited for an
    /// invitation (a respondent added later gets theirs without the others getting a second one).
    public static func plan(_ links: RespondentLinks, kind: Kind) -> Plan {
        let concerned = links.people.filter { person in
            guard !person.record.revoked, person.status != .finished else { return false }
            return kind == .reminder || !person.sendings.contains { $0.kind == Kind.invitation.rawValue }
        }
        return Plan(kind: kind, recipients: concerned.filter { $0.record.email != nil },
                    withoutAddress: concerned.filter { $0.record.email == nil })
    }

    /// The relay of the settings, or why invitations cannot be sent.
    public func transport() throws -> any MailTransport {
        guard let smtp = settings.smtp else {
            throw MailError(description: "envoi impossible\u{A0}: les réglages smtp_host et smtp_from (ou SIPADVISOR_SMTP_HOST et "
                            + "SIPADVISOR_SMTP_FROM) ne sont pas renseignés")
        }
        return SMTPTransport(host: smtp.host, port: smtp.port, from: smtp.from, fromName: settings.shown(.federationName))
    }

    /// Sends the plan's messages one by one through `transport`; `sender` is who asked (recorded with each).
    /// Stops at the first failure to reach the relay (what went before is recorded); a refused recipient is
    /// reported and the others still go.
    public func send(campaignID: Int64, kind: Kind, sender: String, through transport: any MailTransport) throws -> Outcome {
        let links = try RespondentLinks.load(database, definition: survey, campaignID: campaignID, baseURL: baseURL)
        let plan = Self.plan(links, kind: kind)
        var outcome = Outcome(withoutAddress: plan.withoutAddress)
        for person in plan.recipients {
            guard let email = person.record.email else { continue }
            do {
                try transport.send(InvitationMail(settings: settings, baseURL: baseURL, teamName: links.teamName)
                    .message(to: email, person: person, kind: kind, professionLabel: survey.professionLabel))
            } catch let error as MailError {
                outcome.failed.append((person, error.description))
                if error.relayUnreachable { break }
                continue
            }
            try database.invitations.record([(person.record.id, email)], kind: kind.rawValue, by: sender)
            outcome.sent.append(person)
        }
        return outcome
    }
}

/// The words of an invitation and of a reminder, in French, with the federation's name, the DIM's contact and
/// the privacy notice's address from the settings.
struct InvitationMail {
    let settings: FederationSettings
    let baseURL: String
    let teamName: String

    func message(to email: String, person: RespondentLinks.Person, kind: InvitationSending.Kind,
                 professionLabel: (String) -> String) -> MailMessage {
        let federation = settings.shown(.federationName)
        let subject = kind == .invitation
            ? "Questionnaire\u{A0}: le logiciel partagé de «\u{A0}\(teamName)\u{A0}»"
            : "Rappel\u{A0}: votre questionnaire pour «\u{A0}\(teamName)\u{A0}»"
        var lines = ["Bonjour,", ""]
        if kind == .reminder {
            let whereNow = person.status == .inProgress ? " Vous en êtes\u{A0}: \(person.statusText)." : ""
            lines += ["Votre questionnaire n'est pas encore terminé.\(whereNow) Il reste ouvert avec le même lien.", ""]
        }
        lines += [
            "\(federation) recueille les besoins de l'équipe «\u{A0}\(teamName)\u{A0}» pour l'aider à choisir son logiciel partagé.",
            "Votre questionnaire personnel (\(professionLabel(person.record.profession))) s'ouvre avec ce lien\u{A0}:",
            "", person.link, "",
            "Ce lien est personnel\u{A0}: merci de ne pas le transférer. Vous pouvez vous arrêter et reprendre plus tard.",
            "Qui lit vos réponses, combien de temps elles sont gardées et vos droits\u{A0}: \(CampaignSetup.privacyNoticeURL(base: baseURL))",
            "Une question\u{A0}? Contactez le DIM\u{A0}: \(settings.shown(.dimContact)).",
            "", federation,
        ]
        return MailMessage(to: email, subject: subject, body: lines.joined(separator: "\n"))
    }
}
