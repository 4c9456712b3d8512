import Foundation
import GRDB

extension SurveyStore {
    // MARK: Users

    /// Adds an account; `passwordHash` must already be a bcrypt hash (hashing is the caller's, so the store never
    /// sees a password).
    @discardableResult
    public func addUser(email: String, displayName: String, passwordHash: String, role: UserRecord.Role, teamID: Int64?) throws -> UserRecord {
        let email = EmailAddress.normalised(email)
        return try writer.write { db in
            if try UserRecord.filter(sql: "email = ? COLLATE NOCASE", arguments: [email]).fetchCount(db) > 0 {
                throw StoreError.duplicateUser(email)
            }
            if let teamID, try TeamRecord.fetchOne(db, key: teamID) == nil { throw StoreError.unknownTeam(String(teamID)) }
            var user = UserRecord(email: email, displayName: displayName, passwordHash: passwordHash, role: role,
                                  teamId: role == .coordinator ? teamID : nil)
            try user.insert(db)
            return user
        }
    }

    /// The account of an address, however it was typed (see `EmailAddress.normalised`).
    public func user(email: String) throws -> UserRecord? {
        let email = EmailAddress.normalised(email)
        return try writer.read { db in try UserRecord.filter(sql: "email = ? COLLATE NOCASE", arguments: [email]).fetchOne(db) }
    }

    public func users() throws -> [UserRecord] {
        try writer.read { db in try UserRecord.order(Column("email")).fetchAll(db) }
    }

    // MARK: Web sessions

    /// Opens a session for a user: a fresh session token (the cookie) and CSRF token, valid `lifetime` seconds.
    public func openSession(userID: Int64, lifetime: TimeInterval = 8 * 3600) throws -> WebSessionRecord {
        try writer.write { db in
            try WebSessionRecord.filter(Column("expiresAt") < Date()).deleteAll(db)
            var session = WebSessionRecord(token: Token.make(), userId: userID, csrfToken: Token.make(), createdAt: Date(),
                                           expiresAt: Date().addingTimeInterval(lifetime))
            try session.insert(db)
            return session
        }
    }

    /// The live session for a cookie value, with its user; `nil` when unknown or expired.
    public func session(token: String) throws -> (WebSessionRecord, UserRecord)? {
        try writer.read { db in
            guard let session = try WebSessionRecord.filter(Column("token") == token && Column("expiresAt") > Date()).fetchOne(db),
                  let user = try UserRecord.fetchOne(db, key: session.userId) else { return nil }
            return (session, user)
        }
    }

    public func closeSession(token: String) throws {
        _ = try writer.write { db in try WebSessionRecord.filter(Column("token") == token).deleteAll(db) }
    }

    // MARK: User-group sessions

    public func userGroupSessions() throws -> [UserGroupSessionRecord] {
        try writer.read { db in try UserGroupSessionRecord.order(Column("date").desc, Column("id").desc).fetchAll(db) }
    }

    public func userGroupSession(id: Int64) throws -> UserGroupSessionRecord? {
        try writer.read { db in try UserGroupSessionRecord.fetchOne(db, key: id) }
    }

    /// Inserts or updates a session (JSON of the whole session).
    @discardableResult
    public func saveUserGroupSession(id: Int64?, software: String, date: String, json: String) throws -> Int64 {
        try writer.write { db in
            var record = UserGroupSessionRecord(id: id, software: software, date: date, data: json, updatedAt: Date())
            if id == nil { try record.insert(db) } else {
                guard try UserGroupSessionRecord.fetchOne(db, key: id) != nil else { throw StoreError.unknownSession(id!) }
                try record.update(db)
            }
            return record.id!
        }
    }

    public func revoke(respondentID: Int64) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE respondent SET revoked = 1 WHERE id = ?", arguments: [respondentID])
        }
    }
}

extension SurveyStore {
    /// Saves one questionnaire page of a respondent in one transaction: the answers given, and the removal of
    /// answers to questions that are no longer asked (e.g. after answering "no home visits").
    public func savePage(respondentID: Int64, answers: [String: String], withdrawn: [String], completes: Bool = false,
                         at date: Date = Date()) throws {
        try writer.write { db in
            if completes {
                try db.execute(sql: "UPDATE respondent SET completedAt = ? WHERE id = ?", arguments: [date, respondentID])
            }
            for (item, value) in answers.sorted(by: { $0.key < $1.key }) {
                try Self.upsertAnswer(db, respondentID: respondentID, item: item, value: value, at: date)
            }
            for item in withdrawn {
                try db.execute(sql: "DELETE FROM answer WHERE respondentId = ? AND itemId = ?", arguments: [respondentID, item])
            }
        }
    }

    public func answers(respondentID: Int64) throws -> [String: String] {
        try writer.read { db in
            Dictionary(try AnswerRecord.filter(Column("respondentId") == respondentID).fetchAll(db).map { ($0.itemId, $0.value) },
                       uniquingKeysWith: { _, last in last })
        }
    }
}

extension SurveyStore {
    /// Number of campaigns per team id, in one query.
    public func campaignCountsByTeam() throws -> [Int64: Int] {
        try writer.read { db in
            var counts: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT teamId, COUNT(*) AS n FROM campaign GROUP BY teamId") {
                counts[row["teamId"]] = row["n"]
            }
            return counts
        }
    }
}
