import Crypto
import Foundation
import GRDB

/// What the admin (and each user, for their own password) changes on an account. Every change that takes access
/// away also ends the account's sessions in the same transaction, so an open browser loses it at its next request.
extension Accounts {
    public func find(id: Int64) throws -> UserRecord? {
        try writer.read { db in try UserRecord.fetchOne(db, key: id) }
    }

    /// Replaces the password hash and ends every session of the account except `keptSession` (the one in use).
    public func setPassword(userID: Int64, passwordHash: String, keepingSession keptSession: String? = nil) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE \"user\" SET passwordHash = ? WHERE id = ?", arguments: [passwordHash, userID])
            try WebSessionRecord.deleteAll(db, where: "userId = ? AND token IS DISTINCT FROM ?", arguments: [userID, keptSession])
        }
    }

    /// Disables (and ends its sessions) or re-enables an account. The last active admin cannot be disabled.
    public func setDisabled(_ disabled: Bool, userID: Int64) throws {
        let now = clock()
        try writer.write { db in
            if disabled { try Self.keepAnAdmin(db, without: userID) }
            try db.execute(sql: "UPDATE \"user\" SET disabledAt = ? WHERE id = ?", arguments: [disabled ? now : nil, userID])
            if disabled { try WebSessionRecord.deleteAll(db, where: "userId = ?", arguments: [userID]) }
        }
    }

    /// Gives an account another role (a coordinator's team; the schema refuses a coordinator without one). The last
    /// active admin cannot be demoted. The account's sessions end, so its pages follow the new role at once.
    public func setRole(_ role: UserRecord.Role, teamID: Int64?, userID: Int64) throws {
        try writer.write { db in
            if role != .admin { try Self.keepAnAdmin(db, without: userID) }
            if let teamID, try TeamRecord.fetchOne(db, key: teamID) == nil { throw StoreError.unknownTeam(String(teamID)) }
            try db.execute(sql: "UPDATE \"user\" SET role = ?, teamId = ? WHERE id = ?",
                           arguments: [role.rawValue, role == .coordinator ? teamID : nil, userID])
            try WebSessionRecord.deleteAll(db, where: "userId = ?", arguments: [userID])
        }
    }

    /// Ends every session of an account; returns how many there were.
    @discardableResult
    public func revokeSessions(userID: Int64) throws -> Int {
        try writer.write { db in try WebSessionRecord.deleteAll(db, where: "userId = ?", arguments: [userID]) }
    }

    /// Read inside the writing transaction, so two admins demoting each other at once cannot both succeed.
    private static func keepAnAdmin(_ db: StoreDB, without userID: Int64) throws {
        let others = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"user\" WHERE role = 'admin' AND disabledAt IS NULL AND id <> ?",
                                      arguments: [userID]) ?? 0
        let isActiveAdmin = try Bool.fetchOne(db, sql: "SELECT role = 'admin' AND disabledAt IS NULL FROM \"user\" WHERE id = ?",
                                              arguments: [userID]) ?? false
        if isActiveAdmin && others == 0 { throw StoreError.lastAdmin }
    }
}

/// One-time password reset links. The token (160 bits, `Token.make`) is given once to the admin; only its SHA-256
/// is stored. A link works once, before it expires, and only for an account that is not disabled.
public struct PasswordResets: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// A new link's token, valid `lifetime` seconds.
    public func issue(userID: Int64, lifetime: TimeInterval) throws -> String {
        let token = Token.make(), now = clock()
        try writer.write { db in
            try db.execute(sql: "INSERT INTO passwordReset (userId, tokenHash, createdAt, expiresAt) VALUES (?, ?, ?, ?)",
                           arguments: [userID, Self.digest(token), now, now.addingTimeInterval(lifetime)])
        }
        return token
    }

    /// The account a link still opens, or `nil` (unknown, used, expired, disabled account).
    public func account(token: String) throws -> UserRecord? {
        try writer.read { db in try Self.live(db, token: token, now: clock()).map(\.1) }
    }

    /// Sets the password through a link, marks it used and ends every session of the account; `nil` when the link
    /// no longer opens anything (nothing is written then).
    public func redeem(token: String, passwordHash: String) throws -> UserRecord? {
        let now = clock()
        return try writer.write { db in
            guard let (resetID, user) = try Self.live(db, token: token, now: now) else { return nil }
            try db.execute(sql: "UPDATE passwordReset SET usedAt = ? WHERE id = ?", arguments: [now, resetID])
            try db.execute(sql: "UPDATE \"user\" SET passwordHash = ? WHERE id = ?", arguments: [passwordHash, user.id])
            try WebSessionRecord.deleteAll(db, where: "userId = ?", arguments: [user.id])
            return user
        }
    }

    private static func live(_ db: StoreDB, token: String, now: Date) throws -> (Int64, UserRecord)? {
        guard let row = try StoredRow.fetchOne(db, sql: """
            SELECT id, userId FROM passwordReset WHERE tokenHash = ? AND usedAt IS NULL AND expiresAt > ?
            """, arguments: [digest(token), now]),
            let user = try UserRecord.fetchOne(db, key: row["userId"] as Int64), user.disabledAt == nil else { return nil }
        return (row["id"], user)
    }

    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
