import Foundation
import GRDB

// Records of the deployment follow-up (`FollowUpSchema`). Status, party, content and severity are stored as the
// raw values of the `Deployment` enumerations; Application converts them.

public struct FollowUpRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "followUp"
    public var id: Int64
    public var campaignId: Int64
    public var productId: String?
    public var startDate: String
    public var startedBy: String
    public var createdAt: Date
}

/// A tracked item: one of the team's steps, or a date the editor promised.
public struct FollowUpItemRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "followUpItem"
    public var id: Int64
    public var followUpId: Int64
    public var party: String
    public var stepId: String?
    public var position: Int
    public var title: String
    public var owner: String
    public var plannedStart: String?
    public var plannedEnd: String
    public var actualStart: String?
    public var actualEnd: String?
    public var status: String
    public var blockedReason: String?
    public var updatedAt: Date
}

/// A training session with the professional's pseudonym and profession (from `respondent`).
public struct TrainingRecord: Codable, Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var respondentId: Int64
    public var label: String
    public var profession: String
    public var date: String
    public var hours: Double
    public var content: String
    public var trainer: String
}

public struct MigrationCheckRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "migrationCheck"
    public var id: Int64
    public var followUpId: Int64
    public var position: Int
    public var text: String
    public var checkedOn: String?
    public var note: String?
}

public struct MigrationDefectRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "migrationDefect"
    public var id: Int64
    public var followUpId: Int64
    public var foundOn: String
    public var description: String
    public var severity: String
    public var fixedOn: String?
    public var recordedAt: Date
}

/// What is overdue across teams, for the DIM's home page and, later, the federation's dashboard: counts by party
/// and the rows, most late first.
public struct OverdueItems: Sendable, Equatable {
    public struct Row: Codable, Sendable, Equatable, FetchableRecord {
        public var itemId: Int64
        public var teamId: Int64
        public var teamName: String
        public var campaignId: Int64
        public var party: String
        public var title: String
        public var plannedEnd: String
        public var status: String
        public var blockedReason: String?
    }

    public var teamCount: Int
    public var editorCount: Int
    public var rows: [Row]
}
