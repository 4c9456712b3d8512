import Deployment
import Foundation
import Store
import TestSupport
import Testing

/// `sipadvisor export ID --format ics`: the files are read back with Python's `icalendar` (independent of the Swift
/// writer) the way a calendar application reads them.
@Suite("Export des calendriers", .serialized,
       .enabled(if: PythonScripts.hasModule("icalendar"), "module Python icalendar absent : scripts/setup --test"))
struct CalendarExportTests {
    struct Calendar: Decodable {
        struct Day: Decodable { var type: String; var value: String }
        struct Event: Decodable {
            var uid: String; var summary: String; var description: String; var start: Day; var end: Day?; var status: String
            var url: String?; var categories: [String]
        }
        var version: String; var name: String; var method: String; var crlf: Bool; var longest: Int; var events: [Event]
    }

    static let files = ["jalons_msp-du-test_2027-01-04.ics", "actions_msp-du-test_2027-01-04.ics",
                        "groupes-utilisateurs_msp-du-test_2027-01-04.ics"]

    /// A team of two, one action due on 2027-03-01 and one without a date, one user-group session the team attended
    /// and one it did not.
    static func prepared(_ scratch: Scratch) throws -> [String] {
        let options = try FollowUpCommandTests.prepared(scratch)
        #expect(runInProcess(["plan", "1", "--dimension", "projet-sante", "--title", "Ordre du jour, compte rendu ; relances",
                              "--due", "2027-03-01"] + options) == 0)
        #expect(runInProcess(["plan", "1", "--dimension", "besoins-population", "--title", "Enquête sans date"] + options) == 0)
        let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
        for (team, date) in [("MSP du Test", "2027-02-10"), ("Autre MSP", "2027-02-11")] {
            _ = try store.userGroups.save(id: nil, UserGroupSession(
                software: "Logiciel Éole (fictif)", date: date, mode: .visio, place: nil, facilitator: "Camille",
                noteTaker: nil, teams: [.init(name: team, professions: ["infirmier"])], attendees: [], agenda: ["Tournées"],
                topics: [], requests: [], decisions: [], actions: [], nextMeeting: nil))
        }
        return options
    }

    static func read(_ scratch: Scratch) throws -> [String: Calendar] {
        let script = Checkout.root.appendingPathComponent("scripts/ics_check.py").path
        let result = try BuiltExecutable.run(["python3", script] + files.map { scratch.path("out/\($0)") },
                                             executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode([String: Calendar].self, from: Data(result.stdout.utf8))
    }

    @Test func milestonesActionsAndMeetingsAreAllDayEventsACalendarReads() throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            try expectCommand(["export", "1", "--format", "ics", "--out", scratch.path("out"), "--date", "2027-01-04"] + options,
                              stdout: "3 fichier(s) écrit(s) dans \(scratch.path("out"))\u{00A0}: \(Self.files.joined(separator: ", "))",
                              stderr: "")
            let calendars = try Self.read(scratch)
            for calendar in calendars.values {
                #expect(calendar.version == "2.0" && calendar.method == "PUBLISH" && calendar.crlf && calendar.longest <= 75)
                for event in calendar.events {
                    // A day, not a moment a time zone could shift to the day before.
                    #expect(event.start.type == "date", "\(event.summary)")
                    let end = try #require(event.end)
                    #expect(end.type == "date" && end.value > event.start.value, "\(event.summary)")
                }
            }
            let milestones = try #require(calendars[Self.files[0]])
            #expect(milestones.name == "Jalons du projet — MSP du Test")
            #expect(milestones.events.count == 17)
            #expect(milestones.events.first?.summary == "Jalon\u{00A0}: Diagnostic partagé en réunion d'équipe")
            #expect(milestones.events.first.map { [$0.start.value, $0.end?.value] } == ["2027-02-01", "2027-02-02"])
            #expect(milestones.events.allSatisfy { $0.status == "TENTATIVE" && $0.categories == ["Plan de projet"] })
            #expect(milestones.events.contains { $0.summary == "Jalon\u{00A0}: Reprise des données validée par l'équipe" })

            let actions = try #require(calendars[Self.files[1]])
            #expect(actions.events.map(\.summary) == ["Échéance\u{00A0}: Ordre du jour, compte rendu\u{00A0}; relances"])
            #expect(actions.events.map(\.start.value) == ["2027-03-01"])
            #expect(actions.events.first?.end?.value == "2027-03-02")

            let groups = try #require(calendars[Self.files[2]])
            #expect(groups.events.map(\.summary) == ["Groupe utilisateurs Logiciel Éole (fictif)",
                                                     "Prochaine réunion du groupe utilisateurs Logiciel Éole (fictif)"])
            #expect(groups.events.map(\.start.value) == ["2027-02-10", "2027-04-10"])
        }
    }

    @Test func exportingAgainAfterTheFollowUpStartsKeepsEachMilestoneUID() throws {
        try Scratch.using { scratch in
            let options = try Self.prepared(scratch)
            let export = ["export", "1", "--format", "ics", "--out", scratch.path("out"), "--date", "2027-01-04"] + options
            try expectCommand(export, stderr: "")
            let before = try #require(try Self.read(scratch)[Self.files[0]])
            #expect(runInProcess(["followup", "start", "--campaign", "1", "--start", "2027-02-01"] + options) == 0)
            try expectCommand(export, stderr: "")
            let after = try #require(try Self.read(scratch)[Self.files[0]])
            #expect(after.events.map(\.uid) == before.events.map(\.uid))
            #expect(after.events.first?.start.value == "2027-03-01")
            #expect(after.events.allSatisfy { $0.status == "CONFIRMED" })
        }
    }
}
