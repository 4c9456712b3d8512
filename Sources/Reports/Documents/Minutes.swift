import Comparator
import Deployment

/// The minutes of one user-group session (`compte rendu de groupe utilisateurs`).
public struct Minutes: Sendable {
    public var session: UserGroupSession
    public var professionLabel: @Sendable (String) -> String

    public init(session: UserGroupSession, professionLabel: @escaping @Sendable (String) -> String) {
        self.session = session; self.professionLabel = professionLabel
    }

    public func document(templates: TemplateSet) throws(ReportError) -> ReportDocument {
        ReportDocument(title: "Groupe utilisateurs \(session.software) — \(FrenchDate.long(session.date))",
                       slug: "compte-rendu-\(session.date)", source: try templates.render("compte-rendu", MinutesView(self)))
    }
}

struct MinutesView {
    struct Attendee { var name: String; var team: String; var profession: String; var level: String }
    struct Text { var text: String }
    struct Topic { var title: String; var notes: String?; var tips: [Text]; var difficulties: [Text] }
    struct Request { var id: String; var title: String; var description: String?; var professions: String; var votes: Int; var status: String }
    struct Action { var what: String; var owner: String; var due: String; var status: String; var incomplete: Bool }
    struct Absence { var team: String; var professions: String }

    var software: String; var date: String; var mode: String; var place: String?; var facilitator: String; var noteTaker: String
    var beginners: [Attendee]; var experienced: [Attendee]; var attendeeCount: Int
    var agenda: [Text]; var topics: [Topic]; var requests: [Request]; var hasRequests: Bool
    var decisions: [Text]; var actions: [Action]; var hasActions: Bool; var nextMeeting: String
    var absences: [Absence]; var incompleteActions: Int; var incompleteActionsText: String; var hasIncompleteActions: Bool; var hasWarnings: Bool

    init(_ minutes: Minutes) {
        let session = minutes.session, label = minutes.professionLabel
        software = session.software
        date = FrenchDate.long(session.date)
        mode = session.mode == .visio ? "visioconférence" : "en présentiel"
        place = session.place
        facilitator = session.facilitator
        noteTaker = session.noteTaker ?? "non désigné·e"
        let attendees = session.attendees.map {
            Attendee(name: $0.name, team: $0.team, profession: label($0.profession), level: $0.level == .debutant ? "débutant·e" : "expérimenté·e")
        }
        beginners = attendees.filter { $0.level == "débutant·e" }
        experienced = attendees.filter { $0.level != "débutant·e" }
        attendeeCount = attendees.count
        agenda = session.agenda.map(Text.init)
        topics = session.topics.map {
            Topic(title: $0.title, notes: $0.notes, tips: $0.tips.map(Text.init), difficulties: $0.difficulties.map(Text.init))
        }
        requests = session.requests.sorted { $0.votes > $1.votes }.map {
            Request(id: $0.id, title: $0.title, description: $0.description, professions: $0.professions.map(label).joined(separator: ", "),
                    votes: $0.votes, status: $0.status.map(EditorDeliverable.describe) ?? "à envoyer")
        }
        hasRequests = !requests.isEmpty
        decisions = session.decisions.map(Text.init)
        actions = session.actions.map {
            Action(what: $0.what, owner: $0.owner ?? "⚠ sans responsable", due: $0.due.map { FrenchDate.long($0) } ?? "⚠ sans échéance",
                   status: $0.status == .fait ? "fait" : ($0.status == .enCours ? "en cours" : "à faire"),
                   incomplete: $0.owner == nil || $0.due == nil)
        }
        hasActions = !actions.isEmpty
        nextMeeting = session.resolvedNextMeeting.map { FrenchDate.long($0) } ?? "à fixer"
        absences = session.absentProfessions.map { Absence(team: $0.team, professions: $0.professions.map(label).joined(separator: ", ")) }
        incompleteActions = session.actionsMissingOwnerOrDate.count
        incompleteActionsText = FrenchNumber.count(incompleteActions, "action", "actions")
        // Stored, not computed: Mustache reads values through reflection, which does not see computed properties.
        hasIncompleteActions = incompleteActions > 0
        hasWarnings = !absences.isEmpty || incompleteActions > 0
    }
}
