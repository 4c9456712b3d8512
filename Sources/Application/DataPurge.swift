import Catalog
import Foundation
import Store

/// Purging a campaign or a team (the admin's pages and `sipadvisor campaign|team purge`), and the retention purge
/// (`sipadvisor purge`). What each removes, table by table, is `Store.DataRights`'; every purge is recorded.
public struct DataPurge: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// What a confirmation names: the campaign or team, and what goes with it, counted.
    public struct Preview: Sendable {
        public let scope: PurgeScope
        /// « la campagne n° 3 « Besoins 2027 » de l'équipe « MSP… » » or « l'équipe « MSP… » ».
        public let name: String
        public let counts: PurgeCounts
    }

    public func preview(_ scope: PurgeScope) throws -> Preview {
        Preview(scope: scope, name: try name(scope), counts: try database.dataRights.counts(scope))
    }

    /// Purges it and records who did; returns what was removed.
    @discardableResult
    public func purge(_ scope: PurgeScope, by actor: AuditActor) throws -> PurgeCounts {
        try database.dataRights.purge(scope, by: actor, target: try name(scope))
    }

    private func name(_ scope: PurgeScope) throws -> String {
        switch scope {
        case let .campaign(id):
            guard let campaign = try database.campaigns.find(id: id) else { throw StoreError.unknownCampaign(String(id)) }
            let team = try database.teams.find(id: campaign.teamId)?.name ?? "?"
            return "la campagne n°\u{A0}\(id) «\u{A0}\(campaign.name)\u{A0}» de l'équipe «\u{A0}\(team)\u{A0}»"
        case let .team(id):
            guard let team = try database.teams.find(id: id) else { throw StoreError.unknownTeam(String(id)) }
            return "l'équipe n°\u{A0}\(id) «\u{A0}\(team.name)\u{A0}»"
        }
    }

    // MARK: Retention

    /// The retention period is not set: nothing can be said to be past it.
    public static let noRetention = StoreError.invalid(
        "durée de conservation non renseignée (clé « retention_months » des réglages de la fédération, ou SIPADVISOR_RETENTION_MONTHS)\u{A0}: rien n'est effacé")

    /// The first instant still kept: `now` minus the retention period, in calendar months (UTC).
    public static func cutoff(now: Date, months: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(byAdding: .month, value: -months, to: now) ?? now
    }

    /// Past retention means: a campaign whose last activity (created, a link issued or finished, an answer, the
    /// team's questions, the plan, a demonstration) is older than the period, removed whole as a campaign purge is;
    /// and audit rows older than the period. Teams and accounts stay. With `dryRun`, nothing is removed.
    public func purgeExpired(settings: FederationSettings, now: Date, dryRun: Bool, by actor: AuditActor) throws -> RetentionPurge {
        guard let months = settings.retentionMonths else { throw Self.noRetention }
        return try database.dataRights.purgeExpired(before: Self.cutoff(now: now, months: months), dryRun: dryRun, by: actor)
    }
}

/// The audit log as a spreadsheet (admin page download, `sipadvisor audit export`), through `CSVText`: an address
/// typed on the login form starting with `=` stays text.
public enum AuditCSV {
    static let header = ["date", "qui", "compte", "type", "cible", "detail"]

    public static func make(_ events: [AuditEventRecord]) throws -> Data {
        let rows: [[CSVText.Cell]] = events.map { event in
            [.timestamp(event.at), .text(event.actor), .integer(event.actorId.map { Int($0) }),
             .text(event.kind.frenchName), .text(event.target), .text(event.detail)]
        }
        return try CSVText.make(header: header, rows: rows, dialect: .spreadsheet)
    }
}
