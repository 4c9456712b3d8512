import Foundation
import Deployment
import Yams

/// A parsed YAML file that remembers where each node came from, so every error can say `file:line`.
struct YAMLFile {
    let path: String
    let root: Node
    let log: IssueLog

    /// Reads and parses a file; on failure logs a located French message and returns nil.
    static func read(_ url: URL, displayPath: String, log: IssueLog) -> YAMLFile? {
        let text: String
        switch TextFile.read(url) {
        case let .success(read): text = read
        case let .failure(problem):
            log.add(displayPath, problem.line, problem.message)
            return nil
        }
        do {
            guard let root = try Yams.compose(yaml: text) else {
                log.add(displayPath, 1, "le fichier est vide")
                return nil
            }
            return YAMLFile(path: displayPath, root: root, log: log)
        } catch let error as YamlError {
            let (line, problem) = Self.locate(error)
            log.add(displayPath, line, "YAML mal formé : \(problem)")
        } catch {
            log.add(displayPath, nil, "YAML mal formé")
        }
        return nil
    }

    private static func locate(_ error: YamlError) -> (Int?, String) {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            (mark.line, problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            (context.mark.line, "clé en double : \(duplicates.joined(separator: ", "))")
        default:
            (nil, "\(error)")
        }
    }

    func issue(_ node: Node?, _ message: String) {
        log.add(path, node?.mark?.line, message)
    }
}

/// Typed, located access to a YAML mapping. Missing or mistyped values are logged, never thrown, so that loading
/// goes on and reports every problem of the file.
struct MappingReader {
    let file: YAMLFile
    let node: Node
    let mapping: Node.Mapping

    init?(_ node: Node, in file: YAMLFile, what: String) {
        guard let mapping = node.mapping else {
            file.issue(node, "\(what) : une table (clé: valeur) est attendue")
            return nil
        }
        self.file = file; self.node = node; self.mapping = mapping
    }

    subscript(key: String) -> Node? { mapping[key] }

    func string(_ key: String, required: Bool = true) -> String? {
        guard let value = mapping[key] else {
            if required { file.issue(node, "champ « \(key) » manquant") }
            return nil
        }
        guard let scalar = value.scalar, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
            file.issue(value, "champ « \(key) » : un texte non vide est attendu")
            return nil
        }
        return scalar.string
    }

    func number(_ key: String, required: Bool = true) -> Double? {
        guard let value = mapping[key] else {
            if required { file.issue(node, "champ « \(key) » manquant") }
            return nil
        }
        guard let number = Self.number(value) else {
            file.issue(value, "champ « \(key) » : « \(value.scalar?.string ?? "…") » n'est pas un nombre")
            return nil
        }
        return number
    }

    /// A whole number within `range`; anything else (text, 2.5, 1e30) is logged and gives `nil`, never a crash.
    func integer(_ key: String, required: Bool = true, range: ClosedRange<Int>) -> Int? {
        guard let value = number(key, required: required) else { return nil }
        guard let whole = Int(exactly: value), range.contains(whole) else {
            file.issue(mapping[key], "champ « \(key) » : un nombre entier de \(range.lowerBound) à \(range.upperBound) est attendu")
            return nil
        }
        return whole
    }

    /// A list of texts; other entries are logged and skipped.
    func strings(_ key: String, required: Bool = false) -> [String] {
        sequence(key, required: required).compactMap { node in
            guard node.scalar != nil, let text = node.string else {
                file.issue(node, "« \(key) » : une liste de textes est attendue")
                return nil
            }
            return text
        }
    }

    func bool(_ key: String, default fallback: Bool) -> Bool {
        guard let value = mapping[key] else { return fallback }
        guard let flag = value.bool else {
            file.issue(value, "champ « \(key) » : true ou false est attendu")
            return fallback
        }
        return flag
    }

    func sequence(_ key: String, required: Bool = true) -> [Node] {
        guard let value = mapping[key] else {
            if required { file.issue(node, "champ « \(key) » manquant") }
            return []
        }
        guard let sequence = value.sequence else {
            file.issue(value, "champ « \(key) » : une liste est attendue")
            return []
        }
        return Array(sequence)
    }

    /// A value that must be one of an enumeration's raw values.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type, required: Bool = true) -> T?
    where T.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            file.issue(mapping[key], "champ « \(key) » : « \(text) » n'est pas une valeur permise (\(allowed))")
            return nil
        }
        return value
    }

    /// Plain numbers only: a quoted "5" or "cinq" is a user error worth reporting, not something to guess at.
    static func number(_ node: Node) -> Double? {
        guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else { return nil }
        guard let number = node.float, number.isFinite else { return nil }
        return number
    }
}
