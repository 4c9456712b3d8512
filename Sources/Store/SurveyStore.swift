import Foundation
import GRDB
import Survey

/// The embedded store: one SQLite file in WAL mode. Every write is one transaction, so a rejected import leaves
/// the file as it was.
///
/// ```swift
/// let store = try SurveyStore(path: "sipadvisor.sqlite")
/// let team = try store.addTeam(name: "MSP des Hirondelles (fictive)", fictional: true)
/// ```
public final class SurveyStore: Sendable {
    public let writer: DatabasePool
    /// The one federation of an embedded install.
    static let defaultFederation = "Fédération"

    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        writer = try DatabasePool(path: path, configuration: configuration)
        try Migrations.migrator.migrate(writer)
    }

    // MARK: Teams

    @discardableResult
    /// Adds a team; the name is cleaned (`TypedText.cleaned`) and checked by `TeamRecord.nameProblem` first.
    public func addTeam(name: String, fictional: Bool = false) throws -> TeamRecord {
        let name = TypedText.cleaned(name)
        if let problem = TeamRecord.nameProblem(name) { throw StoreError.invalid(problem) }
        return try writer.write { db in
            let federation = try federationID(db)
            if try TeamRecord.filter(Column("federationId") == federation && Column("name") == name).fetchCount(db) > 0 {
                throw StoreError.duplicateTeam(name)
            }
            var team = TeamRecord(federationId: federation, name: name, fictional: fictional, createdAt: Date())
            try team.insert(db)
            return team
        }
    }

    public func teams() throws -> [TeamRecord] {
        try writer.read { db in try TeamRecord.order(Column("name")).fetchAll(db) }
    }

    public func team(named name: String) throws -> TeamRecord? {
        try writer.read { db in try TeamRecord.filter(Column("name") == name).fetchOne(db) }
    }

    /// A team given as typed on the command line: its number, else its name.
    public func team(nameOrID: String) throws -> TeamRecord? {
        if let id = Int64(nameOrID), let team = try team(id: id) { return team }
        return try team(named: nameOrID)
    }

    public func team(id: Int64) throws -> TeamRecord? {
        try writer.read { db in try TeamRecord.fetchOne(db, key: id) }
    }

    private func federationID(_ db: Database) throws -> Int64 {
        if let existing = try FederationRecord.filter(Column("name") == Self.defaultFederation).fetchOne(db) { return existing.id! }
        var federation = FederationRecord(name: Self.defaultFederation, createdAt: Date())
        try federation.insert(db)
        return federation.id!
    }

    // MARK: Campaigns

    /// Creates a campaign and its respondents, each with a fresh token.
    public func createCampaign(teamID: Int64, name: String, questionnaireVersion: String,
                               respondents: [(label: String, profession: String)]) throws -> (CampaignRecord, [RespondentRecord]) {
        try writer.write { db in
            guard try TeamRecord.fetchOne(db, key: teamID) != nil else { throw StoreError.unknownTeam(String(teamID)) }
            var campaign = CampaignRecord(teamId: teamID, name: name, questionnaireVersion: questionnaireVersion, createdAt: Date())
            try campaign.insert(db)
            var created: [RespondentRecord] = []
            for respondent in respondents {
                var record = RespondentRecord(campaignId: campaign.id!, label: respondent.label, profession: respondent.profession,
                                              token: Token.make(), revoked: false, createdAt: Date())
                try record.insert(db)
                created.append(record)
            }
            return (campaign, created)
        }
    }

    public func campaign(id: Int64) throws -> CampaignRecord? {
        try writer.read { db in try CampaignRecord.fetchOne(db, key: id) }
    }

    public func campaigns(teamID: Int64? = nil) throws -> [CampaignRecord] {
        try writer.read { db in
            var request = CampaignRecord.order(Column("id"))
            if let teamID { request = request.filter(Column("teamId") == teamID) }
            return try request.fetchAll(db)
        }
    }

    public func respondents(campaignID: Int64) throws -> [RespondentRecord] {
        try writer.read { db in
            try RespondentRecord.filter(Column("campaignId") == campaignID).order(Column("id")).fetchAll(db)
        }
    }

    public func respondent(token: String) throws -> RespondentRecord? {
        try writer.read { db in try RespondentRecord.filter(Column("token") == token && Column("revoked") == false).fetchOne(db) }
    }

    // MARK: Answers

    /// Answers of a campaign's respondents, keyed by respondent id.
    public func answers(campaignID: Int64) throws -> [Int64: [AnswerRecord]] {
        try writer.read { db in
            let rows = try AnswerRecord
                .filter(sql: "respondentId IN (SELECT id FROM respondent WHERE campaignId = ?)", arguments: [campaignID])
                .order(Column("id")).fetchAll(db)
            return Dictionary(grouping: rows, by: \.respondentId)
        }
    }

    public func teamAnswers(campaignID: Int64) throws -> [TeamAnswerRecord] {
        try writer.read { db in try TeamAnswerRecord.filter(Column("campaignId") == campaignID).order(Column("id")).fetchAll(db) }
    }

    /// Writes validated answers in one transaction; an existing answer to the same item is replaced.
    /// Saves answers in one transaction. `withdrawnTeamItems`: team answers cleared on the form (every box
    /// unticked, a field emptied), deleted so the page shown again and the exports agree with what was sent.
    /// `completing`: respondents whose questionnaire this save completes (an import of whole questionnaires).
    public func saveAnswers(campaignID: Int64, respondentAnswers: [(respondentID: Int64, item: String, value: String)],
                            teamAnswers: [(item: String, value: String)], withdrawnTeamItems: [String] = [],
                            completing: [Int64] = [], at date: Date = Date()) throws {
        try writer.write { db in
            for item in withdrawnTeamItems {
                try db.execute(sql: "DELETE FROM teamAnswer WHERE campaignId = ? AND itemId = ?", arguments: [campaignID, item])
            }
            for id in completing {
                try db.execute(sql: "UPDATE respondent SET completedAt = COALESCE(completedAt, ?) WHERE id = ? AND campaignId = ?",
                               arguments: [date, id, campaignID])
            }
            for answer in respondentAnswers {
                try Self.upsertAnswer(db, respondentID: answer.respondentID, item: answer.item, value: answer.value, at: date)
            }
            for answer in teamAnswers {
                try db.execute(sql: """
                    INSERT INTO teamAnswer (campaignId, itemId, value, answeredAt) VALUES (?, ?, ?, ?)
                    ON CONFLICT(campaignId, itemId) DO UPDATE SET value = excluded.value, answeredAt = excluded.answeredAt
                    """, arguments: [campaignID, answer.item, answer.value, date])
            }
        }
    }

    /// Inserts an answer, or replaces the respondent's previous answer to the same item.
    static func upsertAnswer(_ db: Database, respondentID: Int64, item: String, value: String, at date: Date) throws {
        try db.execute(sql: """
            INSERT INTO answer (respondentId, itemId, value, answeredAt) VALUES (?, ?, ?, ?)
            ON CONFLICT(respondentId, itemId) DO UPDATE SET value = excluded.value, answeredAt = excluded.answeredAt
            """, arguments: [respondentID, item, value, date])
    }

    // MARK: Action plan

    public func actions(campaignID: Int64) throws -> [PlannedAction] {
        try writer.read { db in
            try ActionRecord.filter(Column("campaignId") == campaignID).order(Column("id")).fetchAll(db).map {
                PlannedAction(dimension: $0.dimensionId, title: $0.title, lead: $0.lead, due: $0.dueDate, means: $0.means,
                              indicator: $0.indicator, status: PlannedAction.Status(rawValue: $0.status) ?? .aFaire)
            }
        }
    }

    public func saveAction(campaignID: Int64, _ action: PlannedAction) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO action (campaignId, dimensionId, title, lead, dueDate, means, indicator, status, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(campaignId, dimensionId) DO UPDATE SET title = excluded.title, lead = excluded.lead,
                  dueDate = excluded.dueDate, means = excluded.means, indicator = excluded.indicator,
                  status = excluded.status, updatedAt = excluded.updatedAt
                """, arguments: [campaignID, action.dimension, action.title, action.lead, action.due, action.means,
                                 action.indicator, action.status.rawValue, Date()])
        }
    }
}

/// Store errors, in French for the person who caused them.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Reason: Sendable, Equatable {
        case duplicateTeam(String), unknownTeam(String), unknownCampaign(String), duplicateUser(String), unknownSession(Int64)
        case invalid(String)
    }
    private let reason: Reason

    public static func duplicateTeam(_ name: String) -> StoreError { .init(reason: .duplicateTeam(name)) }
    public static func unknownTeam(_ name: String) -> StoreError { .init(reason: .unknownTeam(name)) }
    public static func unknownCampaign(_ id: String) -> StoreError { .init(reason: .unknownCampaign(id)) }
    public static func duplicateUser(_ email: String) -> StoreError { .init(reason: .duplicateUser(email)) }
    public static func unknownSession(_ id: Int64) -> StoreError { .init(reason: .unknownSession(id)) }
    /// A value the schema would refuse, with the French rule it breaks.
    public static func invalid(_ rule: String) -> StoreError { .init(reason: .invalid(rule)) }

    public var description: String {
        switch reason {
        case let .duplicateTeam(name): "une équipe nommée « \(name) » existe déjà"
        case let .unknownTeam(name): "équipe inconnue : « \(name) »"
        case let .unknownCampaign(id): "campagne inconnue : \(id)"
        case let .duplicateUser(email): "un compte existe déjà pour « \(email) »"
        case let .unknownSession(id): "séance de groupe utilisateurs inconnue : \(id)"
        case let .invalid(rule): rule
        }
    }
}

/// Respondent tokens: 160 random bits from the system's CSPRNG, in lowercase base32 (32 characters), so a link
/// cannot be guessed and reads unambiguously when dictated.
public enum Token {
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")

    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet[Int(generator.next(upperBound: UInt8(32)))] })
    }
}
