import GRDB

/// What the federation dashboard reads instead of re-pooling every team on each view: per campaign, its
/// headcounts and the team's maturity level by dimension, as pooled last time. Triggers on `answer` and
/// `respondent` mark a campaign's synthesis stale in the same transaction as any write that changes it, whichever
/// code path writes (a respondent's page, an import, an erasure), so a stale figure is never shown as current.
enum DashboardSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "campaignSynthesis") { t in
            t.primaryKey("campaignId", .integer).references("campaign", onDelete: .cascade)
            t.column("invited", .integer).notNull().check { $0 >= 0 }
            t.column("answered", .integer).notNull().check { $0 >= 0 && $0 <= Column("invited") }
            t.column("stale", .boolean).notNull().defaults(to: false)
            t.column("computedAt", .datetime).notNull()
        }
        try db.create(table: "campaignMaturity") { t in
            t.column("campaignId", .integer).notNull().references("campaignSynthesis", column: "campaignId", onDelete: .cascade)
            t.column("dimensionId", .text).notNull().check { length($0) > 0 }
            // NULL when nobody assessed the dimension: unknown, not level 0.
            t.column("level", .integer).check { $0 == nil || $0 >= 0 }
            t.column("target", .integer).notNull().check { $0 >= 0 }
            t.primaryKey(["campaignId", "dimensionId"])
        }
        try db.create(index: "campaignMaturity_dimension", on: "campaignMaturity", columns: ["dimensionId", "level"])
        // The overdue actions across teams: open actions by due date.
        try db.execute(sql: "CREATE INDEX action_open_due ON action(dueDate) WHERE status <> 'fait' AND dueDate IS NOT NULL")
        try staleTriggers(db)
    }

    private static func staleTriggers(_ db: Database) throws {
        let mark = "UPDATE campaignSynthesis SET stale = 1 WHERE stale = 0 AND campaignId = "
        for (event, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
            try db.execute(sql: """
                CREATE TRIGGER answer_\(event.lowercased())_stales_synthesis AFTER \(event) ON answer BEGIN
                  \(mark)(SELECT campaignId FROM respondent WHERE id = \(row).respondentId);
                END
                """)
            try db.execute(sql: """
                CREATE TRIGGER respondent_\(event.lowercased())_stales_synthesis AFTER \(event) ON respondent BEGIN
                  \(mark)\(row).campaignId;
                END
                """)
        }
    }
}
