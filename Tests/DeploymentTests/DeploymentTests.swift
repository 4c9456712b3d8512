import Deployment
import Foundation
import Testing

@Suite("Déploiement : calendrier, séances, demandes aux éditeurs")
struct DeploymentTests {
    @Test(arguments: ["2026-02-30", "2026-13-01", "26-01-01", "2026-1-1", "2026/01/01", "", "2026-01-01T00:00"])
    func onlyRealISODaysAreDays(text: String) {
        #expect(CalendarDay.parse(text) == nil)
    }

    @Test func monthsAndWeeksAddOnTheCalendar() throws {
        let january31 = try #require(CalendarDay.parse("2027-01-31"))
        #expect(CalendarDay.iso(CalendarDay.adding(months: 1, to: january31)) == "2027-02-28")
        #expect(CalendarDay.iso(CalendarDay.adding(weeks: 2, to: january31)) == "2027-02-14")
    }

    @Test func stepsFollowEachOtherAndLastAtLeastAWeek() throws {
        let step = { (id: String, weeks: Int) in
            DeploymentMethod.Step(id: id, title: id, weeks: weeks, owner: "DIM", checklist: [], questions: [], milestone: nil, source: nil)
        }
        let method = DeploymentMethod(source: "test", stages: [
            .init(id: "avant", title: "Avant", steps: [step("a", 2), step("b", 0)]),
            .init(id: "pendant", title: "Pendant", steps: [step("c", 3)]),
        ], training: [], migrationChecks: [])
        let rows = Schedule(method: method, start: try #require(CalendarDay.parse("2027-01-04"))).rows
        #expect(rows.map { CalendarDay.iso($0.start) } == ["2027-01-04", "2027-01-18", "2027-01-25"])
        #expect(rows.map { CalendarDay.iso($0.end) } == ["2027-01-18", "2027-01-25", "2027-02-15"])
    }

    static func session(_ date: String, _ requests: [FeatureRequest], attendees: [(String, String)]) -> UserGroupSession {
        UserGroupSession(software: "Logiciel A", date: date, mode: .visio, place: nil, facilitator: "Camille", noteTaker: nil,
                         teams: [], attendees: attendees.map { .init(name: "x", team: $0.0, profession: $0.1, level: .debutant) },
                         agenda: [], topics: [], requests: requests, decisions: [], actions: [], nextMeeting: nil)
    }

    @Test func requestsAreMergedPrioritisedAndLatePromisesFlagged() {
        let agenda = FeatureRequest(id: "agenda", title: "Agenda", description: nil, professions: ["infirmier"], votes: 2,
                                    status: .init(state: .promise, date: "2026-09-01", promisedFor: "2026-10-01"))
        let billing = FeatureRequest(id: "facturation", title: "Facturation", description: nil, professions: [], votes: 5, status: nil)
        let sessions = [
            Self.session("2026-09-01", [agenda], attendees: [("MSP A", "infirmier"), ("MSP B", "pharmacien")]),
            Self.session("2026-11-01", [billing, agenda], attendees: [("MSP C", "infirmier")]),
        ]
        let merged = EditorRequests.consolidate(sessions, date: "2026-12-01")
        #expect(merged.map(\.id) == ["facturation", "agenda"])
        #expect(merged[1].teams == ["MSP A", "MSP C"])
        #expect(merged[1].history.count == 2)
        #expect(merged[1].overduePromise)
        #expect(!merged[0].overduePromise)
    }

    @Test func theNextMeetingDefaultsToTwoMonthsLater() {
        #expect(Self.session("2026-11-30", [], attendees: []).resolvedNextMeeting == "2027-01-30")
    }
}
