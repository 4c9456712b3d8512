import Deployment
import HTTPTypes
import HummingbirdTesting
import Store
import Testing
import Web

/// `.ics` downloads: the plan's milestones (plan and follow-up pages), the action plan's due dates (its page) and the
/// user groups (their page), as `text/calendar`, named with the team and the day.
@Suite("Calendriers à télécharger (web)")
struct CalendarDownloadTests {
    @Test(arguments: ["dim@example.org", "coord@example.org"])
    func campaignCalendarsAreLinkedAndNamedWithTheTeamAndDay(email: String) async throws {
        try await WebFixture.visit(loggedInAs: email) { _, visitor in
            let plan = try await visitor.get("/campagnes/1/plan")
            #expect(plan.text.contains("href=\"/campagnes/1/telechargements/jalons.ics\""))
            let actions = try await visitor.get("/campagnes/1/actions")
            #expect(actions.text.contains("href=\"/campagnes/1/telechargements/actions.ics\""))
            for kind in ["jalons", "actions", "groupes-utilisateurs"] {
                let file = try await visitor.get("/campagnes/1/telechargements/\(kind).ics")
                #expect(file.status == .ok)
                #expect(file.headers[.contentType] == "text/calendar; charset=utf-8")
                #expect(file.headers[.contentDisposition] == "attachment; filename=\"\(kind)_msp-des-hirondelles-fictive_2033-05-18.ics\"")
                #expect(file.text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
            }
            let milestones = try await visitor.get("/campagnes/1/telechargements/jalons.ics")
            // The server's public address links each event to its page.
            #expect(milestones.text.contains("URL:http://127.0.0.1:8080/campagnes/1/plan\r\n"))
        }
    }

    @Test func userGroupsCalendarHoldsEverySessionAndTheNextMeeting() async throws {
        try await WebFixture.visit(loggedInAs: "animation@example.org") { fixture, visitor in
            _ = try fixture.store.userGroups.save(id: nil, UserGroupSession(
                software: "Logiciel Éole (fictif)", date: "2033-05-02", mode: .visio, place: nil, facilitator: "Camille",
                noteTaker: nil, teams: [], attendees: [], agenda: [], topics: [], requests: [], decisions: [], actions: [],
                nextMeeting: "2033-07-04"))
            let page = try await visitor.get("/groupes")
            #expect(page.text.contains("href=\"/groupes/calendrier.ics\""))
            let file = try await visitor.get("/groupes/calendrier.ics")
            #expect(file.headers[.contentDisposition] == "attachment; filename=\"groupes-utilisateurs_2033-05-18.ics\"")
            #expect(file.text.contains("DTSTART;VALUE=DATE:20330502\r\n"))
            #expect(file.text.contains("DTSTART;VALUE=DATE:20330704\r\n"))
            #expect(file.text.contains("UID:groupe-logiciel-eole-fictif-2033-07-04@sipadvisor\r\n"))
        }
    }

    @Test func aFacilitatorCannotReadATeamsCalendar() async throws {
        try await WebFixture.visit(loggedInAs: "animation@example.org") { _, visitor in
            let file = try await visitor.get("/campagnes/1/telechargements/jalons.ics")
            #expect(file.status == .forbidden)
        }
    }
}
