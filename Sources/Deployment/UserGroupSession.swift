import Foundation

/// One user-group meeting for one software (about an hour, every two months, topics chosen ahead).
public struct UserGroupSession: Sendable, Codable {
    public enum Mode: String, Sendable, Codable, CaseIterable { case visio, presentiel }
    public enum Level: String, Sendable, Codable, CaseIterable { case debutant, experimente }

    public struct Team: Sendable, Codable { public var name: String; public var professions: [String]
        public init(name: String, professions: [String]) { self.name = name; self.professions = professions } }
    public struct Attendee: Sendable, Codable { public var name: String; public var team: String; public var profession: String; public var level: Level
        public init(name: String, team: String, profession: String, level: Level) {
            self.name = name; self.team = team; self.profession = profession; self.level = level } }
    public struct Topic: Sendable, Codable { public var title: String; public var notes: String?; public var tips: [String]; public var difficulties: [String]
        public init(title: String, notes: String?, tips: [String], difficulties: [String]) {
            self.title = title; self.notes = notes; self.tips = tips; self.difficulties = difficulties } }
    public struct Action: Sendable, Codable {
        public enum Status: String, Sendable, Codable, CaseIterable { case aFaire = "a-faire", enCours = "en-cours", fait }
        public var what: String; public var owner: String?; public var due: String?; public var status: Status
        public init(what: String, owner: String?, due: String?, status: Status) {
            self.what = what; self.owner = owner; self.due = due; self.status = status }
    }

    public var software: String
    /// `YYYY-MM-DD`.
    public var date: String
    public var mode: Mode
    public var place: String?
    public var facilitator: String
    public var noteTaker: String?
    public var teams: [Team]
    public var attendees: [Attendee]
    public var agenda: [String]
    public var topics: [Topic]
    public var requests: [FeatureRequest]
    public var decisions: [String]
    public var actions: [Action]
    /// `YYYY-MM-DD`; two months after `date` when not given.
    public var nextMeeting: String?

    public init(software: String, date: String, mode: Mode, place: String?, facilitator: String, noteTaker: String?,
                teams: [Team], attendees: [Attendee], agenda: [String], topics: [Topic], requests: [FeatureRequest],
                decisions: [String], actions: [Action], nextMeeting: String?) {
        self.software = software; self.date = date; self.mode = mode; self.place = place; self.facilitator = facilitator
        self.noteTaker = noteTaker; self.teams = teams; self.attendees = attendees; self.agenda = agenda; self.topics = topics
        self.requests = requests; self.decisions = decisions; self.actions = actions; self.nextMeeting = nextMeeting
    }

    /// The next meeting, defaulting to two months after this one.
    public var resolvedNextMeeting: String? {
        nextMeeting ?? CalendarDay.parse(date).map { CalendarDay.iso(CalendarDay.adding(months: 2, to: $0)) }
    }

    /// Professions of the invited teams with nobody at the meeting, per team.
    public var absentProfessions: [(team: String, professions: [String])] {
        teams.compactMap { team in
            let present = Set(attendees.filter { $0.team == team.name }.map(\.profession))
            let absent = team.professions.filter { !present.contains($0) }
            return absent.isEmpty ? nil : (team.name, absent)
        }
    }

    public var actionsMissingOwnerOrDate: [Action] { actions.filter { $0.owner == nil || $0.due == nil } }

    /// The session as stored in the database (JSON, keys sorted so that a saved session reads the same twice).
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    public init(json: String) throws {
        self = try JSONDecoder().decode(UserGroupSession.self, from: Data(json.utf8))
    }
}

/// A request to the editor, as recorded in one session.
public struct FeatureRequest: Sendable, Codable {
    public enum State: String, Sendable, Codable, CaseIterable {
        case envoyee, promise, livree, refusee

        public var frenchName: String {
            switch self {
            case .envoyee: "envoyée"
            case .promise: "promise"
            case .livree: "livrée"
            case .refusee: "refusée"
            }
        }
    }

    public struct Status: Sendable, Codable {
        public var state: State
        public var date: String?
        /// For `promise`: the date the editor promised.
        public var promisedFor: String?
        public init(state: State, date: String?, promisedFor: String?) { self.state = state; self.date = date; self.promisedFor = promisedFor }
    }

    public var id: String
    public var title: String
    public var description: String?
    public var professions: [String]
    public var votes: Int
    public var status: Status?

    public init(id: String, title: String, description: String?, professions: [String], votes: Int, status: Status?) {
        self.id = id; self.title = title; self.description = description; self.professions = professions
        self.votes = votes; self.status = status
    }
}
