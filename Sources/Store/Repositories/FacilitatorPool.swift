import Foundation
import GRDB

/// The federation's pool of facilitators (§IV.A.iii of the memoir): professionals of a team, at ease with their
/// software, who help other teams; and the log of their interventions, totalled by year for the funders.
public struct FacilitatorPool: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// A facilitator as checked by `Application.FacilitatorEntry`.
    public struct NewFacilitator: Sendable {
        public var name: String, profession: String, teamID: Int64, availability: String
        public var software: [(productID: String, sinceYear: Int)]
        public init(name: String, profession: String, teamID: Int64, availability: String, software: [(productID: String, sinceYear: Int)]) {
            self.name = name; self.profession = profession; self.teamID = teamID; self.availability = availability; self.software = software
        }
    }

    public struct NewIntervention: Sendable, Equatable {
        public var facilitatorID: Int64, teamID: Int64, date: String, topic: String, hours: Double
        public init(facilitatorID: Int64, teamID: Int64, date: String, topic: String, hours: Double) {
            self.facilitatorID = facilitatorID; self.teamID = teamID; self.date = date; self.topic = topic; self.hours = hours
        }
    }

    /// Adds a facilitator and the software they master in one transaction.
    @discardableResult
    public func add(_ facilitator: NewFacilitator, by who: String) throws -> FacilitatorRecord {
        let now = clock()
        return try writer.write { db in
            let record = try db.insertReturning(FacilitatorRecord.self, into: "facilitator", [
                "name": facilitator.name, "profession": facilitator.profession, "teamId": facilitator.teamID,
                "availability": facilitator.availability, "recordedBy": who, "recordedAt": now,
            ])
            for (product, year) in facilitator.software {
                guard try ProductRecord.fetchOne(db, key: product) != nil else {
                    throw StoreError.invalid("logiciel inconnu du catalogue\u{00A0}: «\u{00A0}\(product)\u{00A0}»")
                }
                try db.execute(sql: "INSERT INTO facilitatorSoftware (facilitatorId, productId, sinceYear) VALUES (?, ?, ?)",
                               arguments: [record.id, product, year])
            }
            return record
        }
    }

    /// The pool, by name, each with their team and software (two queries, whatever the pool's size).
    public func all() throws -> [Facilitator] {
        try writer.read { db in
            let rows = try StoredRow.fetchAll(db, sql: """
                SELECT f.*, t.name AS teamName FROM facilitator f JOIN team t ON t.id = f.teamId ORDER BY f.name, f.id
                """)
            let mastery = try StoredRow.fetchAll(db, sql: """
                SELECT fs.facilitatorId, fs.productId, fs.sinceYear, p.name FROM facilitatorSoftware fs
                JOIN product p ON p.id = fs.productId ORDER BY fs.sinceYear, p.name
                """)
            let software = Dictionary(grouping: mastery, by: { $0["facilitatorId"] as Int64 })
            return try rows.map { row in
                Facilitator(record: try FacilitatorRecord(stored: row), teamName: row["teamName"], software: (software[row["id"]] ?? []).map {
                    Facilitator.Mastery(productId: $0["productId"], productName: $0["name"], sinceYear: $0["sinceYear"])
                })
            }
        }
    }

    public func find(id: Int64) throws -> FacilitatorRecord? {
        try writer.read { db in try FacilitatorRecord.fetchOne(db, sql: "SELECT * FROM facilitator WHERE id = ?", arguments: [id]) }
    }

    /// The professions of a team: those of the respondents of its campaigns.
    public func professions(team: Int64) throws -> Set<String> {
        try writer.read { db in
            Set(try String.fetchAll(db, sql: """
                SELECT DISTINCT r.profession FROM respondent r JOIN campaign c ON c.id = r.campaignId WHERE c.teamId = ?
                """, arguments: [team]))
        }
    }

    @discardableResult
    public func log(_ intervention: NewIntervention, by who: String) throws -> InterventionRecord {
        let now = clock()
        return try writer.write { db in
            try db.insertReturning(InterventionRecord.self, into: "intervention", [
                "facilitatorId": intervention.facilitatorID, "teamId": intervention.teamID, "date": intervention.date,
                "topic": intervention.topic, "hours": intervention.hours, "recordedBy": who, "recordedAt": now,
            ])
        }
    }

    /// A year's interventions, by date.
    public func interventions(year: Int) throws -> [InterventionRecord] {
        try writer.read { db in
            try InterventionRecord.fetchAll(db, sql: "SELECT * FROM intervention WHERE date BETWEEN ? AND ? ORDER BY date, id",
                                            arguments: Self.bounds(year))
        }
    }

    /// A year's totals per facilitator and per team (interventions and hours), by name.
    public func totals(year: Int) throws -> (byFacilitator: [InterventionTotal], byTeam: [InterventionTotal]) {
        try writer.read { db in
            let byFacilitator = try InterventionTotal.fetchAll(db, sql: """
                SELECT f.id, f.name, COUNT(*) AS interventions, SUM(i.hours) AS hours FROM intervention i
                JOIN facilitator f ON f.id = i.facilitatorId WHERE i.date BETWEEN ? AND ? GROUP BY f.id ORDER BY f.name, f.id
                """, arguments: Self.bounds(year))
            let byTeam = try InterventionTotal.fetchAll(db, sql: """
                SELECT t.id, t.name, COUNT(*) AS interventions, SUM(i.hours) AS hours FROM intervention i
                JOIN team t ON t.id = i.teamId WHERE i.date BETWEEN ? AND ? GROUP BY t.id ORDER BY t.name, t.id
                """, arguments: Self.bounds(year))
            return (byFacilitator, byTeam)
        }
    }

    private static func bounds(_ year: Int) -> SQLArguments {
        [String(format: "%04d-01-01", year), String(format: "%04d-12-31", year)]
    }
}
