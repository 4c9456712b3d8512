import Application
import Deployment
import Foundation
@testable import Reports
import Survey
import TestSupport
import Testing

/// The iCalendar writer (RFC 5545): line folding, TEXT escaping, all-day dates, and UIDs that name what an event is.
@Suite("Calendriers iCalendar")
struct ICalendarTests {
    static let stamp = Date(timeIntervalSince1970: 1_796_000_000)

    static func event(summary: String = "Jalon", day: String = "2027-03-01") -> CalendarEvent {
        CalendarEvent(uid: "campagne-1-etape-x@sipadvisor", day: day, summary: summary, description: "Ligne 1\nLigne 2",
                      status: .confirmed, categories: ["Plan de projet"])
    }

    static func text(_ events: [CalendarEvent]) -> String {
        ICalendar(name: "Jalons — MSP des Saules", events: events, stamp: stamp).text
    }

    @Test(arguments: [("a;b", "a\\;b"), ("a,b", "a\\,b"), ("a\\b", "a\\\\b"), ("l1\nl2", "l1\\nl2"), ("« ok »", "« ok »"),
                      ("\\;", "\\\\\\;")])
    func textValuesAreEscaped(plain: String, escaped: String) {
        #expect(ICalendar.escaped(plain) == escaped)
    }

    @Test func longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() throws {
        let summary = String(repeating: "Réunion pluriprofessionnelle à l'Étang — ", count: 4)
        let text = Self.text([Self.event(summary: summary)])
        let bytes = Array(text.utf8)
        var lines: [[UInt8]] = [], current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 { lines.append(current); current = []; index += 2; continue }
            #expect(bytes[index] != 10, "un saut de ligne sans CR")
            current.append(bytes[index]); index += 1
        }
        #expect(current.isEmpty, "le fichier finit par CRLF")
        for line in lines {
            #expect(line.count <= 75, "\(line.count) octets")
            #expect(String(validating: line, as: UTF8.self) != nil, "une séquence UTF-8 coupée")
        }
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:" + ICalendar.escaped(summary) + "\r\n"))
        #expect(lines.contains { $0.first == 32 }, "la ligne longue a été repliée")
    }

    @Test func calendarHasItsHeaderAndAllDayEventsEndTheNextDay() {
        let text = Self.text([Self.event(day: "2027-12-31")]).replacingOccurrences(of: "\r\n ", with: "")
        for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SIP Advisor//sipadvisor//FR", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:Jalons — MSP des Saules", "UID:campagne-1-etape-x@sipadvisor",
                     "DTSTAMP:20261130T005320Z", "DTSTART;VALUE=DATE:20271231", "DTEND;VALUE=DATE:20280101",
                     "DESCRIPTION:Ligne 1\\nLigne 2", "STATUS:CONFIRMED", "CATEGORIES:Plan de projet", "END:VCALENDAR"] {
            #expect(text.contains(line + "\r\n"), "\(line)")
        }
    }

    @Test func milestoneUIDsDoNotMoveWithTheDates() throws {
        let method = try Checkout.loadRun().method
        let january = CalendarEvents.milestones(campaign: 3, method: method, start: "2027-01-04", url: nil)
        let march = CalendarEvents.milestones(campaign: 3, method: method, start: "2027-03-01", url: nil)
        #expect(january.count == method.stages.flatMap(\.steps).filter { $0.milestone != nil }.count)
        #expect(january.map(\.uid) == march.map(\.uid))
        #expect(january.map(\.day) != march.map(\.day))
        #expect(Set(january.map(\.uid)).count == january.count)
        #expect(january.first?.uid == "campagne-3-etape-\(method.stages[0].steps[0].id)@sipadvisor")
        // Once followed, a step keeps the UID its projected milestone had: importing again moves the event.
        let step = TrackedStep(id: 9, party: .team, stepId: method.stages[0].steps[0].id, title: "Diagnostic", owner: "DIM",
                               plannedStart: nil, plannedEnd: "2027-02-15", actualStart: nil, actualEnd: nil, status: .toDo,
                               blockedReason: nil)
        let tracked = CalendarEvents.tracked(campaign: 3, steps: [step], promises: [], method: method, url: nil)
        #expect(tracked.map(\.uid) == [january[0].uid])
    }

    @Test func actionsWithoutDueDateHaveNoEventAndKeepTheirDimensionUID() throws {
        let grid = try Checkout.loadRun().survey.grid
        let dimension = grid.dimensions[0]
        let actions = [PlannedAction(dimension: dimension.id, title: "Ordre du jour, compte rendu", due: "2027-03-01",
                                     means: "Une séance par an.", indicator: "Date de relecture"),
                       PlannedAction(dimension: grid.dimensions[1].id, title: "Sans date", means: "", indicator: "")]
        let events = CalendarEvents.actions(campaign: 2, actions: actions, grid: grid, url: "https://sip.example/campagnes/2/actions")
        #expect(events.map(\.uid) == ["campagne-2-action-\(dimension.id)@sipadvisor"])
        #expect(events.first?.description == "Dimension : \(dimension.title).\nPilote : à désigner.\nMoyens : Une séance par an.\n"
                + "Indicateur : Date de relecture.\nÉtat : à faire.")
    }

    @Test func anAnnouncedMeetingBecomesTheHeldOneInsteadOfADuplicate() {
        func session(_ date: String) -> UserGroupSession {
            UserGroupSession(software: "Logiciel Éole (fictif)", date: date, mode: .visio, place: nil, facilitator: "Camille",
                             noteTaker: nil, teams: [], attendees: [], agenda: [], topics: [], requests: [], decisions: [],
                             actions: [], nextMeeting: nil)
        }
        let before = CalendarEvents.userGroups([(1, session("2027-02-10"))], url: { _ in nil })
        #expect(before.map(\.day) == ["2027-02-10", "2027-04-10"])
        #expect(before.map(\.status) == [.confirmed, .tentative])
        let after = CalendarEvents.userGroups([(1, session("2027-02-10")), (2, session("2027-04-10"))], url: { _ in nil })
        #expect(after.map(\.day) == ["2027-02-10", "2027-04-10", "2027-06-10"])
        #expect(after[1].uid == before[1].uid)
        #expect(after[1].uid == "groupe-logiciel-eole-fictif-2027-04-10@sipadvisor")
    }

    @Test(arguments: [("MSP des Hirondelles (fictive)", "msp-des-hirondelles-fictive"), ("Cœur d'Émeraude", "coeur-d-emeraude"),
                      ("  Saint-Éloi / Île  ", "saint-eloi-ile")])
    func fileNamesAreFoldedToASCII(name: String, slug: String) {
        #expect(FileName.slug(name) == slug)
        #expect(DownloadName(document: "jalons", subject: name, date: "2027-01-04", fileExtension: "ics").ascii == "jalons_\(slug)_2027-01-04.ics")
    }
}
