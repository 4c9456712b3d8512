import Comparator
import Foundation
import Yams

/// Loads a catalog directory: `sources.yaml` (the register every citation names), `evidence.yaml` (how long each
/// grade stays current), `professions.yaml`, `criteria.yaml`, `products/*.yaml` and, when present,
/// `demo/products/*.yaml` (fictional products for demonstrations).
///
/// ```swift
/// let catalog = try CatalogLoader.load(directory: URL(fileURLWithPath: "catalog"))
/// ```
public enum CatalogLoader {
    public static func load(directory: URL, includeDemo: Bool = true) throws(CatalogLoadError) -> ProductCatalog {
        let log = IssueLog()
        let reading = read(directory, includeDemo: includeDemo, log: log)
        try log.throwIfAny()
        return reading.catalog
    }

    /// The catalog as far as it could be read, every problem logged. `professions` and `criteria` are nil when
    /// their file could not be read at all, so that the files referring to them skip those checks.
    struct Reading {
        var catalog: ProductCatalog
        var professions: [Profession]?
        var criteria: [Criterion]?
        var sources: SourceRegister?
    }

    static func read(_ directory: URL, includeDemo: Bool, log: IssueLog) -> Reading {
        let sources = SourceRegister.read(directory.appendingPathComponent("sources.yaml"),
                                          root: directory.standardizedFileURL.deletingLastPathComponent(), log: log)
        let freshness = EvidenceReader.read(directory.appendingPathComponent("evidence.yaml"), log: log)
        let professions = loadProfessions(directory, log: log)
        let criteria = loadCriteria(directory, professions: professions.map { Set($0.map(\.id)) }, sources: sources, log: log)
        let byID = criteria.map { Dictionary($0.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) }
        var products: [Product] = []
        var folders = ["products"]
        if includeDemo { folders.append("demo/products") }
        var seen: [String: String] = [:]
        for folder in folders {
            for url in yamlFiles(in: directory.appendingPathComponent(folder)) {
                let path = display(url)
                guard let file = YAMLFile.read(url, displayPath: path, log: log),
                      let product = ProductReader(file: file, criteria: byID, sources: sources).read() else { continue }
                if let other = seen[product.id] {
                    log.add(path, file.root.mark?.line, "identifiant de produit en double « \(product.id) » (déjà dans \(other))")
                    continue
                }
                seen[product.id] = path
                products.append(product)
            }
        }
        return Reading(catalog: ProductCatalog(professions: professions ?? [], criteria: criteria ?? [], products: products,
                                               freshness: freshness ?? Freshness()),
                       professions: professions, criteria: criteria, sources: sources)
    }

    static func loadProfessions(_ directory: URL, log: IssueLog) -> [Profession]? {
        let url = directory.appendingPathComponent("professions.yaml")
        guard let file = YAMLFile.read(url, displayPath: display(url), log: log),
              let root = MappingReader(file.root, in: file, what: "professions.yaml") else { return nil }
        var ids = Set<String>()
        return root.sequence("professions").compactMap { node in
            guard let entry = MappingReader(node, in: file, what: "profession"),
                  let id = entry.string("id"), let label = entry.string("label") else { return nil }
            guard ids.insert(id).inserted else {
                file.issue(node, "identifiant de profession en double « \(id) »")
                return nil
            }
            return Profession(id: id, label: label)
        }
    }

    static func loadCriteria(_ directory: URL, professions: Set<String>?, sources: SourceRegister?, log: IssueLog) -> [Criterion]? {
        let url = directory.appendingPathComponent("criteria.yaml")
        guard let file = YAMLFile.read(url, displayPath: display(url), log: log),
              let root = MappingReader(file.root, in: file, what: "criteria.yaml") else { return nil }
        let sections = Set(root.sequence("sections").compactMap {
            MappingReader($0, in: file, what: "section")?.string("id")
        })
        var families: [String: String] = [:]
        for node in root.sequence("families") {
            guard let family = MappingReader(node, in: file, what: "famille"),
                  let id = family.string("id"), family.string("title") != nil,
                  let section = family.string("section") else { continue }
            if !sections.contains(section) { file.issue(node, "section inconnue « \(section) » pour la famille \(id)") }
            families[id] = section
        }
        var seen = Set<String>()
        return root.sequence("criteria").compactMap { node in
            guard let criterion = CriterionReader(file: file, node: node, sections: sections, families: families,
                                                  professions: professions, sources: sources).read() else { return nil }
            guard seen.insert(criterion.id).inserted else {
                file.issue(node, "identifiant de critère en double « \(criterion.id) »")
                return nil
            }
            return criterion
        }
    }

    public static func yamlFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// Paths relative to the working directory read better in messages than absolute ones.
    public static func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}
