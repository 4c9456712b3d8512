import Foundation
import Deployment
import Yams

/// Loads the deployment method (`method.yaml`) and user-group session files, with located French errors.
public enum ReportDataLoader {
    public static func method(_ url: URL) throws(CatalogLoadError) -> DeploymentMethod {
        let log = IssueLog()
        let method = readMethod(url, log: log)
        try log.throwIfAny()
        guard let method else { throw CatalogLoadError([]) }
        return method
    }

    static func readMethod(_ url: URL, log: IssueLog) -> DeploymentMethod? {
        YAMLFile.read(url, displayPath: CatalogLoader.display(url), log: log).flatMap { MethodReader(file: $0).read() }
    }

    /// `catalog/sources.yaml`: source id → the title documents print (`SourceRegister`).
    public static func sources(_ url: URL) throws(CatalogLoadError) -> [String: String] {
        let log = IssueLog()
        let register = SourceRegister.read(url, root: url.standardizedFileURL.deletingLastPathComponent().deletingLastPathComponent(), log: log)
        try log.throwIfAny()
        return register?.titles ?? [:]
    }

    /// Reads several session files; every problem of every file is reported.
    public static func sessions(_ urls: [URL], professions: Set<String>) throws(CatalogLoadError) -> [UserGroupSession] {
        let log = IssueLog()
        let sessions = urls.compactMap { url in
            YAMLFile.read(url, displayPath: CatalogLoader.display(url), log: log).flatMap { SessionReader(file: $0, professions: professions).read() }
        }
        try log.throwIfAny()
        return sessions
    }
}

struct MethodReader {
    let file: YAMLFile

    func read() -> DeploymentMethod? {
        guard let root = MappingReader(file.root, in: file, what: "méthode") else { return nil }
        let stages = root.sequence("stages").compactMap { node -> DeploymentMethod.Stage? in
            guard let stage = MappingReader(node, in: file, what: "étape"), let id = stage.string("id"),
                  let title = stage.string("title") else { return nil }
            return .init(id: id, title: title, steps: stage.sequence("steps").compactMap(step))
        }
        let training = root.sequence("training").compactMap { node -> DeploymentMethod.TrainingWave? in
            guard let wave = MappingReader(node, in: file, what: "vague de formation"), let id = wave.string("id"),
                  let title = wave.string("title"), let weeks = wave.integer("weeks_after_installation", range: 0...104) else { return nil }
            return .init(id: id, title: title, weeksAfterInstallation: weeks)
        }
        guard let source = root.string("source") else { return nil }
        return DeploymentMethod(source: source, stages: stages, training: training, migrationChecks: root.strings("migration_checks", required: true))
    }

    private func step(_ node: Node) -> DeploymentMethod.Step? {
        guard let step = MappingReader(node, in: file, what: "étape du projet"), let id = step.string("id"),
              let title = step.string("title"), let weeks = step.integer("weeks", range: 1...104), let owner = step.string("owner") else { return nil }
        return .init(id: id, title: title, weeks: weeks, owner: owner, checklist: step.strings("checklist", required: true),
                     questions: step.strings("questions"), milestone: step.string("milestone", required: false),
                     source: step.string("source", required: false))
    }
}

struct SessionReader {
    let file: YAMLFile
    let professions: Set<String>

    func read() -> UserGroupSession? {
        guard let root = MappingReader(file.root, in: file, what: "séance de groupe utilisateurs") else { return nil }
        let software = root.string("software"), facilitator = root.string("facilitator")
        let date = isoDate(root, "date", required: true)
        let mode = root.choice("mode", as: UserGroupSession.Mode.self)
        let teams = root.sequence("teams", required: false).compactMap { node -> UserGroupSession.Team? in
            guard let team = MappingReader(node, in: file, what: "équipe"), let name = team.string("name") else { return nil }
            return .init(name: name, professions: team.sequence("professions", required: false).compactMap(profession))
        }
        let attendees = root.sequence("attendees").compactMap { node -> UserGroupSession.Attendee? in
            guard let person = MappingReader(node, in: file, what: "participant·e"), let name = person.string("name"),
                  let team = person.string("team"), let professionNode = person["profession"], let profession = profession(professionNode),
                  let level = person.choice("level", as: UserGroupSession.Level.self) else { return nil }
            return .init(name: name, team: team, profession: profession, level: level)
        }
        let topics = root.sequence("topics", required: false).compactMap { node -> UserGroupSession.Topic? in
            guard let topic = MappingReader(node, in: file, what: "sujet"), let title = topic.string("title") else { return nil }
            return .init(title: title, notes: topic.string("notes", required: false), tips: topic.strings("tips"),
                         difficulties: topic.strings("difficulties"))
        }
        var seen = Set<String>()
        let requests = root.sequence("requests", required: false).compactMap { node -> FeatureRequest? in
            guard let request = request(node) else { return nil }
            if !seen.insert(request.id).inserted { file.issue(node, "demande « \(request.id) » en double dans la séance") }
            return request
        }
        let actions = root.sequence("actions", required: false).compactMap { node -> UserGroupSession.Action? in
            guard let action = MappingReader(node, in: file, what: "action"), let what = action.string("what") else { return nil }
            let status = action.choice("status", as: UserGroupSession.Action.Status.self, required: false) ?? .aFaire
            return .init(what: what, owner: action.string("owner", required: false), due: isoDate(action, "due", required: false), status: status)
        }
        guard let software, let facilitator, let date, let mode else { return nil }
        return UserGroupSession(software: software, date: date, mode: mode, place: root.string("place", required: false),
                                facilitator: facilitator, noteTaker: root.string("note_taker", required: false), teams: teams,
                                attendees: attendees, agenda: root.strings("agenda"), topics: topics, requests: requests,
                                decisions: root.strings("decisions"), actions: actions,
                                nextMeeting: isoDate(root, "next_meeting", required: false))
    }

    private func request(_ node: Node) -> FeatureRequest? {
        guard let entry = MappingReader(node, in: file, what: "demande"), let id = entry.string("id"),
              let title = entry.string("title") else { return nil }
        let votes = entry.integer("votes", required: false, range: 0...1_000_000) ?? 0
        let status = entry["status"].flatMap { node -> FeatureRequest.Status? in
            guard let status = MappingReader(node, in: file, what: "statut"),
                  let state = status.choice("state", as: FeatureRequest.State.self) else { return nil }
            let promised = isoDate(status, "promised_for", required: state == .promise)
            return .init(state: state, date: isoDate(status, "date", required: false), promisedFor: promised)
        }
        return FeatureRequest(id: id, title: title, description: entry.string("description", required: false),
                              professions: entry.sequence("professions", required: false).compactMap(profession),
                              votes: votes, status: status)
    }

    private func profession(_ node: Node) -> String? {
        guard let id = node.string, professions.contains(id) else {
            file.issue(node, "profession inconnue « \(node.string ?? "…") »")
            return nil
        }
        return id
    }

    private func isoDate(_ entry: MappingReader, _ key: String, required: Bool) -> String? {
        guard let text = entry.string(key, required: required) else { return nil }
        guard CalendarDay.parse(text) != nil else {
            file.issue(entry[key], "« \(key) » : date attendue au format AAAA-MM-JJ, par exemple 2026-09-15")
            return nil
        }
        return text
    }
}
