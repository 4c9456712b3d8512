import GRDB

/// The evidence tables: products, their facts and their statuses, all append-only so that history is never lost.
/// The current fact is the newest row of its (product, criterion, scope); a team-scoped row (`teamId` set) is that
/// team's own evidence, e.g. its demonstration.
enum EvidenceSchema {
    static let grades = ["label", "editor", "demo", "usergroup", "unknown"]
    static let statusKinds = ["label", "segur"]

    static func create(_ db: Database) throws {
        try db.create(table: "product") { t in
            t.column("id", .text).primaryKey().check { length($0) > 0 && length($0) <= 60 }
            t.column("name", .text).notNull().check { length($0) > 0 && length($0) <= 120 }
            t.column("editor", .text).check { $0 == nil || length($0) <= 120 }
            t.column("fictional", .boolean).notNull().defaults(to: false)
            // The peers known from sources ([InstallBase] as JSON), read and written whole.
            t.column("installBase", .jsonText).notNull().defaults(to: "[]")
            t.column("recordedBy", .text).notNull()
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "productFact") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("product", onDelete: .cascade).notNull()
            t.belongsTo("team", onDelete: .cascade)
            t.column("criterionId", .text).notNull().check { length($0) > 0 }
            // The value as typed in canonical form ("true", "3", "45.5"); the criterion's scale reads it.
            t.column("value", .text)
            t.column("grade", .text).notNull().check { grades.contains($0) }
            t.column("source", .text)
            t.column("date", .text).check(sql: datePattern("date"))
            t.column("note", .text)
            t.column("recordedBy", .text).notNull().check { length($0) > 0 }
            t.column("recordedAt", .datetime).notNull()
            // No claim without a source: a known fact has a value, a source and a date.
            t.check(sql: "grade = 'unknown' OR (value IS NOT NULL AND source IS NOT NULL AND length(source) > 0 AND date IS NOT NULL)")
        }
        try db.create(index: "productFact_current", on: "productFact", columns: ["productId", "criterionId", "teamId", "id"])
        try db.create(index: "productFact_team", on: "productFact", columns: ["teamId"])
        try db.create(table: "productStatus") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("product", onDelete: .cascade).notNull()
            t.column("kind", .text).notNull().check { statusKinds.contains($0) }
            // The status as JSON (the Comparator's Codable value); NULL when it became unknown.
            t.column("data", .jsonText)
            t.column("recordedBy", .text).notNull().check { length($0) > 0 }
            t.column("recordedAt", .datetime).notNull()
        }
        try db.create(index: "productStatus_current", on: "productStatus", columns: ["productId", "kind", "id"])
    }

    /// "2017", "2017-03" or "2017-03-12": the dates sources give, as precise as they are.
    static func datePattern(_ column: String) -> String {
        let year = "[12][0-9][0-9][0-9]", month = "-[01][0-9]", day = "-[0-3][0-9]"
        return "\(column) IS NULL OR \(column) GLOB '\(year)' OR \(column) GLOB '\(year)\(month)' "
            + "OR \(column) GLOB '\(year)\(month)\(day)'"
    }
}
