/// The requests to one editor across user-group sessions, merged by id and prioritised: what the federation's user
/// groups ask with one voice. Promises past their date and not delivered are flagged.
public enum EditorRequests {
    public struct Consolidated: Sendable {
        public var id: String
        public var title: String
        public var description: String?
        /// Votes at the latest session where the request was discussed.
        public var votes: Int
        public var teams: [String]
        public var professions: [String]
        /// (session date, status), oldest first.
        public var history: [(session: String, status: FeatureRequest.Status?)]
        public var overduePromise: Bool

        public var latest: FeatureRequest.Status? { history.last?.status }
    }

    /// Requests of `sessions` (one software's, oldest first) merged by id, highest priority first: votes, then
    /// number of teams, then number of professions. `date` (`YYYY-MM-DD`): promises before it are overdue.
    public static func consolidate(_ sessions: [UserGroupSession], date: String) -> [Consolidated] {
        var merged: [String: Consolidated] = [:]
        var order: [String] = []
        for session in sessions {
            for request in session.requests {
                if merged[request.id] == nil { order.append(request.id) }
                merged[request.id] = merging(request, of: session, into: merged[request.id])
            }
        }
        return order.compactMap { merged[$0] }.map { entry in
            var entry = entry
            if let latest = entry.latest, latest.state == .promise, let promised = latest.promisedFor, promised < date {
                entry.overduePromise = true
            }
            return entry
        }.sorted { ($0.votes, $0.teams.count, $0.professions.count, $1.id) > ($1.votes, $1.teams.count, $1.professions.count, $0.id) }
    }

    private static func merging(_ request: FeatureRequest, of session: UserGroupSession, into existing: Consolidated?) -> Consolidated {
        // Teams that voice a request: those with an attendee of a profession it concerns (all present teams when it
        // names no profession).
        let teams = Set(session.attendees.filter { request.professions.isEmpty || request.professions.contains($0.profession) }.map(\.team))
        var entry = existing ?? Consolidated(id: request.id, title: request.title, description: request.description,
                                             votes: 0, teams: [], professions: [], history: [], overduePromise: false)
        entry.title = request.title
        entry.description = request.description ?? entry.description
        entry.votes = request.votes
        entry.teams = Array(Set(entry.teams).union(teams)).sorted()
        entry.professions = Array(Set(entry.professions).union(request.professions)).sorted()
        entry.history.append((session.date, request.status))
        return entry
    }
}
