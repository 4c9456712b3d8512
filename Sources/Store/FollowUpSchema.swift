import GRDB

/// The deployment follow-up of a team's campaign (issue 11, part 2): tracked steps (the team's steps of the method
/// and the editor's promises), the training log, the migration checklist and its defect log. The value lists are the
/// raw values of `Deployment.StepStatus`, `FollowUpParty`, `TrainingContent` and `DefectSeverity` (Store does not
/// depend on Deployment; `FollowUpStoreTests.theSchemaAcceptsEveryValueOfTheRules` checks they agree).
enum FollowUpSchema {
    static let statuses = ["à faire", "en cours", "fait", "bloqué"]
    static let parties = ["equipe", "editeur"]
    static let contents = ["individuel", "pluriprofessionnel", "aci"]
    static let severities = ["mineur", "majeur", "bloquant"]

    /// `YYYY-MM-DD` and a real day: with a modifier, SQLite's `date()` normalises the day ("2027-02-30" → "2027-03-02";
    /// without one it echoes it), so it gives back the same text only for a real day.
    static func day(_ column: String, optional: Bool = false) -> String {
        let real = "\(column) IS date(\(column), '+0 days')"
        return optional ? "\(column) IS NULL OR \(real)" : real
    }

    static func create(_ db: Database) throws {
        try db.create(table: "followUp") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("campaign", onDelete: .cascade).notNull().unique()
            // The software deployed, for the training the editor declared; unknown until chosen.
            t.belongsTo("product", onDelete: .setNull)
            t.column("startDate", .text).notNull()
            t.column("startedBy", .text).notNull().check { length($0) > 0 }
            t.column("createdAt", .datetime).notNull()
            t.check(sql: day("startDate"))
        }
        try createItems(db)
        try createTraining(db)
        try createMigration(db)
    }

    private static func createItems(_ db: Database) throws {
        try db.create(table: "followUpItem") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("followUp", onDelete: .cascade).notNull()
            t.column("party", .text).notNull().check { parties.contains($0) }
            // The method's step (`method.yaml` id): a team step's own, or the step an editor's promise serves.
            t.column("stepId", .text)
            t.column("position", .integer).notNull()
            t.column("title", .text).notNull().check { length($0) > 0 && length($0) <= 300 }
            t.column("owner", .text).notNull().check { length($0) <= 200 }
            t.column("plannedStart", .text)
            t.column("plannedEnd", .text).notNull()
            t.column("actualStart", .text)
            t.column("actualEnd", .text)
            t.column("status", .text).notNull().defaults(to: "à faire").check { statuses.contains($0) }
            t.column("blockedReason", .text).check { $0 == nil || length($0) <= 1_000 }
            t.column("updatedAt", .datetime).notNull()
            t.check(sql: day("plannedEnd"))
            for column in ["plannedStart", "actualStart", "actualEnd"] { t.check(sql: day(column, optional: true)) }
            t.check(sql: "plannedStart IS NULL OR plannedStart <= plannedEnd")
            t.check(sql: "actualStart IS NULL OR actualEnd IS NULL OR actualStart <= actualEnd")
            // A blocked step says why; a done step says when it ended.
            t.check(sql: "status <> 'bloqué' OR coalesce(length(trim(blockedReason)), 0) > 0")
            t.check(sql: "status <> 'fait' OR actualEnd IS NOT NULL")
        }
        try db.create(index: "followUpItem_followUp", on: "followUpItem", columns: ["followUpId", "party", "position"])
        // The overdue list across teams reads the items not done: partial indexes hold only those, by planned end for
        // the rows (read in index order, no sort) and by party then planned end for the counts (index only).
        try db.execute(sql: "CREATE INDEX followUpItem_open ON followUpItem(plannedEnd) WHERE status <> 'fait'")
        try db.execute(sql: "CREATE INDEX followUpItem_openParty ON followUpItem(party, plannedEnd) WHERE status <> 'fait'")
    }

    private static func createTraining(_ db: Database) throws {
        try db.create(table: "training") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("followUp", onDelete: .cascade).notNull()
            t.belongsTo("respondent", onDelete: .cascade).notNull()
            t.column("date", .text).notNull()
            t.column("hours", .double).notNull().check { $0 > 0 && $0 <= 40 }
            t.column("content", .text).notNull().check { contents.contains($0) }
            t.column("trainer", .text).notNull().check { length($0) > 0 && length($0) <= 200 }
            t.column("recordedAt", .datetime).notNull()
            t.check(sql: day("date"))
        }
        try db.create(index: "training_followUp", on: "training", columns: ["followUpId", "respondentId"])
    }

    private static func createMigration(_ db: Database) throws {
        try db.create(table: "migrationCheck") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("followUp", onDelete: .cascade).notNull()
            t.column("position", .integer).notNull()
            t.column("text", .text).notNull().check { length($0) > 0 }
            t.column("checkedOn", .text)
            t.column("note", .text).check { $0 == nil || length($0) <= 1_000 }
            t.uniqueKey(["followUpId", "position"])
            t.check(sql: day("checkedOn", optional: true))
        }
        try db.create(table: "migrationDefect") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("followUp", onDelete: .cascade).notNull()
            t.column("foundOn", .text).notNull()
            t.column("description", .text).notNull().check { length($0) > 0 && length($0) <= 2_000 }
            t.column("severity", .text).notNull().check { severities.contains($0) }
            t.column("fixedOn", .text)
            t.column("recordedAt", .datetime).notNull()
            t.check(sql: day("foundOn"))
            t.check(sql: day("fixedOn", optional: true))
            t.check(sql: "fixedOn IS NULL OR fixedOn >= foundOn")
        }
        try db.create(index: "migrationDefect_followUp", on: "migrationDefect", columns: ["followUpId", "foundOn"])
    }
}
