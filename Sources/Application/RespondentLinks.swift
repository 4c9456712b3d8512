import Foundation
import Store
import Survey

/// A campaign's respondents as the DIM follows them: each one's link, where they stand (not started, in progress
/// at page k of n, finished — `SurveyDefinition.status(of:)`, the rule the synthesis uses), their address and the
/// e-mails sent. The links page, the mail-merge CSV and the invitations all read it.
public struct RespondentLinks: Sendable {
    public struct Person: Sendable {
        public let record: RespondentRecord
        public let status: ResponseStatus
        /// The full link, on the federation's base URL.
        public let link: String
        public let sendings: [InvitationSendingRecord]

        /// « pas commencé », « en cours (page 2 sur 5) », « terminé », or « lien révoqué ».
        public var statusText: String {
            if record.revoked { return "lien révoqué" }
            guard status == .inProgress, let page = record.lastPage, let count = record.pageCount else { return status.rawValue }
            return "en cours (page \(min(page, count)) sur \(count))"
        }
    }

    public let people: [Person]
    public let teamName: String
    public let campaignName: String

    public init(snapshot: CampaignSnapshot, definition: SurveyDefinition, sendings: [Int64: [InvitationSendingRecord]], baseURL: String) {
        (teamName, campaignName) = (snapshot.team.name, snapshot.campaign.name)
        people = zip(snapshot.respondents, snapshot.pooled).map { record, answers in
            Person(record: record, status: definition.status(of: answers),
                   link: CampaignSetup.link(base: baseURL, token: record.token), sendings: sendings[record.id] ?? [])
        }
    }

    /// The campaign read in one snapshot, with its sendings.
    public static func load(_ database: AppDatabase, definition: SurveyDefinition, campaignID: Int64, baseURL: String) throws -> RespondentLinks {
        RespondentLinks(snapshot: try database.campaigns.snapshot(campaignID: campaignID), definition: definition,
                        sendings: try database.invitations.sendings(campaignID: campaignID), baseURL: baseURL)
    }

    /// How many live links are at each status (revoked links are counted apart).
    public func count(_ status: ResponseStatus) -> Int { people.count { !$0.record.revoked && $0.status == status } }
    public var revoked: Int { people.count { $0.record.revoked } }

    /// The mail-merge file: one row per live link, for a spreadsheet's or a mail client's merge. Formula-escaped,
    /// `;`, byte-order mark (`CSVText.spreadsheet`, like every CSV the DIM downloads).
    public func mailMerge(professionLabel: (String) -> String) throws -> Data {
        try CSVText.make(header: ["identifiant", "profession", "e-mail", "lien", "état"], rows: people.filter { !$0.record.revoked }.map { person in
            [.text(person.record.label), .text(professionLabel(person.record.profession)), .text(person.record.email ?? ""),
             .text(person.link), .text(person.statusText)]
        }, dialect: .spreadsheet)
    }
}
