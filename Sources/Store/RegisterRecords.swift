import Foundation
import GRDB

/// The team's stage in the method (ASIP, annex 4 of the memoir): before the project (diagnosis, choice), during it
/// (installation, migration, training), after it (user groups, progressive use).
public enum MethodStage: String, Codable, Sendable, CaseIterable {
    case avant, pendant
    case apres = "apres"

    /// The memoir's word, as users read and type it.
    public var frenchName: String {
        switch self {
        case .avant: "avant"
        case .pendant: "pendant"
        case .apres: "après"
        }
    }

    /// A stage as typed: the memoir's word, with or without its accent, in any case.
    public init?(typed: String) {
        let word = typed.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "è", with: "e")
        self.init(rawValue: word)
    }
}

/// One period of use of one version of a product by a team, as recorded (rows are appended, never updated).
public struct TeamSoftwareRecord: Codable, Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var teamId: Int64
    public var productId: String
    public var version: String
    /// `YYYY-MM-DD`.
    public var since: String
    /// The last day of use is the day before; `nil` while in use.
    public var until: String?
    public var contractEnd: String?
    public var recordedBy: String
    public var recordedAt: Date
}

/// A period of use with the names the pages and the CLI show.
public struct SoftwareInUse: Sendable, Equatable, StoredRowDecodable {
    public var record: TeamSoftwareRecord
    public var productName: String
    public var teamName: String

    init(stored row: StoredRow) throws {
        record = try TeamSoftwareRecord(stored: row)
        productName = row["productName"]
        teamName = row["teamName"]
    }
}

public struct TeamStageRecord: Codable, Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var teamId: Int64
    public var stage: MethodStage
    public var since: String
    public var recordedBy: String
    public var recordedAt: Date
}

/// A professional of the pool with the software they master.
public struct FacilitatorRecord: Codable, Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var name: String
    /// A catalog profession id (`infirmier`).
    public var profession: String
    public var teamId: Int64
    public var availability: String
    public var recordedBy: String
    public var recordedAt: Date
}

public struct Facilitator: Sendable, Equatable {
    public struct Mastery: Sendable, Equatable {
        public var productId: String, productName: String, sinceYear: Int
        public init(productId: String, productName: String, sinceYear: Int) {
            self.productId = productId; self.productName = productName; self.sinceYear = sinceYear
        }
    }

    public var record: FacilitatorRecord
    public var teamName: String
    /// Oldest first.
    public var software: [Mastery]
}

public struct InterventionRecord: Codable, Sendable, Equatable, FetchableRecord {
    public var id: Int64
    public var facilitatorId: Int64
    public var teamId: Int64
    public var date: String
    public var topic: String
    public var hours: Double
    public var recordedBy: String
    public var recordedAt: Date
}

/// A year's interventions of one facilitator or for one team, as funders are given them.
public struct InterventionTotal: Sendable, Equatable, StoredRowDecodable {
    public var id: Int64
    public var name: String
    public var interventions: Int
    public var hours: Double

    init(stored row: StoredRow) {
        id = row["id"]
        name = row["name"]
        interventions = row["interventions"]
        hours = row["hours"]
    }

    public init(id: Int64, name: String, interventions: Int, hours: Double) {
        self.id = id; self.name = name; self.interventions = interventions; self.hours = hours
    }
}
