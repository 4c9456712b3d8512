import Foundation

/// The titles of the criteria's sections (`sections:` in `criteria.yaml`), in the file's order, for pages that group
/// criteria by section. The file is the one `CatalogLoader` has already validated; a title it lacks reads as its id.
public enum CriterionSections {
    public static func titles(in catalogDirectory: URL) -> [(id: String, title: String)] {
        let url = catalogDirectory.appendingPathComponent("criteria.yaml")
        let log = IssueLog()
        guard let file = YAMLFile.read(url, displayPath: url.path, log: log),
              let root = MappingReader(file.root, in: file, what: "criteria.yaml") else { return [] }
        return root.sequence("sections").compactMap { node in
            guard let section = MappingReader(node, in: file, what: "section"), let id = section.string("id") else { return nil }
            return (id, section.string("title") ?? id)
        }
    }
}
