import Foundation
import GRDB
import Survey

// Plain Codable records, one per table. Columns are named after the properties.

public struct FederationRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "federation"
    public var id: Int64
    public var name: String
    public var createdAt: Date
}

public struct TeamRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "team"
    public var id: Int64
    public var federationId: Int64
    public var name: String
    public var fictional: Bool
    public var createdAt: Date

    /// The schema's rule on team names (1 to 200 characters, counted as SQLite counts them), in French; `nil` when
    /// the name is fine. The web form, the CLI and `addTeam` all check it.
    public static let maximumNameLength = 200
    public static func nameProblem(_ name: String) -> String? {
        let length = TypedText.length(name)
        if length == 0 || length > maximumNameLength || TypedText.hasControlCharacter(name) {
            return "nom de l'équipe : de 1 à \(maximumNameLength) caractères, sans caractère de contrôle"
        }
        return nil
    }
}

public struct CampaignRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "campaign"
    public var id: Int64
    public var teamId: Int64
    public var name: String
    public var questionnaireVersion: String
    public var createdAt: Date
}

/// A person invited to answer. `label` is a pseudonym chosen by the DIM ("IDE 1"), not necessarily a name.
public struct RespondentRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "respondent"
    public var id: Int64
    public var campaignId: Int64
    public var label: String
    public var profession: String
    /// At least 128 random bits, base32: the respondent's link.
    public var token: String
    public var revoked: Bool
    public var createdAt: Date
    /// When they submitted the last page of the questionnaire (web), if they did.
    public var completedAt: Date?
    /// Where invitations and reminders go (`Invitee.checkedEmail`'s spelling); `nil`: « pas d'adresse ».
    public var email: String?
    /// The furthest questionnaire page they saved (1-based) and how many pages their profession's questionnaire
    /// had then: « en cours (page k sur n) » (`InvitationSchema`).
    public var lastPage: Int?
    public var pageCount: Int?
}

public struct AnswerRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "answer"
    public var id: Int64
    public var respondentId: Int64
    public var itemId: String
    public var value: String
    public var answeredAt: Date
}

public struct TeamAnswerRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "teamAnswer"
    public var id: Int64
    public var campaignId: Int64
    public var itemId: String
    public var value: String
    public var answeredAt: Date
}

public struct ActionRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "action"
    public var id: Int64
    public var campaignId: Int64
    public var dimensionId: String
    public var title: String
    public var lead: String?
    public var dueDate: String?
    public var means: String
    public var indicator: String
    public var status: String
    public var updatedAt: Date
}

extension [TeamAnswerRecord] {
    /// Item id → value.
    public var byItem: [String: String] { Dictionary(map { ($0.itemId, $0.value) }, uniquingKeysWith: { _, last in last }) }
}

/// One invitation or reminder e-mail sent to a respondent (`InvitationSchema`).
public struct InvitationSendingRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "invitationSending"
    public var id: Int64
    public var respondentId: Int64
    /// `invitation` or `relance`.
    public var kind: String
    public var email: String
    public var sentBy: String
    public var sentAt: Date
}
