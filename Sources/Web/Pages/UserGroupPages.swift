import Deployment
import Foundation
import Reports
import Store

/// `/groupes`: the recorded sessions, the editor's deliverable per software and the form that starts a session.
struct UserGroupsPage: PageModel {
    static let template = "groupes"

    struct Session: Sendable { var id: Int64; var date: String; var software: String; var requests: Int }
    struct Software: Sendable { var name: String; var encoded: String }

    var sessions: [Session]
    var softwares: [Software]
    var csrf: String
    var error: String?
    var typedSoftware: String
    var typedDate: String
    var facilitator: String

    init(stored: [StoredUserGroupSession], csrf: String, error: String?, typedSoftware: String, typedDate: String, facilitator: String) {
        sessions = stored.map { stored in
            Session(id: stored.id, date: FrenchDate.long(stored.session.date), software: stored.session.software,
                    requests: stored.session.requests.count)
        }
        softwares = Set(stored.map(\.session.software)).sorted().map { Software(name: $0, encoded: Self.encoded($0)) }
        (self.csrf, self.error, self.typedSoftware, self.typedDate, self.facilitator) = (csrf, error, typedSoftware, typedDate, facilitator)
    }

    /// A software's name in the editor deliverable's address (`?logiciel=`).
    static func encoded(_ software: String) -> String {
        software.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}

/// `/groupes/ID`: one session's text areas (as typed when the form was refused) and its requests to the editor.
struct UserGroupPage: PageModel {
    static let template = "groupe"

    struct Request: Sendable { var id: String; var title: String; var votes: Int; var professions: String; var status: String }

    var id: Int64
    var software: String
    var date: String
    var message: String?
    var error: String?
    var csrf: String
    var teams: String
    var attendees: String
    var agenda: String
    var topics: String
    var decisions: String
    var actions: String
    var next: String
    var requests: [Request]
    /// Observations on products reported in this session (set by the route, which reads them).
    var observations: SessionObservations?

    init(id: Int64, session: UserGroupSession, csrf: String, professionLabel: (String) -> String, typed: FormFields?,
         message: String?, error: String?) {
        let text = SessionForm.text(of: session)
        func field(_ name: String, _ stored: String) -> String { typed?.value(name) ?? stored }
        (self.id, software, date, self.message, self.error, self.csrf) = (id, session.software, FrenchDate.long(session.date), message, error, csrf)
        (teams, attendees, agenda) = (field("equipes", text.teams), field("participants", text.attendees), field("odj", text.agenda))
        (topics, decisions, actions) = (field("sujets", text.topics), field("decisions", text.decisions), field("actions", text.actions))
        next = field("prochaine", session.nextMeeting ?? "")
        requests = session.requests.map {
            Request(id: $0.id, title: $0.title, votes: $0.votes, professions: $0.professions.map(professionLabel).joined(separator: ", "),
                    status: $0.status.map(EditorDeliverable.describe) ?? "à envoyer")
        }
    }
}
