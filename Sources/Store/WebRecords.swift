import Foundation
import GRDB

/// A person who logs in to the web application. Respondents never have accounts: their link is their key.
public struct UserRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "user"

    public enum Role: String, Codable, Sendable, CaseIterable {
        case admin, dim, facilitator, coordinator

        public var frenchName: String {
            switch self {
            case .admin: "administrateur·rice"
            case .dim: "DIM de la fédération"
            case .facilitator: "animateur·rice de groupes utilisateurs"
            case .coordinator: "coordinateur·rice d'équipe"
            }
        }
    }

    public var id: Int64
    public var email: String
    public var displayName: String
    /// bcrypt.
    public var passwordHash: String
    public var role: Role
    /// Coordinators only: the one team they see.
    public var teamId: Int64?
    public var createdAt: Date
    /// Set when the admin disables the account: it cannot sign in and its sessions are gone.
    public var disabledAt: Date?

    public init(id: Int64, email: String, displayName: String, passwordHash: String, role: Role, teamId: Int64?, createdAt: Date = Date(),
                disabledAt: Date? = nil) {
        self.id = id; self.email = email; self.displayName = displayName; self.passwordHash = passwordHash
        self.role = role; self.teamId = teamId; self.createdAt = createdAt; self.disabledAt = disabledAt
    }
}

public struct WebSessionRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "webSession"
    public var id: Int64
    public var token: String
    public var userId: Int64
    public var csrfToken: String
    public var createdAt: Date
    public var expiresAt: Date
}

public struct UserGroupSessionRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "userGroupSession"
    public var id: Int64
    public var software: String
    public var date: String
    public var data: String
    public var updatedAt: Date
}
