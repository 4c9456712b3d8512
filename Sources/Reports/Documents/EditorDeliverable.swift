import Comparator
import Deployment

/// The consolidated requests to one editor across user-group sessions (`synthèse des demandes à l'éditeur`):
/// merged by id, prioritised, with their status history; promises past their date are flagged.
public struct EditorDeliverable: Sendable {
    public typealias Entry = EditorRequests.Consolidated

    public var software: String
    public var sessions: [UserGroupSession]
    /// Report date `YYYY-MM-DD`: promises before it that are not delivered are overdue.
    public var date: String
    public var professionLabel: @Sendable (String) -> String

    public init(software: String, sessions: [UserGroupSession], date: String, professionLabel: @escaping @Sendable (String) -> String) {
        self.software = software; self.sessions = sessions.filter { $0.software == software }.sorted { $0.date < $1.date }
        self.date = date; self.professionLabel = professionLabel
    }

    /// Requests merged by id, highest priority first (`Deployment.EditorRequests`).
    public var entries: [Entry] { EditorRequests.consolidate(sessions, date: date) }

    public func document(templates: TemplateSet) throws(ReportError) -> ReportDocument {
        ReportDocument(title: "Synthèse des demandes à l'éditeur — \(software)", slug: "synthese-editeur",
                       source: try templates.render("synthese-editeur", EditorView(self)))
    }

    public static func describe(_ status: FeatureRequest.Status) -> String {
        var text = status.state.frenchName
        if let date = status.date { text += " le \(FrenchDate.long(date))" }
        if let promised = status.promisedFor { text += " pour le \(FrenchDate.long(promised))" }
        return text
    }
}

struct EditorView {
    struct Step { var session: String; var status: String }
    struct Request {
        var priority: Int; var id: String; var title: String; var description: String?; var votes: Int; var teams: String
        var teamCount: Int; var professions: String; var status: String; var history: [Step]; var overdue: Bool
    }
    var software: String; var date: String; var sessions: String; var sessionCount: Int; var sessionsText: String
    var requests: [Request]; var overdue: [Request]; var hasOverdue: Bool

    init(_ deliverable: EditorDeliverable) {
        software = deliverable.software
        date = FrenchDate.long(deliverable.date)
        sessions = deliverable.sessions.map { FrenchDate.long($0.date) }.joined(separator: ", ")
        sessionCount = deliverable.sessions.count
        sessionsText = FrenchNumber.count(sessionCount, "groupe utilisateurs", "groupes utilisateurs")
        requests = deliverable.entries.enumerated().map { index, entry in
            Request(priority: index + 1, id: entry.id, title: entry.title, description: entry.description, votes: entry.votes,
                    teams: entry.teams.joined(separator: ", "), teamCount: entry.teams.count,
                    professions: entry.professions.map(deliverable.professionLabel).joined(separator: ", "),
                    status: entry.latest.map(EditorDeliverable.describe) ?? "à envoyer",
                    history: entry.history.map { Step(session: FrenchDate.long($0.session), status: $0.status.map(EditorDeliverable.describe) ?? "discutée, pas encore envoyée") },
                    overdue: entry.overduePromise)
        }
        overdue = requests.filter(\.overdue)
        hasOverdue = !overdue.isEmpty
    }
}
