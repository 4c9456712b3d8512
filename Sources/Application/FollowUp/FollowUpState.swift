import Comparator
import Deployment
import Foundation
import Store

/// Everything the follow-up page, `followup list|trainings|checklist` and the plan document show of one follow-up,
/// read on one day.
public struct FollowUpState: Sendable {
    public let followUp: FollowUpRecord
    public let today: String
    /// The team's steps, in the plan's order.
    public let steps: [TrackedStep]
    /// The editor's promises, in the order they were recorded.
    public let promises: [TrackedStep]
    public let trainings: [TrainingRecord]
    public let training: TrainingComparison
    public let checks: [MigrationCheckRecord]
    public let defects: [MigrationDefectRecord]

    /// The late items, team and editor together, most late first.
    public var late: [TrackedStep] {
        (steps + promises).filter { $0.daysLate(today: today) != nil }.sorted { $0.plannedEnd < $1.plannedEnd }
    }
}

extension FollowUpTracking {
    /// The follow-up as it stands on `today` (`YYYY-MM-DD`, the caller's clock); `nil` when not started.
    public func state(campaignID: Int64, today: String) throws -> FollowUpState? {
        let campaign = try campaignRecord(campaignID)
        guard let followUp = try database.followUps.find(campaignID: campaignID) else { return nil }
        let items = try database.followUps.items(followUpID: followUp.id).map(Self.tracked)
        let trainings = try database.followUps.trainings(followUpID: followUp.id)
        let people = try database.campaigns.respondents(campaignID: campaignID).filter { !$0.revoked }
        let schedule = CalendarDay.parse(followUp.startDate).map { Schedule(method: method, start: $0) }
        let comparison = TrainingComparison(
            people: people.map { (person: $0.label, profession: $0.profession) },
            sessions: trainings.compactMap(Self.session), declaredHours: try declaredHours(followUp, team: campaign.teamId),
            method: method, schedule: schedule, today: today)
        return FollowUpState(followUp: followUp, today: today, steps: items.filter { $0.party == .team },
                             promises: items.filter { $0.party == .editor }, trainings: trainings, training: comparison,
                             checks: try database.followUps.checks(followUpID: followUp.id),
                             defects: try database.followUps.defects(followUpID: followUp.id))
    }

    /// The hours per professional the deployed product's editor declared (a number fact), `nil` when unknown: no
    /// product chosen, no fact, or a fact without a value — never 0.
    func declaredHours(_ followUp: FollowUpRecord, team: Int64) throws -> Double? {
        guard let productID = followUp.productId,
              let criterion = reference.criteria.first(where: { $0.id == Self.declaredTrainingCriterion }) else { return nil }
        let catalog = try EvidenceCatalog(store: database, reference: reference).catalog(team: team)
        guard let product = catalog.products.first(where: { $0.id == productID }),
              case .number(let hours)? = catalog.fact(of: product, on: criterion).value else { return nil }
        return hours
    }

    static func tracked(_ record: FollowUpItemRecord) -> TrackedStep {
        TrackedStep(id: record.id, party: FollowUpParty(rawValue: record.party) ?? .team, stepId: record.stepId, title: record.title,
                    owner: record.owner, plannedStart: record.plannedStart, plannedEnd: record.plannedEnd,
                    actualStart: record.actualStart, actualEnd: record.actualEnd,
                    status: StepStatus(rawValue: record.status) ?? .toDo, blockedReason: record.blockedReason)
    }

    static func session(_ record: TrainingRecord) -> TrainingSession? {
        TrainingContent(rawValue: record.content).map {
            TrainingSession(person: record.label, profession: record.profession, date: record.date, hours: record.hours,
                            content: $0, trainer: record.trainer)
        }
    }
}
