import Deployment
import Foundation
import GRDB

/// A user-group session as stored: its id and the session itself.
public struct StoredUserGroupSession: Sendable {
    public let id: Int64
    public let session: UserGroupSession
}

/// User-group sessions, newest first. Each is stored whole as JSON (`UserGroupSession.json()`, keys sorted) beside
/// the columns it is listed by; callers only see `UserGroupSession` values.
public struct UserGroups: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// Every session; a row whose JSON no longer reads as a session (written by a newer version) is left out.
    public func all() throws -> [StoredUserGroupSession] {
        try writer.read { db in try UserGroupSessionRecord.fetchAll(db, order: "date DESC, id DESC") }
            .compactMap(Self.stored)
    }

    public func find(id: Int64) throws -> StoredUserGroupSession? {
        try writer.read { db in try UserGroupSessionRecord.fetchOne(db, key: id) }.flatMap(Self.stored)
    }

    /// Inserts (`id == nil`) or updates a session; returns its id.
    @discardableResult
    public func save(id: Int64?, _ session: UserGroupSession) throws -> Int64 {
        let (now, json) = (clock(), try session.json())
        return try writer.write { db in
            guard let id else {
                return try db.insertReturning(UserGroupSessionRecord.self, into: "userGroupSession", [
                    "software": session.software, "date": session.date, "data": json, "updatedAt": now,
                ]).id
            }
            guard try UserGroupSessionRecord.fetchOne(db, key: id) != nil else { throw StoreError.unknownSession(id) }
            try db.execute(sql: "UPDATE userGroupSession SET software = ?, date = ?, data = ?, updatedAt = ? WHERE id = ?",
                           arguments: [session.software, session.date, json, now, id])
            return id
        }
    }

    private static func stored(_ record: UserGroupSessionRecord) -> StoredUserGroupSession? {
        (try? UserGroupSession(json: record.data)).map { StoredUserGroupSession(id: record.id, session: $0) }
    }
}
