import Foundation
import GRDB

/// Demonstration evaluations: the grid the DIM prepares, the professionals' sheets, and the closing that records the
/// pooled result as facts. Every write is one transaction; a closed evaluation takes no more sheets.
public struct Evaluations: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// Prepares an evaluation and its grid (scenarios in the order given).
    public func create(campaignID: Int64, productID: String, date: String, createdBy: String,
                       scenarios: [NewEvaluationScenario]) throws -> EvaluationRecord {
        let now = clock()
        return try writer.write { db in
            guard try CampaignRecord.fetchOne(db, key: campaignID) != nil else { throw StoreError.unknownCampaign(String(campaignID)) }
            guard try ProductRecord.fetchOne(db, key: productID) != nil else { throw StoreError.invalid("produit inconnu : « \(productID) »") }
            let evaluation = try db.insertReturning(EvaluationRecord.self, into: "evaluation", [
                "campaignId": campaignID, "productId": productID, "date": date, "token": Token.make(), "revision": 0,
                "createdBy": createdBy, "createdAt": now,
            ])
            for (position, scenario) in scenarios.enumerated() {
                _ = try db.insertReturning(EvaluationScenarioRecord.self, into: "evaluationScenario", [
                    "evaluationId": evaluation.id, "position": position + 1, "criterionId": scenario.criterionID,
                    "text": scenario.text, "mustHave": scenario.mustHave, "weight": scenario.weight,
                ])
            }
            return evaluation
        }
    }

    public func find(id: Int64) throws -> EvaluationRecord? {
        try writer.read { db in try EvaluationRecord.fetchOne(db, key: id) }
    }

    public func find(token: String) throws -> EvaluationRecord? {
        try writer.read { db in try EvaluationRecord.fetchOne(db, where: "token = ?", arguments: [token]) }
    }

    /// A campaign's evaluations, oldest first.
    public func all(campaignID: Int64) throws -> [EvaluationRecord] {
        try writer.read { db in try EvaluationRecord.fetchAll(db, where: "campaignId = ?", arguments: [campaignID], order: "id") }
    }

    /// The closed evaluations of every campaign of a team: they gave the team's own `demo` facts.
    public func closed(teamID: Int64) throws -> [EvaluationSnapshot] {
        try writer.read { db in
            let ids = try Int64.fetchAll(db, sql: """
                SELECT e.id FROM evaluation e JOIN campaign c ON c.id = e.campaignId
                WHERE c.teamId = ? AND e.closedAt IS NOT NULL ORDER BY e.date, e.id
                """, arguments: [teamID])
            return try ids.compactMap { try Self.snapshot(db, id: $0) }
        }
    }

    /// The evaluation with its grid, sheets and scores, in one read.
    public func snapshot(id: Int64) throws -> EvaluationSnapshot? {
        try writer.read { db in try Self.snapshot(db, id: id) }
    }

    public func sheet(token: String) throws -> EvaluationSheetRecord? {
        try writer.read { db in try EvaluationSheetRecord.fetchOne(db, where: "token = ?", arguments: [token]) }
    }

    /// A new, empty sheet for a professional who opened the link; refused once the evaluation is closed.
    public func addSheet(evaluationID: Int64, profession: String, name: String?) throws -> EvaluationSheetRecord {
        let now = clock()
        return try writer.write { db in
            try Self.requireOpen(db, id: evaluationID)
            return try db.insertReturning(EvaluationSheetRecord.self, into: "evaluationSheet", [
                "evaluationId": evaluationID, "token": Token.make(), "profession": profession, "name": name,
                "createdAt": now, "updatedAt": now,
            ])
        }
    }

    /// Saves a sheet whole (what it no longer says is removed); refused once the evaluation is closed.
    public func save(sheetID: Int64, _ change: EvaluationSheetChange) throws {
        let now = clock()
        try writer.write { db in
            guard var sheet = try EvaluationSheetRecord.fetchOne(db, key: sheetID) else { throw StoreError.invalid("fiche inconnue") }
            try Self.requireOpen(db, id: sheet.evaluationId)
            (sheet.profession, sheet.name, sheet.updatedAt) = (change.profession, change.name, now)
            try db.execute(sql: "UPDATE evaluationSheet SET profession = ?, name = ?, updatedAt = ? WHERE id = ?",
                           arguments: [sheet.profession, sheet.name, sheet.updatedAt, sheet.id])
            try EvaluationScoreRecord.deleteAll(db, where: "evaluationSheetId = ?", arguments: [sheetID])
            for (scenario, score) in change.scores.sorted(by: { $0.key < $1.key }) where score.choice != nil || score.comment != nil {
                _ = try db.insertReturning(EvaluationScoreRecord.self, into: "evaluationScore", [
                    "evaluationSheetId": sheetID, "evaluationScenarioId": scenario, "choice": score.choice,
                    "comment": score.comment, "updatedAt": now,
                ])
            }
            try db.execute(sql: "UPDATE evaluation SET revision = revision + 1 WHERE id = ?", arguments: [sheet.evaluationId])
        }
    }

    /// Closes the evaluation and records its facts in one transaction. `revision` is the one the pooled sheets were
    /// read at: a sheet saved since then makes the closing fail, so that no sheet is left out of the facts.
    @discardableResult
    public func close(id: Int64, revision: Int, by who: String, recording change: EvidenceChange) throws -> EvidenceChange.Outcome {
        let now = clock()
        return try writer.write { db in
            let evaluation = try Self.requireOpen(db, id: id)
            guard evaluation.revision == revision else {
                throw StoreError.invalid("une fiche vient d'être enregistrée pendant la clôture : relancez la clôture")
            }
            let outcome = try Products.write(change, at: now, db)
            try db.execute(sql: "UPDATE evaluation SET closedAt = ?, closedBy = ? WHERE id = ?", arguments: [now, who, id])
            return outcome
        }
    }

    @discardableResult
    private static func requireOpen(_ db: StoreDB, id: Int64) throws -> EvaluationRecord {
        guard let evaluation = try EvaluationRecord.fetchOne(db, key: id) else { throw StoreError.invalid("évaluation n° \(id) inconnue") }
        if evaluation.isClosed { throw StoreError.invalid("l'évaluation n° \(id) est close : les fiches ne peuvent plus être modifiées") }
        return evaluation
    }

    private static func snapshot(_ db: StoreDB, id: Int64) throws -> EvaluationSnapshot? {
        guard let evaluation = try EvaluationRecord.fetchOne(db, key: id),
              let campaign = try CampaignRecord.fetchOne(db, key: evaluation.campaignId) else { return nil }
        let scenarios = try EvaluationScenarioRecord.fetchAll(db, where: "evaluationId = ?", arguments: [id], order: "position")
        let sheets = try EvaluationSheetRecord.fetchAll(db, where: "evaluationId = ?", arguments: [id], order: "id")
        let scores = try EvaluationScoreRecord.fetchAll(db, sql: """
            SELECT s.* FROM evaluationScore s JOIN evaluationSheet h ON h.id = s.evaluationSheetId
            WHERE h.evaluationId = ? ORDER BY s.id
            """, arguments: [id])
        return EvaluationSnapshot(evaluation: evaluation, campaign: campaign, scenarios: scenarios, sheets: sheets, scores: scores)
    }
}
