import Comparator
import Deployment
import Foundation
import Reports
import Store
import Survey

/// A campaign's calendars (`.ics`), one file per kind so that each lands in the agenda of those it concerns (the
/// plan's milestones in the team's, the action plan's due dates in the coordination's, the user groups in the
/// professionals'): `sipadvisor export ID --format ics` writes the three, the web offers each on its page. The
/// UIDs do not depend on the file, so importing one kind twice, or in two files, updates rather than duplicates.
public struct CampaignCalendars: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case milestones = "jalons", actions = "actions", userGroups = "groupes-utilisateurs"

        var title: String {
            switch self {
            case .milestones: "Jalons du projet"
            case .actions: "Plan d'actions"
            case .userGroups: "Groupes utilisateurs"
            }
        }
    }

    let store: AppDatabase
    let tracking: FollowUpTracking
    let grid: MaturityGrid

    public init(store: AppDatabase, method: DeploymentMethod, reference: ProductCatalog, grid: MaturityGrid) {
        self.store = store; self.grid = grid
        tracking = FollowUpTracking(database: store, method: method, reference: reference)
    }

    /// Every kind of the campaign, as files named with the team and `today`.
    /// `baseURL`: the server's public address when known; each event then links to its page.
    public func files(campaignID: Int64, today: String, stamp: Date, baseURL: String?) throws -> [(name: String, data: Data)] {
        try Kind.allCases.map { try file($0, campaignID: campaignID, today: today, stamp: stamp, baseURL: baseURL) }
    }

    public func file(_ kind: Kind, campaignID: Int64, today: String, stamp: Date, baseURL: String?) throws -> (name: String, data: Data) {
        guard let campaign = try store.campaigns.find(id: campaignID), let team = try store.teams.find(id: campaign.teamId) else {
            throw StoreError.unknownCampaign("\(campaignID)")
        }
        let events = try self.events(kind, campaign: campaign, team: team, today: today, baseURL: baseURL)
        let calendar = ICalendar(name: "\(kind.title) — \(team.name)", events: events, stamp: stamp)
        return (DownloadName(document: kind.rawValue, subject: team.name, date: today, fileExtension: "ics").ascii, calendar.data)
    }

    func events(_ kind: Kind, campaign: CampaignRecord, team: TeamRecord, today: String, baseURL: String?) throws -> [CalendarEvent] {
        let page = { (path: String) in baseURL.map { Self.link($0, "/campagnes/\(campaign.id)/\(path)") } }
        switch kind {
        case .milestones:
            // Once the deployment is followed its planned steps are the plan; before, the plan projected from today.
            if let state = try tracking.state(campaignID: campaign.id, today: today) {
                return CalendarEvents.tracked(campaign: campaign.id, steps: state.steps, promises: state.promises,
                                              method: tracking.method, url: page("suivi"))
            }
            return CalendarEvents.milestones(campaign: campaign.id, method: tracking.method, start: today, url: page("plan"))
        case .actions:
            return CalendarEvents.actions(campaign: campaign.id, actions: try store.actionPlans.saved(campaignID: campaign.id),
                                          grid: grid, url: page("actions"))
        case .userGroups:
            // The sessions the team took part in (named among the session's teams, as typed: case and accents aside),
            // and their next meetings.
            let name = FileName.slug(team.name)
            let sessions = try store.userGroups.all().filter { $0.session.teams.contains { FileName.slug($0.name) == name } }
            return Self.userGroupEvents(sessions, baseURL: baseURL)
        }
    }

    /// Every user-group session of the federation and the next meetings: the calendar of `/groupes`.
    public static func userGroups(_ sessions: [StoredUserGroupSession], today: String, stamp: Date, baseURL: String?) -> (name: String, data: Data) {
        let calendar = ICalendar(name: Kind.userGroups.title, events: userGroupEvents(sessions, baseURL: baseURL), stamp: stamp)
        return (DownloadName(document: Kind.userGroups.rawValue, subject: nil, date: today, fileExtension: "ics").ascii, calendar.data)
    }

    static func userGroupEvents(_ sessions: [StoredUserGroupSession], baseURL: String?) -> [CalendarEvent] {
        CalendarEvents.userGroups(sessions.map { ($0.id, $0.session) }, url: { id in baseURL.map { link($0, "/groupes/\(id)") } })
    }

    static func link(_ base: String, _ path: String) -> String { (base.hasSuffix("/") ? String(base.dropLast()) : base) + path }
}
