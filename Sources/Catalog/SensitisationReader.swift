import Deployment
import Foundation
import Yams

/// Reads `catalog/sensitisation.yaml`, the content of the sensitisation meeting (`SensitisationKit`): every one of
/// the memoir's seven topics once, every point with a registered source and a date, each problem at its line.
struct SensitisationReader {
    let file: YAMLFile
    /// `nil` when `sources.yaml` could not be read: citations are then not checked.
    let sources: SourceRegister?

    static func read(_ url: URL, sources: SourceRegister?, log: IssueLog) -> SensitisationKit? {
        YAMLFile.read(url, displayPath: CatalogLoader.display(url), log: log).flatMap { SensitisationReader(file: $0, sources: sources).read() }
    }

    func read() -> SensitisationKit? {
        guard let root = MappingReader(file.root, in: file, what: "réunion de sensibilisation") else { return nil }
        let source = root.string("source")
        sources?.check(source, at: root["source"], in: file)
        var sections: [SensitisationKit.Topic: SensitisationKit.Section] = [:]
        for node in root.sequence("topics") {
            guard let section = section(node) else { continue }
            if sections[section.topic] != nil {
                file.issue(node, "thème « \(section.topic.rawValue) » en double")
                continue
            }
            sections[section.topic] = section
        }
        let missing = SensitisationKit.Topic.allCases.filter { sections[$0] == nil }
        if !missing.isEmpty, root["topics"] != nil {
            file.issue(root["topics"], "thèmes manquants : " + missing.map { "« \($0.rawValue) »" }.joined(separator: ", ")
                       + " (la réunion couvre les sept thèmes du mémoire)")
        }
        guard let source, missing.isEmpty else { return nil }
        return SensitisationKit(source: source, sections: SensitisationKit.Topic.allCases.compactMap { sections[$0] })
    }

    private func section(_ node: Node) -> SensitisationKit.Section? {
        guard let entry = MappingReader(node, in: file, what: "thème"), let topic = entry.choice("id", as: SensitisationKit.Topic.self),
              let title = entry.string("title") else { return nil }
        let points = entry.sequence("points").compactMap(point)
        return SensitisationKit.Section(topic: topic, title: title, points: points)
    }

    private func point(_ node: Node) -> SensitisationKit.Point? {
        guard let entry = MappingReader(node, in: file, what: "point"), let text = entry.string("text"),
              let source = entry.string("source"), let date = entry.string("date") else { return nil }
        sources?.check(source, at: entry["source"], in: file)
        StatusReader.checkDate(date, at: entry["date"], in: file)
        return SensitisationKit.Point(text: text, source: source, date: date)
    }
}
