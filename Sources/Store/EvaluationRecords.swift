import Foundation
import GRDB

/// A demonstration of one product to one campaign's team, and its grid.
public struct EvaluationRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "evaluation"
    public var id: Int64
    public var campaignId: Int64
    public var productId: String
    /// The demonstration's day, `YYYY-MM-DD`: the date of the facts it gives.
    public var date: String
    /// The key of the link professionals open on their phones.
    public var token: String
    public var revision: Int
    public var createdBy: String
    public var createdAt: Date
    public var closedAt: Date?
    public var closedBy: String?

    public var isClosed: Bool { closedAt != nil }
}

/// One scenario of the grid, frozen when the grid was prepared.
public struct EvaluationScenarioRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "evaluationScenario"
    public var id: Int64
    public var evaluationId: Int64
    public var position: Int
    public var criterionId: String
    public var text: String
    public var mustHave: Bool
    public var weight: Double
}

/// One professional's sheet: their profession, an optional first name or initials, its own key to correct it.
public struct EvaluationSheetRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "evaluationSheet"
    public var id: Int64
    public var evaluationId: Int64
    public var token: String
    public var profession: String
    public var name: String?
    public var createdAt: Date
    public var updatedAt: Date
}

/// What one sheet says of one scenario: one of the four choices (`EvaluationSchema.choices`) and/or a comment.
public struct EvaluationScoreRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "evaluationScore"
    public var id: Int64
    public var evaluationSheetId: Int64
    public var evaluationScenarioId: Int64
    public var choice: String?
    public var comment: String?
    public var updatedAt: Date
}

/// An evaluation with everything it holds, read in one transaction.
public struct EvaluationSnapshot: Sendable {
    public let evaluation: EvaluationRecord
    public let campaign: CampaignRecord
    public let scenarios: [EvaluationScenarioRecord]
    public let sheets: [EvaluationSheetRecord]
    public let scores: [EvaluationScoreRecord]

    /// A sheet's scores by scenario id.
    public func scores(of sheet: EvaluationSheetRecord) -> [Int64: EvaluationScoreRecord] {
        Dictionary(scores.filter { $0.evaluationSheetId == sheet.id }.map { ($0.evaluationScenarioId, $0) },
                   uniquingKeysWith: { first, _ in first })
    }
}

/// A scenario of a grid being prepared.
public struct NewEvaluationScenario: Sendable, Equatable {
    public var criterionID: String, text: String, mustHave: Bool, weight: Double
    public init(criterionID: String, text: String, mustHave: Bool, weight: Double) {
        self.criterionID = criterionID; self.text = text; self.mustHave = mustHave; self.weight = weight
    }
}

/// A sheet as saved: profession, name, and per scenario id its choice and comment (both `nil`: nothing said).
public struct EvaluationSheetChange: Sendable {
    public var profession: String
    public var name: String?
    public var scores: [Int64: (choice: String?, comment: String?)]

    public init(profession: String, name: String?, scores: [Int64: (choice: String?, comment: String?)]) {
        self.profession = profession; self.name = name; self.scores = scores
    }
}
