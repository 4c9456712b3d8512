import Foundation
import Yams

/// The federations one `sipadvisor serve --federations FILE` serves, each on its own host names and its own
/// database (never shared: a federation's accounts, sessions, links and answers stay in its database).
///
/// ```yaml
/// - name: "Fédération fictive du Nord"
///   hosts: [sip.nord.example, nord.example]
///   database: postgres://sip:motdepasse@127.0.0.1/nord     # or a SQLite file, relative to this file
///   settings: nord-reglages.yaml                            # optional, relative to this file
///   public_url: https://sip.nord.example                    # optional, else the settings' base_url
/// ```
///
/// Every problem is reported at once with `file:line`, as for the settings file (`FederationSettings`).
public struct FederationsFile: Sendable, Equatable {
    public struct Federation: Sendable, Equatable {
        public var name: String
        /// Normalised (`HostName.normalised`): lower case, no port.
        public var hosts: [String]
        /// A SQLite path (resolved against the file's folder) or a `postgres://` URL.
        public var database: String
        public var settings: String?
        public var publicURL: String?

        public init(name: String, hosts: [String], database: String, settings: String?, publicURL: String?) {
            self.name = name; self.hosts = hosts; self.database = database; self.settings = settings; self.publicURL = publicURL
        }
    }

    public enum Key: String, CaseIterable, Sendable {
        case name, hosts, database, settings
        case publicURL = "public_url"
    }

    public var federations: [Federation]

    public static func load(path: String) throws(CatalogLoadError) -> FederationsFile {
        let log = IssueLog()
        let url = URL(fileURLWithPath: path)
        var federations: [Federation] = []
        if let file = YAMLFile.read(url, displayPath: CatalogLoader.display(url), log: log) {
            let folder = url.deletingLastPathComponent()
            if let entries = file.root.sequence, !entries.isEmpty {
                let found = entries.compactMap { node in read(node, file: file, folder: folder).map { (federation: $0, node: node) } }
                checkShared(found, file: file)
                federations = found.map(\.federation)
            } else {
                file.issue(file.root, "une liste de fédérations est attendue (« - name: … » avec hosts et database)")
            }
        }
        try log.throwIfAny()
        return FederationsFile(federations: federations)
    }

    private static func read(_ node: Node, file: YAMLFile, folder: URL) -> Federation? {
        guard let entry = MappingReader(node, in: file, what: "fédération") else { return nil }
        for (keyNode, _) in entry.mapping where Key(rawValue: keyNode.string ?? "") == nil {
            let known = Key.allCases.map(\.rawValue).joined(separator: ", ")
            file.issue(keyNode, "clé « \(keyNode.string ?? "…") » inconnue (clés possibles\u{A0}: \(known))")
        }
        let name = entry.string(Key.name.rawValue)
        let hosts = entry.strings(Key.hosts.rawValue, required: true).compactMap { text -> String? in
            guard let host = HostName.normalised(text) else {
                file.issue(entry[Key.hosts.rawValue], "« \(text) » n'est pas un nom d'hôte (lettres, chiffres, points et tirets, ou une adresse IP)")
                return nil
            }
            return host
        }
        if entry[Key.hosts.rawValue]?.sequence?.isEmpty == true { file.issue(entry[Key.hosts.rawValue], "au moins un nom d'hôte est attendu") }
        let database = entry.string(Key.database.rawValue).map { resolved($0, in: folder) }
        let settings = entry.string(Key.settings.rawValue, required: false).map { resolved($0, in: folder) }
        var publicURL: String?
        if let text = entry.string(Key.publicURL.rawValue, required: false) {
            switch FederationSettings.check(.baseURL, text) {
            case let .success(url): publicURL = url
            case .failure: file.issue(entry[Key.publicURL.rawValue], "clé « public_url »\u{A0}: une adresse http:// ou https:// sans paramètres est attendue (lu\u{A0}: « \(text) »)")
            }
        }
        guard let name, let database, !hosts.isEmpty else { return nil }
        return Federation(name: name, hosts: hosts, database: database, settings: settings, publicURL: publicURL)
    }

    /// A host answers for one federation only, and a database belongs to one federation only.
    private static func checkShared(_ federations: [(federation: Federation, node: Node)], file: YAMLFile) {
        var hostOwner: [String: String] = [:], databaseOwner: [String: String] = [:]
        for (federation, node) in federations {
            for host in federation.hosts {
                if let owner = hostOwner[host] {
                    file.issue(node.mapping?[Key.hosts.rawValue], "nom d'hôte « \(host) » en double\u{A0}: il sert déjà la fédération « \(owner) »")
                } else {
                    hostOwner[host] = federation.name
                }
            }
            // The address is not repeated: a postgres:// URL may hold a password.
            if let owner = databaseOwner[federation.database] {
                file.issue(node.mapping?[Key.database.rawValue],
                           "base de données en double\u{A0}: c'est déjà celle de la fédération « \(owner) » (une base par fédération)")
            } else {
                databaseOwner[federation.database] = federation.name
            }
        }
    }

    /// A SQLite path relative to the federations file's folder; a `postgres://` URL as it is.
    static func resolved(_ location: String, in folder: URL) -> String {
        if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") || location.hasPrefix("/") { return location }
        return folder.appendingPathComponent(location).standardizedFileURL.path
    }
}

/// A request's host as the dispatcher compares it: lower case, without the port or a final dot; `nil` when it is
/// not a host name (letters, digits, dots, hyphens) or an IP address (IPv6 in brackets).
public enum HostName {
    public static func normalised(_ text: String) -> String? {
        var host = text.trimmingCharacters(in: .whitespaces).lowercased()
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return nil }
            let rest = host[host.index(after: close)...]
            guard rest.isEmpty || isPort(rest.dropFirst()) && rest.first == ":" else { return nil }
            host = String(host[...close])
            let inside = host.dropFirst().dropLast()
            return !inside.isEmpty && inside.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) ? host : nil
        }
        if let colon = host.lastIndex(of: ":") {
            guard isPort(host[host.index(after: colon)...]) else { return nil }
            host = String(host[..<colon])
        }
        if host.hasSuffix(".") { host.removeLast() }
        let allowed = host.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == ".") }
        return !host.isEmpty && allowed && !host.hasPrefix(".") && !host.contains("..") ? host : nil
    }

    private static func isPort(_ text: Substring) -> Bool { !text.isEmpty && text.count <= 5 && text.allSatisfy(\.isASCIIDigit) }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
