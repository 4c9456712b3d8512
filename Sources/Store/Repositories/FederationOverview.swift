import Foundation
import GRDB

/// The federation dashboard's reads, each one aggregate query over every team's latest campaign (`MAX(id)` per team,
/// on the campaign's team index), and the stored syntheses that spare it from pooling every team on each view.
public struct FederationOverview: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// One team's latest campaign with its headcounts (live links only).
    public struct CampaignCompletion: Sendable, Equatable {
        public var teamID: Int64, team: String, fictional: Bool, campaignID: Int64, campaign: String
        public var invited: Int, finished: Int
    }

    /// A dimension's level in one team's latest campaign, as last pooled.
    public struct TeamLevel: Sendable, Equatable {
        public var teamID: Int64, team: String, dimension: String, level: Int?, target: Int
    }

    /// An open action of a team's latest plan whose due date has passed.
    public struct OverdueAction: Sendable, Equatable {
        public var teamID: Int64, team: String, campaignID: Int64, dimension: String, title: String, lead: String?, due: String
    }

    /// What one campaign's pooling gives the dashboard.
    public struct Synthesis: Sendable {
        public var invited: Int, answered: Int
        /// Per dimension: the team level (`nil` when nobody assessed it) and the target.
        public var levels: [(dimension: String, level: Int?, target: Int)]

        public init(invited: Int, answered: Int, levels: [(dimension: String, level: Int?, target: Int)]) {
            self.invited = invited; self.answered = answered; self.levels = levels
        }
    }

    private static let latestCampaigns = "SELECT MAX(id) AS id FROM campaign GROUP BY teamId"
    /// Each team's latest campaign someone finished: a new campaign nobody has answered yet does not hide last
    /// year's maturity or its still-open actions.
    private static let latestAssessed = """
        SELECT MAX(c.id) AS id FROM campaign c
        WHERE EXISTS (SELECT 1 FROM respondent r WHERE r.campaignId = c.id AND r.completedAt IS NOT NULL AND r.revoked = FALSE)
        GROUP BY c.teamId
        """

    /// Latest assessed campaigns whose synthesis is missing or stale: the only ones a view pools.
    public func campaignsToPool() throws -> [Int64] {
        try writer.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT l.id FROM (\(Self.latestAssessed)) l LEFT JOIN campaignSynthesis s ON s.campaignId = l.id
                WHERE s.campaignId IS NULL OR s.stale = TRUE ORDER BY l.id
                """)
        }
    }

    /// Pools one campaign and stores its synthesis in the same write transaction as the read, so that no answer
    /// saved in between can be missed by a synthesis marked current (writers wait the few milliseconds it takes).
    public func refresh(campaignID: Int64, pooling: (CampaignSnapshot) -> Synthesis) throws {
        let now = clock()
        try writer.write { db in
            let synthesis = pooling(try Campaigns.snapshot(db, campaignID: campaignID))
            try db.execute(sql: "DELETE FROM campaignSynthesis WHERE campaignId = ?", arguments: [campaignID])
            try db.execute(sql: "INSERT INTO campaignSynthesis (campaignId, invited, answered, stale, computedAt) VALUES (?, ?, ?, FALSE, ?)",
                           arguments: [campaignID, synthesis.invited, synthesis.answered, now])
            for level in synthesis.levels {
                try db.executePrepared(sql: "INSERT INTO campaignMaturity (campaignId, dimensionId, level, target) VALUES (?, ?, ?, ?)",
                                       arguments: [campaignID, level.dimension, level.level, level.target])
            }
        }
    }

    /// Every team's latest campaign with its live links and how many finished, teams by name.
    public func completion() throws -> [CampaignCompletion] {
        try writer.read { db in
            try StoredRow.fetchAll(db, sql: """
                SELECT t.id AS teamId, t.name AS team, t.fictional, c.id AS campaignId, c.name AS campaign,
                       COUNT(r.id) AS invited, COUNT(r.completedAt) AS finished
                FROM (\(Self.latestCampaigns)) l JOIN campaign c ON c.id = l.id JOIN team t ON t.id = c.teamId
                LEFT JOIN respondent r ON r.campaignId = c.id AND r.revoked = FALSE
                GROUP BY c.id, t.id ORDER BY t.name
                """).map {
                CampaignCompletion(teamID: $0["teamId"], team: $0["team"], fictional: $0["fictional"], campaignID: $0["campaignId"],
                                   campaign: $0["campaign"], invited: $0["invited"], finished: $0["finished"])
            }
        }
    }

    /// Teams per dimension and level (`nil`: nobody assessed it), over the latest campaigns' stored syntheses.
    public func maturityDistribution() throws -> [(dimension: String, level: Int?, teams: Int, belowTarget: Int)] {
        try writer.read { db in
            try StoredRow.fetchAll(db, sql: """
                SELECT m.dimensionId, m.level, COUNT(*) AS teams, SUM(CASE WHEN m.level IS NULL OR m.level < m.target THEN 1 ELSE 0 END) AS below
                FROM (\(Self.latestAssessed)) l JOIN campaignMaturity m ON m.campaignId = l.id
                GROUP BY m.dimensionId, m.level
                """).map { (dimension: $0["dimensionId"], level: $0["level"], teams: $0["teams"], belowTarget: $0["below"]) }
        }
    }

    /// Stored levels of `limit` assessed teams (by name, from `offset`), for the teams × dimensions heat map, a page at a time.
    public func teamLevels(limit: Int, offset: Int) throws -> [TeamLevel] {
        try writer.read { db in
            try StoredRow.fetchAll(db, sql: """
                WITH page AS (
                  SELECT t.id AS teamId, t.name AS team, l.id AS campaignId
                  FROM (\(Self.latestAssessed)) l JOIN campaign c ON c.id = l.id JOIN team t ON t.id = c.teamId
                  ORDER BY t.name LIMIT ? OFFSET ?)
                SELECT p.teamId, p.team, m.dimensionId, m.level, m.target
                FROM page p JOIN campaignMaturity m ON m.campaignId = p.campaignId ORDER BY p.team
                """, arguments: [limit, offset]).map {
                TeamLevel(teamID: $0["teamId"], team: $0["team"], dimension: $0["dimensionId"], level: $0["level"], target: $0["target"])
            }
        }
    }

    /// Open actions of the teams' latest assessed campaigns' plans due before `today` (`YYYY-MM-DD`), the most overdue first, and how
    /// many there are in all.
    public func overdueActions(before today: String, limit: Int) throws -> (total: Int, first: [OverdueAction]) {
        try writer.read { db in
            let from = """
                FROM action a JOIN (\(Self.latestAssessed)) l ON l.id = a.campaignId
                JOIN campaign c ON c.id = a.campaignId JOIN team t ON t.id = c.teamId
                WHERE a.status <> 'fait' AND a.dueDate IS NOT NULL AND a.dueDate < ?
                """
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) " + from, arguments: [today]) ?? 0
            let rows = try StoredRow.fetchAll(db, sql: """
                SELECT t.id AS teamId, t.name AS team, c.id AS campaignId, a.dimensionId, a.title, a.lead, a.dueDate
                \(from) ORDER BY a.dueDate, t.name LIMIT ?
                """, arguments: [today, limit]).map {
                OverdueAction(teamID: $0["teamId"], team: $0["team"], campaignID: $0["campaignId"], dimension: $0["dimensionId"],
                              title: $0["title"], lead: $0["lead"], due: $0["dueDate"])
            }
            return (total, rows)
        }
    }
}
