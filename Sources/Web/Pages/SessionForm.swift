import Comparator
import Deployment
import Foundation
import Reports

/// The user-group session form: plain text areas, one line per entry, so a facilitator can type during a video
/// call without a mouse. Every line is checked; errors name the field and the line.
struct SessionForm {
    struct Problem: Error { var message: String }

    let professions: [Profession]

    func profession(_ text: String, field: String, line: Int) throws -> String {
        let typed = text.trimmingCharacters(in: .whitespaces)
        guard let match = professions.first(where: { $0.id == typed || $0.label.lowercased() == typed.lowercased() }) else {
            throw Problem(message: "\(field), ligne \(line) : profession inconnue « \(typed) » (attendu : \(professions.map(\.id).joined(separator: ", ")))")
        }
        return match.id
    }

    static func lines(_ text: String) -> [(number: Int, text: String)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { ($0.offset + 1, $0.element.trimmingCharacters(in: .whitespacesAndNewlines)) }
            .filter { !$0.1.isEmpty }
    }

    static func parts(_ line: String) -> [String] {
        line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func apply(_ form: FormFields, to session: inout UserGroupSession) throws {
        session.teams = try Self.lines(form.value("equipes") ?? "").map { number, line in
            let parts = Self.parts(line)
            guard !parts[0].isEmpty else { throw Problem(message: "Équipes invitées, ligne \(number) : nom d'équipe manquant") }
            let list = parts.count > 1 ? parts[1].split(separator: ",").map(String.init) : []
            return .init(name: parts[0], professions: try list.map { try profession($0, field: "Équipes invitées", line: number) })
        }
        session.attendees = try Self.lines(form.value("participants") ?? "").map { number, line in
            let parts = Self.parts(line)
            guard parts.count >= 3, !parts[0].isEmpty else {
                throw Problem(message: "Participant·es, ligne \(number) : « Nom ; Équipe ; profession ; niveau » attendu")
            }
            let level = parts.count > 3 ? parts[3].lowercased() : "debutant"
            return .init(name: parts[0], team: parts[1], profession: try profession(parts[2], field: "Participant·es", line: number),
                         level: level.hasPrefix("exp") ? .experimente : .debutant)
        }
        session.agenda = Self.lines(form.value("odj") ?? "").map(\.text)
        session.topics = Self.topics(form.value("sujets") ?? "")
        session.decisions = Self.lines(form.value("decisions") ?? "").map(\.text)
        session.actions = try Self.lines(form.value("actions") ?? "").map { number, line in
            let parts = Self.parts(line)
            let owner = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
            let due = parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil
            if let due, CalendarDay.parse(due) == nil {
                throw Problem(message: "Actions, ligne \(number) : échéance « \(due) » au format AAAA-MM-JJ attendue")
            }
            let status: UserGroupSession.Action.Status = parts.count > 3 ? (UserGroupSession.Action.Status(rawValue: parts[3]) ?? .aFaire) : .aFaire
            return .init(what: parts[0], owner: owner, due: due, status: status)
        }
        let next = form.trimmed("prochaine")
        if !next.isEmpty && CalendarDay.parse(next) == nil { throw Problem(message: "Prochaine réunion : date AAAA-MM-JJ attendue") }
        session.nextMeeting = next.isEmpty ? nil : next
    }

    /// "## Title" starts a topic; "+ tip" and "- difficulty" lines; anything else is notes.
    static func topics(_ text: String) -> [UserGroupSession.Topic] {
        var topics: [UserGroupSession.Topic] = []
        for (_, line) in lines(text) {
            if line.hasPrefix("##") {
                topics.append(.init(title: line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces), notes: nil, tips: [], difficulties: []))
                continue
            }
            if topics.isEmpty { topics.append(.init(title: "Échanges", notes: nil, tips: [], difficulties: [])) }
            let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("+") { topics[topics.count - 1].tips.append(body) }
            else if line.hasPrefix("-") { topics[topics.count - 1].difficulties.append(body) }
            else { topics[topics.count - 1].notes = [topics[topics.count - 1].notes, line].compactMap { $0 }.joined(separator: " ") }
        }
        return topics
    }

    func applyRequest(_ form: FormFields, to session: inout UserGroupSession) throws {
        let id = form.trimmed("id")
        guard !id.isEmpty, id.count <= 40 else { throw Problem(message: "Demande : numéro obligatoire (40 caractères au plus)") }
        let existing = session.requests.firstIndex { $0.id == id }
        let title = form.trimmed("titre")
        guard !title.isEmpty || existing != nil else { throw Problem(message: "Demande \(id) : titre obligatoire pour une nouvelle demande") }
        // A blank vote count keeps the current one: updating a status must not wipe the votes.
        let typedVotes = form.trimmed("votes")
        let votes = typedVotes.isEmpty ? (existing.map { session.requests[$0].votes } ?? 0) : (Int(typedVotes) ?? -1)
        guard votes >= 0 else { throw Problem(message: "Demande \(id) : le nombre de votes doit être un entier positif") }
        let list = try form.trimmed("professions").split(separator: ",").map { try profession(String($0), field: "Demande \(id)", line: 1) }
        var status: FeatureRequest.Status?
        if let state = FeatureRequest.State(rawValue: form.trimmed("etat")) {
            let date = form.trimmed("date_statut"), promised = form.trimmed("promise_pour")
            for (value, name) in [(date, "date du statut"), (promised, "date promise")] where !value.isEmpty && CalendarDay.parse(value) == nil {
                throw Problem(message: "Demande \(id) : \(name) au format AAAA-MM-JJ attendue")
            }
            if state == .promise && promised.isEmpty { throw Problem(message: "Demande \(id) : indiquez pour quand la demande est promise") }
            status = .init(state: state, date: date.isEmpty ? nil : date, promisedFor: promised.isEmpty ? nil : promised)
        }
        if let existing {
            var request = session.requests[existing]
            if !title.isEmpty { request.title = title }
            if !form.trimmed("description").isEmpty { request.description = form.trimmed("description") }
            if !list.isEmpty { request.professions = list }
            request.votes = votes
            if let status { request.status = status }
            session.requests[existing] = request
        } else {
            session.requests.append(FeatureRequest(id: id, title: title, description: form.trimmed("description").isEmpty ? nil : form.trimmed("description"),
                                                   professions: list, votes: votes, status: status))
        }
    }

    /// The session back as the text areas show it.
    static func text(of session: UserGroupSession) -> (teams: String, attendees: String, agenda: String, topics: String, decisions: String, actions: String) {
        let teams = session.teams.map { "\($0.name) ; \($0.professions.joined(separator: ", "))" }.joined(separator: "\n")
        let attendees = session.attendees.map { "\($0.name) ; \($0.team) ; \($0.profession) ; \($0.level.rawValue)" }.joined(separator: "\n")
        let topics = session.topics.map { topic in
            (["## \(topic.title)"] + (topic.notes.map { [$0] } ?? []) + topic.tips.map { "+ \($0)" } + topic.difficulties.map { "- \($0)" })
                .joined(separator: "\n")
        }.joined(separator: "\n")
        let actions = session.actions.map { "\($0.what) ; \($0.owner ?? "") ; \($0.due ?? "") ; \($0.status.rawValue)" }.joined(separator: "\n")
        return (teams, attendees, session.agenda.joined(separator: "\n"), topics, session.decisions.joined(separator: "\n"), actions)
    }
}
