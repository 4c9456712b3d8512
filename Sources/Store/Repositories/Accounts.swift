import Foundation
import GRDB

/// Web accounts. Passwords arrive hashed (`Application.AccountRules.hash`): the store never sees one.
public struct Accounts: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    @discardableResult
    public func add(email: String, displayName: String, passwordHash: String, role: UserRecord.Role, teamID: Int64?) throws -> UserRecord {
        let email = EmailAddress.normalised(email)
        return try writer.write { db in
            if try UserRecord.fetchCount(db, where: "email = ?", arguments: [email]) > 0 {
                throw StoreError.duplicateUser(email)
            }
            if let teamID, try TeamRecord.fetchOne(db, key: teamID) == nil { throw StoreError.unknownTeam(String(teamID)) }
            return try db.insertReturning(UserRecord.self, into: "user", [
                "email": email, "displayName": displayName, "passwordHash": passwordHash, "role": role.rawValue,
                "teamId": role == .coordinator ? teamID : nil, "createdAt": clock(),
            ])
        }
    }

    /// The account of an address, however it was typed (see `EmailAddress.normalised`).
    public func find(email: String) throws -> UserRecord? {
        let email = EmailAddress.normalised(email)
        return try writer.read { db in try UserRecord.fetchOne(db, where: "email = ?", arguments: [email]) }
    }

    public func all() throws -> [UserRecord] {
        try writer.read { db in try UserRecord.fetchAll(db, order: "email") }
    }
}

/// Logged-in sessions: the cookie's token and the CSRF token of the user's forms.
public struct WebSessions: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// Opens a session for a user (fresh session and CSRF tokens) valid `lifetime` seconds (`AccountRules.sessionLifetime`),
    /// and drops expired ones.
    public func open(userID: Int64, lifetime: TimeInterval) throws -> WebSessionRecord {
        let now = clock()
        return try writer.write { db in
            try WebSessionRecord.deleteAll(db, where: "expiresAt < ?", arguments: [now])
            return try db.insertReturning(WebSessionRecord.self, into: "webSession", [
                "token": Token.make(), "userId": userID, "csrfToken": Token.make(), "createdAt": now,
                "expiresAt": now.addingTimeInterval(lifetime),
            ])
        }
    }

    /// The live session for a cookie value, with its user; `nil` when unknown or expired.
    public func find(token: String) throws -> (WebSessionRecord, UserRecord)? {
        let now = clock()
        return try writer.read { db in
            guard let session = try WebSessionRecord.fetchOne(db, where: "token = ? AND expiresAt > ?", arguments: [token, now]),
                  let user = try UserRecord.fetchOne(db, key: session.userId), user.disabledAt == nil else { return nil }
            return (session, user)
        }
    }

    public func close(token: String) throws {
        _ = try writer.write { db in try WebSessionRecord.deleteAll(db, where: "token = ?", arguments: [token]) }
    }
}
