import GRDB

/// The demonstration evaluations (issue 10, part 5): a grid of scenarios frozen when the DIM prepares it, one sheet per
/// professional present (reached through the evaluation's unguessable link, then the sheet's own), one score per
/// scenario and sheet. Closing writes the pooled result as team-scoped `demo` facts, in the same transaction.
enum EvaluationSchema {
    /// Seen and convincing, seen with reservations, announced but not shown, not available.
    static let choices = ["convaincant", "reserves", "annonce", "indisponible"]
    static let maximumNameLength = 60
    static let maximumCommentLength = 1_000

    static func create(_ db: Database) throws {
        try db.create(table: "evaluation") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("campaign", onDelete: .cascade).notNull()
            t.belongsTo("product", onDelete: .cascade).notNull()
            t.column("date", .text).notNull().check(sql: "date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'")
            // 128 bits in base32 is 26 characters at least, as for respondents' links.
            t.column("token", .text).notNull().unique().check { length($0) >= 26 }
            // Bumped by every saved sheet: closing pools the sheets it read, and refuses when one changed meanwhile.
            t.column("revision", .integer).notNull().defaults(to: 0)
            t.column("createdBy", .text).notNull().check { length($0) > 0 }
            t.column("createdAt", .datetime).notNull()
            t.column("closedAt", .datetime)
            t.column("closedBy", .text)
        }
        try db.create(table: "evaluationScenario") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("evaluation", onDelete: .cascade).notNull()
            t.column("position", .integer).notNull()
            t.column("criterionId", .text).notNull().check { length($0) > 0 }
            // The text as shown at the demonstration: a later change of the catalog does not rewrite it.
            t.column("text", .text).notNull().check { length($0) > 0 }
            t.column("mustHave", .boolean).notNull()
            t.column("weight", .double).notNull()
            t.uniqueKey(["evaluationId", "position"])
            t.uniqueKey(["evaluationId", "criterionId"])
        }
        try db.create(table: "evaluationSheet") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("evaluation", onDelete: .cascade).notNull()
            t.column("token", .text).notNull().unique().check { length($0) >= 26 }
            t.column("profession", .text).notNull().check { length($0) > 0 }
            t.column("name", .text).check { $0 == nil || length($0) <= maximumNameLength }
            t.column("createdAt", .datetime).notNull()
            t.column("updatedAt", .datetime).notNull()
        }
        try db.create(table: "evaluationScore") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("evaluationSheet", onDelete: .cascade).notNull()
            t.belongsTo("evaluationScenario", onDelete: .cascade).notNull()
            t.column("choice", .text).check { $0 == nil || choices.contains($0) }
            t.column("comment", .text).check { $0 == nil || length($0) <= maximumCommentLength }
            t.column("updatedAt", .datetime).notNull()
            t.check(sql: "choice IS NOT NULL OR comment IS NOT NULL")
            t.uniqueKey(["evaluationSheetId", "evaluationScenarioId"])
        }
    }
}
