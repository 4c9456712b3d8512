import Foundation
import Survey
import Yams

/// What a federation says about itself to the people it surveys: who it is, who controls the data, whom to ask, how
/// long answers are kept, and where its server answers. Read from a YAML file and environment variables
/// (`FederationSettings.load`).
///
/// Why YAML with Yams rather than swift-configuration: Yams is already how every catalog file is read, so an error
/// says `file:line` the same way (swift-configuration's YAML provider names a key but not its line), the settings
/// file looks like the catalog files a federation already edits, and no new dependency has to build on a two-core
/// machine. Six keys and their environment overrides need no more than this file.
public struct FederationSettings: Sendable, Equatable {
    /// One setting: its key in the file, its environment variable, and what is shown while it is not set.
    public enum Key: String, CaseIterable, Sendable {
        case federationName = "federation_name"
        case dataController = "data_controller"
        case dimContact = "dim_contact"
        case dataProtectionContact = "data_protection_contact"
        case retentionMonths = "retention_months"
        case baseURL = "base_url"
        /// Where invitations are sent from (`InvitationSending`): optional, a federation may hand links out itself.
        case smtpHost = "smtp_host"
        case smtpPort = "smtp_port"
        case smtpFrom = "smtp_from"

        /// The SMTP keys may be left out of a settings file; every other key must be in it.
        public var isRequired: Bool { ![.smtpHost, .smtpPort, .smtpFrom].contains(self) }

        public var environmentVariable: String { "SIPADVISOR_" + rawValue.uppercased() }

        /// Shown in place of a text setting that nobody set: visibly a gap to fill, never an invented name.
        public var placeholder: String {
            switch self {
            case .federationName: "[nom de la fédération à renseigner]"
            case .dataController: "[responsable du traitement à renseigner]"
            case .dimContact: "[contact du DIM à renseigner]"
            case .dataProtectionContact: "[contact protection des données à renseigner]"
            case .retentionMonths: "[durée de conservation à renseigner]"
            case .baseURL: "[adresse du serveur à renseigner]"
            case .smtpHost: "[serveur SMTP à renseigner]"
            case .smtpPort: "25"
            case .smtpFrom: "[adresse d'expédition à renseigner]"
            }
        }
    }

    /// The file's path when no `--settings` is given.
    public static let fileVariable = "SIPADVISOR_SETTINGS"
    static let longestText = 200
    static let retentionRange = 1...240

    public private(set) var values: [Key: String] = [:]

    public init(_ values: [Key: String] = [:]) { self.values = values }

    public subscript(key: Key) -> String? { values[key] }

    /// A text setting as users read it: its value, or its placeholder while nobody has set it.
    public func shown(_ key: Key) -> String { values[key] ?? key.placeholder }

    public var retentionMonths: Int? { values[.retentionMonths].flatMap(Int.init) }
    public var baseURL: String? { values[.baseURL] }
    /// Whether some setting still shows a placeholder (`serve` says so when it starts).
    public var isIncomplete: Bool { Key.allCases.contains { $0.isRequired && values[$0] == nil } }
    /// The SMTP relay invitations go through, when `smtp_host` and `smtp_from` are set (port 25 by default).
    public var smtp: (host: String, port: Int, from: String)? {
        guard let host = values[.smtpHost], let from = values[.smtpFrom] else { return nil }
        return (host, values[.smtpPort].flatMap(Int.init) ?? 25, from)
    }

    /// Reads the settings: the file (`file`, else `SIPADVISOR_SETTINGS`), then each key's environment variable,
    /// which wins. With a file, every key must end up set; without one, unset keys show their placeholders.
    /// All problems are reported at once, each naming the key and where it was read.
    public static func load(file: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(CatalogLoadError) -> FederationSettings {
        let log = IssueLog()
        var settings = FederationSettings()
        let path = file ?? environment[fileVariable].flatMap { $0.isEmpty ? nil : $0 }
        // Keys given at all, valid or not: a refused value is reported once, not also as missing.
        var given = path.map { settings.read(path: $0, log: log) } ?? []
        for key in Key.allCases {
            guard let text = environment[key.environmentVariable] else { continue }
            given.insert(key)
            switch Self.check(key, text) {
            case let .success(value): settings.values[key] = value
            case let .failure(problem): log.add("variable d'environnement \(key.environmentVariable)", nil, problem.message)
            }
        }
        if let path {
            for key in Key.allCases where key.isRequired && !given.contains(key) {
                log.add(CatalogLoader.display(URL(fileURLWithPath: path)), nil,
                        "clé « \(key.rawValue) » manquante (dans le fichier ou dans \(key.environmentVariable))")
            }
        }
        try log.throwIfAny()
        return settings
    }

    /// Reads the file's keys into `values`; returns the known keys it holds. An unreadable file counts as holding
    /// every key, so that its one error is not followed by six "missing" ones.
    private mutating func read(path: String, log: IssueLog) -> Set<Key> {
        let url = URL(fileURLWithPath: path)
        guard let file = YAMLFile.read(url, displayPath: CatalogLoader.display(url), log: log) else { return Set(Key.allCases) }
        guard let mapping = file.root.mapping else {
            file.issue(file.root, "une table « clé: valeur » est attendue")
            return Set(Key.allCases)
        }
        var given: Set<Key> = []
        for (keyNode, valueNode) in mapping {
            let name = keyNode.string ?? "…"
            guard let key = Key(rawValue: name) else {
                let known = Key.allCases.map(\.rawValue).joined(separator: ", ")
                file.issue(keyNode, "clé « \(name) » inconnue (clés possibles\u{A0}: \(known))")
                continue
            }
            given.insert(key)
            guard let scalar = valueNode.scalar else {
                file.issue(valueNode, Problem.notText(key).message)
                continue
            }
            switch Self.check(key, scalar.string) {
            case let .success(value): values[key] = value
            case let .failure(problem): file.issue(valueNode, problem.message)
            }
        }
        return given
    }

    /// Why a value was refused, naming its key.
    struct Problem: Error {
        let message: String

        static func notText(_ key: Key) -> Problem { Problem(message: "clé « \(key.rawValue) »\u{A0}: un texte est attendu") }
    }

    /// The one rule for each key's value, for the file and the environment alike.
    static func check(_ key: Key, _ raw: String) -> Result<String, Problem> {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let refuse = { (why: String) in Result<String, Problem>.failure(Problem(message: "clé « \(key.rawValue) »\u{A0}: \(why)")) }
        if text.isEmpty { return refuse("une valeur non vide est attendue") }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return refuse("caractère de contrôle interdit")
        }
        switch key {
        case .retentionMonths:
            guard let months = Int(text), retentionRange.contains(months) else {
                return refuse("un nombre entier de mois de \(retentionRange.lowerBound) à \(retentionRange.upperBound) est attendu (lu\u{A0}: « \(text) »)")
            }
            return .success(String(months))
        case .baseURL:
            guard let url = URLComponents(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                  let host = url.host, !host.isEmpty, url.query == nil, url.fragment == nil, url.user == nil else {
                return refuse("une adresse http:// ou https:// sans paramètres est attendue (lu\u{A0}: « \(text) »)")
            }
            // Links are spelled `base + "/r/TOKEN"`: a trailing slash would double it.
            return .success(text.hasSuffix("/") ? String(text.dropLast()) : text)
        case .smtpPort:
            guard let port = Int(text), (1...65_535).contains(port) else {
                return refuse("un numéro de port de 1 à 65535 est attendu (lu\u{A0}: « \(text) »)")
            }
            return .success(String(port))
        case .smtpHost:
            guard text.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "-.:".unicodeScalars.contains($0)) }) else {
                return refuse("un nom de machine ou une adresse IP est attendu (lu\u{A0}: « \(text) »)")
            }
            return .success(text)
        case .smtpFrom:
            return Invitee.checkedEmail(text).mapError { Problem(message: "clé « \(key.rawValue) »\u{A0}: \($0.message)") }
        case .federationName, .dataController, .dimContact, .dataProtectionContact:
            guard text.count <= longestText else { return refuse("\(longestText) caractères au plus") }
            return .success(text)
        }
    }
}
