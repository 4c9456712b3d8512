import Foundation
import GRDB

/// User-group sessions, stored whole as JSON (`Deployment.UserGroupSession.json()`), newest first.
public struct UserGroups: Sendable {
    let writer: any DatabaseWriter
    let clock: @Sendable () -> Date

    public func all() throws -> [UserGroupSessionRecord] {
        try writer.read { db in try UserGroupSessionRecord.order(Column("date").desc, Column("id").desc).fetchAll(db) }
    }

    public func find(id: Int64) throws -> UserGroupSessionRecord? {
        try writer.read { db in try UserGroupSessionRecord.fetchOne(db, key: id) }
    }

    /// Inserts (`id == nil`) or updates a session; returns its id.
    @discardableResult
    public func save(id: Int64?, software: String, date: String, json: String) throws -> Int64 {
        let now = clock()
        return try writer.write { db in
            guard let id else {
                return try db.insertReturning(UserGroupSessionRecord.self, into: "userGroupSession", [
                    "software": software, "date": date, "data": json, "updatedAt": now,
                ]).id
            }
            guard try UserGroupSessionRecord.fetchOne(db, key: id) != nil else { throw StoreError.unknownSession(id) }
            try UserGroupSessionRecord(id: id, software: software, date: date, data: json, updatedAt: now).update(db)
            return id
        }
    }
}
