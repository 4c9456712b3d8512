import Foundation
import GRDB

/// The register of the software teams use and of their stage in the method, with its history. Rows are appended:
/// the newest row of a (team, product, version) is its current period, and a period covers a day when it started on
/// or before it and had not ended. Every list is one aggregate query (a federation dashboard reads 3,000 teams).
public struct TeamSoftware: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// A period of use as checked by `Application.SoftwareRegister`.
    public struct NewUse: Sendable, Equatable {
        public var teamID: Int64, productID: String, version: String, since: String, until: String?, contractEnd: String?
        public init(teamID: Int64, productID: String, version: String, since: String, until: String? = nil, contractEnd: String? = nil) {
            self.teamID = teamID; self.productID = productID; self.version = version
            self.since = since; self.until = until; self.contractEnd = contractEnd
        }
    }

    @discardableResult
    public func record(_ use: NewUse, by who: String) throws -> TeamSoftwareRecord {
        let now = clock()
        return try writer.write { db in
            guard try ProductRecord.fetchOne(db, key: use.productID) != nil else {
                throw StoreError.invalid("logiciel inconnu du catalogue\u{00A0}: «\u{00A0}\(use.productID)\u{00A0}»")
            }
            let contractEnd = try use.contractEnd ?? (use.until == nil ? nil : Self.contractEnd(db, of: use))
            return try db.insertReturning(TeamSoftwareRecord.self, into: "teamSoftware", [
                "teamId": use.teamID, "productId": use.productID, "version": use.version, "since": use.since,
                "until": use.until, "contractEnd": contractEnd, "recordedBy": who, "recordedAt": now,
            ])
        }
    }

    /// Ending a period keeps the contract end the period had: the newest row of this team, product and version.
    private static func contractEnd(_ db: StoreDB, of use: NewUse) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT contractEnd FROM teamSoftware WHERE teamId = ? AND productId = ? AND version = ? ORDER BY id DESC LIMIT 1
            """, arguments: [use.teamID, use.productID, use.version])
    }

    /// What was in use on `day` (`YYYY-MM-DD`): by one team, or every team when `team` is `nil`.
    public func inUse(team: Int64? = nil, on day: String) throws -> [SoftwareInUse] {
        try writer.read { db in
            try SoftwareInUse.fetchAll(db, sql: Self.inUseSQL + " AND (CAST(?3 AS BIGINT) IS NULL OR s.teamId = ?3) ORDER BY t.name, p.name, s.version",
                                       arguments: [day, day, team])
        }
    }

    /// The teams using a product on `day`, having started on or before `startedBy` (peers to visit use it for some
    /// time already).
    public func teams(using product: String, on day: String, startedBy: String? = nil) throws -> [SoftwareInUse] {
        try writer.read { db in
            try SoftwareInUse.fetchAll(db, sql: Self.inUseSQL + " AND s.productId = ?3 AND s.since <= ?4 ORDER BY t.name, s.version",
                                       arguments: [day, day, product, startedBy ?? day])
        }
    }

    /// The day a label status row takes effect: its loss date when it records one, else the date its source gives
    /// (an unknown status, no data, counts from the start). The status in force on a day is the latest one effective
    /// by then, so a loss recorded today for the 20th does not show on the 1st.
    static func statusInForceFrom(_ dialect: SQLDialect) -> String {
        "COALESCE(\(dialect.jsonText("data", "lost")), \(dialect.jsonText("data", "date")), '')"
    }

    /// Teams using, on `day`, a product whose label status in force that day says it no longer meets the label (or lost it);
    /// one product only when given.
    public func affectedByLabelLoss(product: String? = nil, on day: String) throws -> [SoftwareInUse] {
        try writer.read { db in
            let (inForceFrom, state, lost) = (Self.statusInForceFrom(db.dialect), db.dialect.jsonText("ps.data", "state"),
                                              db.dialect.jsonText("ps.data", "lost"))
            return try SoftwareInUse.fetchAll(db, sql: Self.inUseSQL + """
                 AND (CAST(?3 AS TEXT) IS NULL OR s.productId = ?3) AND EXISTS (
                    SELECT 1 FROM productStatus ps
                    WHERE ps.id = (SELECT id FROM productStatus WHERE productId = s.productId AND kind = 'label'
                                     AND \(inForceFrom) <= ?1
                                   ORDER BY \(inForceFrom) DESC, id DESC LIMIT 1)
                      AND (\(state) = 'no-longer-meets' OR (\(state) = 'not-labelled' AND \(lost) IS NOT NULL)))
                ORDER BY p.name, t.name, s.version
                """, arguments: [day, day, product])
        }
    }

    /// Every recorded row of a team, newest first: the register's history.
    public func history(team: Int64) throws -> [SoftwareInUse] {
        try writer.read { db in
            try SoftwareInUse.fetchAll(db, sql: """
                SELECT s.*, p.name AS productName, t.name AS teamName FROM teamSoftware s
                JOIN product p ON p.id = s.productId JOIN team t ON t.id = s.teamId
                WHERE s.teamId = ? ORDER BY s.id DESC
                """, arguments: [team])
        }
    }

    /// How many teams use each product on `day` (product id → teams).
    public func teamCountsByProduct(on day: String) throws -> [String: Int] {
        try writer.read { db in
            let rows = try StoredRow.fetchAll(db, sql: "SELECT productId, COUNT(DISTINCT teamId) AS teams FROM (\(Self.inUseSQL)) inUse GROUP BY productId",
                                        arguments: [day, day])
            return Dictionary(rows.map { ($0["productId"] as String, $0["teams"] as Int) }, uniquingKeysWith: { first, _ in first })
        }
    }

    // MARK: Stage in the method

    @discardableResult
    public func setStage(team: Int64, _ stage: MethodStage, since: String, by who: String) throws -> TeamStageRecord {
        let now = clock()
        return try writer.write { db in
            try db.insertReturning(TeamStageRecord.self, into: "teamStage", [
                "teamId": team, "stage": stage.rawValue, "since": since, "recordedBy": who, "recordedAt": now,
            ])
        }
    }

    /// The team's stage on `day`: the one recorded with the latest start on or before it.
    public func stage(team: Int64, on day: String) throws -> TeamStageRecord? {
        try writer.read { db in
            try TeamStageRecord.fetchOne(db, sql: """
                SELECT * FROM teamStage WHERE teamId = ? AND since <= ? ORDER BY since DESC, id DESC LIMIT 1
                """, arguments: [team, day])
        }
    }

    public func stageHistory(team: Int64) throws -> [TeamStageRecord] {
        try writer.read { db in
            try TeamStageRecord.fetchAll(db, sql: "SELECT * FROM teamStage WHERE teamId = ? ORDER BY since DESC, id DESC", arguments: [team])
        }
    }

    /// Every team's stage on `day` (team id → stage), in one query.
    public func stages(on day: String) throws -> [Int64: MethodStage] {
        try writer.read { db in
            let rows = try StoredRow.fetchAll(db, sql: "SELECT st.teamId, st.stage FROM teamStage st WHERE \(Self.stageOnDay)", arguments: [day])
            return Dictionary(rows.compactMap { row in MethodStage(rawValue: row["stage"]).map { (row["teamId"] as Int64, $0) } },
                              uniquingKeysWith: { first, _ in first })
        }
    }

    /// How many teams are at each stage on `day` (teams without a recorded stage are not counted).
    public func countsByStage(on day: String) throws -> [MethodStage: Int] {
        try writer.read { db in
            let rows = try StoredRow.fetchAll(db, sql: "SELECT st.stage, COUNT(*) AS teams FROM teamStage st WHERE \(Self.stageOnDay) GROUP BY st.stage",
                                        arguments: [day])
            return Dictionary(rows.compactMap { row in MethodStage(rawValue: row["stage"]).map { ($0, row["teams"] as Int) } },
                              uniquingKeysWith: { first, _ in first })
        }
    }

    // The row of `st` that gives its team's stage on the bound day: the latest start on or before it.
    private static let stageOnDay = """
        st.id = (SELECT i.id FROM teamStage i WHERE i.teamId = st.teamId AND i.since <= ? ORDER BY i.since DESC, i.id DESC LIMIT 1)
        """

    // The current row of each (team, product, version), in use on ?1: started on or before it, not ended by then.
    // `?1` and `?2` are the same day (GRDB binds positions, not names).
    static let inUseSQL = """
        SELECT s.*, p.name AS productName, t.name AS teamName FROM teamSoftware s
        JOIN (SELECT MAX(id) AS id FROM teamSoftware GROUP BY teamId, productId, version) latest ON latest.id = s.id
        JOIN product p ON p.id = s.productId JOIN team t ON t.id = s.teamId
        WHERE s.since <= ?1 AND (s.until IS NULL OR s.until > ?2)
        """
}
