import Comparator
import Foundation
import Yams

/// A source of the register (`catalog/sources.yaml`): what documents print instead of its id.
public struct RegisteredSource: Sendable, Hashable {
    public var id: String
    public var title: String
    public var year: Int
    /// A copy kept in the repository, relative to the data folder (the parent of `catalog/`), when there is one.
    public var file: String?
}

/// The register of sources. A fact, a status or a criterion cites a source as `id` or `id, where in it`
/// (`memoire-npdc-2017, 3e partie §II.B.iv : « … »`); the loader refuses an id the register does not hold, and a
/// register entry whose file is not in the repository.
public struct SourceRegister: Sendable {
    public var sources: [String: RegisteredSource]

    /// Id → title, what documents print (`ReportDocument.citing`).
    public var titles: [String: String] { sources.mapValues(\.title) }

    /// The id a citation names: the text before the first comma.
    public static func id(of citation: String) -> String {
        String(citation.prefix { $0 != "," }).trimmingCharacters(in: .whitespaces)
    }

    /// Logs a citation whose id is not registered, at the node that holds it.
    func check(_ citation: String?, at node: Node?, in file: YAMLFile) {
        guard let citation else { return }
        let id = Self.id(of: citation)
        if sources[id] == nil {
            file.issue(node, "source « \(id) » absente de catalog/sources.yaml : citez une source du registre "
                       + "(« identifiant » ou « identifiant, passage »)")
        }
    }

    /// Reads `sources.yaml`; `root` is the data folder the entries' files must lie in. `nil` when the file cannot
    /// be read at all, so that citations are then not checked against it.
    static func read(_ url: URL, root: URL, log: IssueLog) -> SourceRegister? {
        guard let file = YAMLFile.read(url, displayPath: CatalogLoader.display(url), log: log),
              let top = MappingReader(file.root, in: file, what: "sources") else { return nil }
        var sources: [String: RegisteredSource] = [:]
        for node in top.sequence("sources") {
            guard let entry = MappingReader(node, in: file, what: "source"), let id = entry.string("id"),
                  let title = entry.string("title"), let year = entry.integer("year", range: 1900...2100) else { continue }
            let path = entry.string("file", required: false)
            if let path, !isInside(path, root: root) {
                file.issue(entry["file"], "source « \(id) » : le fichier « \(path) » n'est pas dans le dépôt "
                           + "(chemin relatif au dossier des données, sans « .. », vers un fichier existant)")
            }
            if sources[id] != nil { file.issue(node, "identifiant de source en double « \(id) »"); continue }
            sources[id] = RegisteredSource(id: id, title: title, year: year, file: path)
        }
        return SourceRegister(sources: sources)
    }

    /// A relative path without `..` naming an existing file under `root`.
    static func isInside(_ path: String, root: URL) -> Bool {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { return false }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
    }
}

extension SourceRegister {
    /// A citation as people read it: its registered id replaced by the source's title (`id, passage` →
    /// `title, passage`); a citation of no registered source (a federation's own « démonstration du 12 mars ») as is.
    public static func titled(_ citation: String, titles: [String: String]) -> String {
        let id = id(of: citation)
        guard let title = titles[id], citation.hasPrefix(id) else { return citation }
        return title + citation.dropFirst(id.count)
    }
}

extension Product {
    /// The same product with every citation titled (`SourceRegister.titled`), for pages that show facts one by one.
    public func citing(_ titles: [String: String]) -> Product {
        var copy = self
        let title = { (citation: String) in SourceRegister.titled(citation, titles: titles) }
        copy.facts = facts.mapValues { fact in
            var titled = fact
            titled.source = fact.source.map(title)
            return titled
        }
        copy.label?.source = title(label?.source ?? "")
        copy.segur?.source = title(segur?.source ?? "")
        copy.installBase = installBase.map { base in
            var titled = base
            titled.source = base.source.map(title)
            return titled
        }
        return copy
    }
}
