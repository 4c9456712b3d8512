import Comparator
import Deployment
import Foundation
import Reports
import Store

/// The sensitisation meeting of one team, from the store: its latest campaign's list of professionals (when it has
/// one) and the federation's catalog as the team would compare it. Shared by `report sensibilisation` and the team
/// page, so that both print the same document.
public struct SensitisationSupport: Sendable {
    let store: AppDatabase
    /// The shipped catalog (criteria, professions); the products come from the store.
    let reference: ProductCatalog
    let method: DeploymentMethod
    let kit: SensitisationKit

    public init(store: AppDatabase, reference: ProductCatalog, method: DeploymentMethod, kit: SensitisationKit) {
        self.store = store; self.reference = reference; self.method = method; self.kit = kit
    }

    /// - Parameters:
    ///   - host: who runs the meeting (the federation's DIM contact, or its placeholder).
    ///   - date: the document's date, `YYYY-MM-DD`.
    public func meeting(team: TeamRecord, host: String, date: String) throws -> SensitisationMeeting {
        var catalog = try EvidenceCatalog(store: store, reference: reference).catalog(team: team.id)
        catalog.products = catalog.products.filter { ComparisonSettings.comparesByDefault($0, fictionalTeam: team.fictional) }
        var meeting = SensitisationMeeting(kit: kit, method: method, catalog: catalog, team: try teamFigures(team), host: host, date: date)
        meeting.federationTeams = try store.teamSoftware.teamCountsByProduct(on: date)
        return meeting
    }

    /// The latest campaign's live links, counted per profession: the professionals the team would equip.
    func teamFigures(_ team: TeamRecord) throws -> SensitisationMeeting.Team {
        guard let campaign = try store.campaigns.all(teamID: team.id).last else {
            return SensitisationMeeting.Team(name: team.name, fictional: team.fictional)
        }
        var headcount: [String: Int] = [:]
        for respondent in try store.campaigns.respondents(campaignID: campaign.id) where !respondent.revoked {
            headcount[respondent.profession, default: 0] += 1
        }
        return SensitisationMeeting.Team(name: team.name, fictional: team.fictional, campaign: campaign.name,
                                         campaignDate: CalendarDay.iso(campaign.createdAt), headcount: headcount)
    }
}
