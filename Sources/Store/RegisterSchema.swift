import GRDB

/// The federation's register over time (issue 11, parts 1 and 5): the software each team uses, its stage in the
/// method, and the pool of facilitators with their interventions. Every table is append-only or holds periods, so
/// the register as it was on a given day can be answered; a federation dashboard reads these tables through
/// `TeamSoftware` and `FacilitatorPool`.
enum RegisterSchema {
    /// The method's three stages (ASIP, annex 4 of the memoir): before, during and after the project.
    static let stages = ["avant", "pendant", "apres"]

    static func create(_ db: Database) throws {
        try createSoftwareRegister(db)
        try createFacilitatorPool(db)
    }

    /// `YYYY-MM-DD`, a real calendar day: through the Julian day number, a 30 February becomes 2 March and is refused
    /// (`date()` alone gives "2026-02-30" back unchanged).
    static func day(_ column: String) -> String {
        "\(column) GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date(julianday(\(column))) = \(column)"
    }

    private static func createSoftwareRegister(_ db: Database) throws {
        // One period of use of one version of a product by a team. A row is never updated: the newest row of a
        // (team, product, version) is its current period (a correction or an end of use appends a new row).
        try db.create(table: "teamSoftware") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("team", onDelete: .cascade).notNull()
            t.belongsTo("product", onDelete: .restrict).notNull()
            t.column("version", .text).notNull().check { length($0) > 0 && length($0) <= 60 }
            t.column("since", .text).notNull().check(sql: day("since"))
            t.column("until", .text).check(sql: "until IS NULL OR (\(day("until")) AND until >= since)")
            t.column("contractEnd", .text).check(sql: "contractEnd IS NULL OR (\(day("contractEnd")) AND contractEnd >= since)")
            t.column("recordedBy", .text).notNull().check { length($0) > 0 }
            t.column("recordedAt", .datetime).notNull()
        }
        try db.create(index: "teamSoftware_current", on: "teamSoftware", columns: ["teamId", "productId", "version", "id"])
        try db.create(index: "teamSoftware_product", on: "teamSoftware", columns: ["productId", "teamId"])
        // The team's stage in the method from a day on; the newest day on or before a date is the stage on that date.
        try db.create(table: "teamStage") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("team", onDelete: .cascade).notNull()
            t.column("stage", .text).notNull().check { stages.contains($0) }
            t.column("since", .text).notNull().check(sql: day("since"))
            t.column("recordedBy", .text).notNull().check { length($0) > 0 }
            t.column("recordedAt", .datetime).notNull()
        }
        try db.create(index: "teamStage_team", on: "teamStage", columns: ["teamId", "since", "id"])
    }

    private static func createFacilitatorPool(_ db: Database) throws {
        // Professionals of a team who help other teams (§IV.A.iii). Personal data: only the DIM and admins see them.
        try db.create(table: "facilitator") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().check { length($0) > 0 && length($0) <= 120 }
            t.column("profession", .text).notNull().check { length($0) > 0 }
            t.belongsTo("team", onDelete: .restrict).notNull()
            t.column("availability", .text).notNull().defaults(to: "").check { length($0) <= 200 }
            t.column("recordedBy", .text).notNull().check { length($0) > 0 }
            t.column("recordedAt", .datetime).notNull()
        }
        try db.create(index: "facilitator_team", on: "facilitator", columns: ["teamId"])
        try db.create(table: "facilitatorSoftware") { t in
            t.belongsTo("facilitator", onDelete: .cascade).notNull()
            t.belongsTo("product", onDelete: .restrict).notNull()
            // The year they started using it: "maîtrise Chorus depuis 2024".
            t.column("sinceYear", .integer).notNull().check { $0 >= 1990 && $0 <= 2100 }
            t.primaryKey(["facilitatorId", "productId"])
        }
        try db.create(index: "facilitatorSoftware_product", on: "facilitatorSoftware", columns: ["productId"])
        try db.create(table: "intervention") { t in
            t.autoIncrementedPrimaryKey("id")
            t.belongsTo("facilitator", onDelete: .restrict).notNull()
            t.belongsTo("team", onDelete: .restrict).notNull()
            t.column("date", .text).notNull().check(sql: day("date"))
            t.column("topic", .text).notNull().check { length($0) > 0 && length($0) <= 300 }
            // Hours, as funders count them; a day of work at most per row.
            t.column("hours", .double).notNull().check { $0 > 0 && $0 <= 24 }
            t.column("recordedBy", .text).notNull().check { length($0) > 0 }
            t.column("recordedAt", .datetime).notNull()
        }
        try db.create(index: "intervention_date", on: "intervention", columns: ["date"])
        try db.create(index: "intervention_facilitator", on: "intervention", columns: ["facilitatorId", "date"])
        try db.create(index: "intervention_team", on: "intervention", columns: ["teamId", "date"])
    }
}
