import Foundation
import GRDB

/// What the audit log records. The raw values are stored; the French names are what pages, exports and the CLI show.
public enum AuditKind: String, Codable, Sendable, CaseIterable {
    case answersExport = "answers-export"
    case respondentErasure = "respondent-erasure"
    case purge
    case roleChange = "role-change"
    case accountDisabled = "account-disabled"
    case accountEnabled = "account-enabled"
    case loginSuccess = "login-success"
    case loginFailure = "login-failure"
    case resetLinkIssued = "reset-link"

    public var frenchName: String {
        switch self {
        case .answersExport: "export de réponses individuelles"
        case .respondentErasure: "effacement d'un répondant"
        case .purge: "purge"
        case .roleChange: "changement de rôle"
        case .accountDisabled: "compte désactivé"
        case .accountEnabled: "compte réactivé"
        case .loginSuccess: "connexion réussie"
        case .loginFailure: "connexion refusée"
        case .resetLinkIssued: "lien de réinitialisation créé"
        }
    }
}

/// Who did it: a signed-in account (its id and address), or the command line on the server.
public struct AuditActor: Sendable, Equatable {
    public let id: Int64?
    public let name: String

    public init(id: Int64?, name: String) { (self.id, self.name) = (id, name) }

    public static func account(_ user: UserRecord) -> AuditActor { AuditActor(id: user.id, name: user.email) }
    /// Commands run on the server by whoever has a shell there.
    public static let commandLine = AuditActor(id: nil, name: "cli")
}

public struct AuditEventRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "auditEvent"
    public var id: Int64
    public var at: Date
    public var actorId: Int64?
    public var actor: String
    public var kind: AuditKind
    /// What it was about, e.g. « campagne 3, répondant « IDE 1 » » or an account's address.
    public var target: String
    public var detail: String
}
