import Comparator
import Foundation
import Yams

/// Product files read on their own (`sipadvisor facts import FILE|FOLDER`), checked against the catalog's criteria
/// exactly as the catalog's own `products/` are. Their citations are not checked against the shipped register of
/// sources: a federation's facts cite its own documents (« démonstration du 12 mars 2027 »), as `facts export` writes
/// them back.
public enum ProductFiles {
    /// The YAML files of a folder, or the one file given.
    public static func files(at path: URL) -> [URL] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else { return [path] }
        return isFolder.boolValue ? CatalogLoader.yamlFiles(in: path) : [path]
    }

    /// Every product of the files, or every problem of every file (file:line) and nothing.
    public static func read(_ urls: [URL], criteria: [Criterion]) throws(CatalogLoadError) -> [Product] {
        let log = IssueLog()
        let byID = Dictionary(criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var products: [Product] = [], seen: [String: String] = [:]
        for url in urls {
            let path = CatalogLoader.display(url)
            guard let file = YAMLFile.read(url, displayPath: path, log: log),
                  let product = ProductReader(file: file, criteria: byID, sources: nil).read() else { continue }
            if let other = seen.updateValue(path, forKey: product.id) {
                log.add(path, file.root.mark?.line, "identifiant de produit en double «\u{00A0}\(product.id)\u{00A0}» (déjà dans \(other))")
                continue
            }
            products.append(product)
        }
        if urls.isEmpty { log.add(".", nil, "aucun fichier de produit (.yaml) à importer") }
        try log.throwIfAny()
        return products
    }
}
