import Foundation
import GRDB
import Survey

/// The action plan a team edited: one row per maturity dimension, replacing the grid's default action.
public struct ActionPlans: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    public func saved(campaignID: Int64) throws -> [PlannedAction] {
        try writer.read { db in try Self.saved(db, campaignID: campaignID) }
    }

    static func saved(_ db: StoreDB, campaignID: Int64) throws -> [PlannedAction] {
        try ActionRecord.fetchAll(db, where: "campaignId = ?", arguments: [campaignID], order: "id").map {
            PlannedAction(dimension: $0.dimensionId, title: $0.title, lead: $0.lead, due: $0.dueDate, means: $0.means,
                          indicator: $0.indicator, status: PlannedAction.Status(rawValue: $0.status) ?? .aFaire)
        }
    }

    public func save(campaignID: Int64, _ action: PlannedAction) throws {
        let now = clock()
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO action (campaignId, dimensionId, title, lead, dueDate, means, indicator, status, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(campaignId, dimensionId) DO UPDATE SET title = excluded.title, lead = excluded.lead,
                  dueDate = excluded.dueDate, means = excluded.means, indicator = excluded.indicator,
                  status = excluded.status, updatedAt = excluded.updatedAt
                """, arguments: [campaignID, action.dimension, action.title, action.lead, action.due, action.means,
                                 action.indicator, action.status.rawValue, now])
        }
    }
}
