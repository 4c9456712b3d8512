import Comparator
import Yams

/// Reads one entry of `criteria.yaml`, logging every problem with its line.
struct CriterionReader {
    let file: YAMLFile
    let node: Node
    let sections: Set<String>
    let families: [String: String]
    /// nil: professions.yaml could not be read, so profession references are not checked.
    let professions: Set<String>?
    /// nil: sources.yaml could not be read, so citations are not checked against it.
    let sources: SourceRegister?

    func read() -> Criterion? {
        guard let entry = MappingReader(node, in: file, what: "critère") else { return nil }
        let id = entry.string("id"), title = entry.string("title")
        let kind = entry.choice("kind", as: Criterion.Kind.self)
        let scale = entry.choice("scale", as: Criterion.Scale.self)
        let direction = entry.choice("direction", as: Criterion.Direction.self)
        let level = entry.choice("level", as: LabelLevel.self, required: kind == .label)
        let family = entry.string("family", required: false)
        var section = entry.string("section", required: family == nil)
        if let family {
            if let owner = families[family] { section = section ?? owner } else {
                file.issue(entry["family"], "famille inconnue « \(family) »")
            }
        }
        if let section, !sections.contains(section) { file.issue(entry["section"] ?? node, "section inconnue « \(section) »") }
        let concerned = entry.sequence("professions", required: false).compactMap { node -> String? in
            guard let profession = node.string, professions?.contains(profession) ?? true else {
                file.issue(node, "profession inconnue « \(node.string ?? "…") »")
                return nil
            }
            return profession
        }
        let range = readRange(entry)
        if kind != .label && kind != nil && level != nil {
            file.issue(entry["level"], "seuls les critères du label ont un niveau (standard ou avance)")
        }
        if kind == .label || kind == .need, entry.string("source", required: false) == nil {
            file.issue(node, "critère « \(id ?? "?") » sans source : d'où vient-il ?")
        }
        sources?.check(entry.string("source", required: false), at: entry["source"], in: file)
        guard let id, let title, let kind, let scale, let direction, let section else { return nil }
        var criterion = Criterion(id: id, title: title, section: section, family: family, kind: kind, level: level,
                         professions: concerned, scale: scale, direction: direction,
                         unit: entry.string("unit", required: false), range: range,
                         source: entry.string("source", required: false), date: entry.string("date", required: false),
                         note: entry.string("note", required: false), scenario: entry.string("scenario", required: false))
        criterion.levelSourced = entry.bool("level_sourced", default: true)
        return criterion
    }

    private func readRange(_ entry: MappingReader) -> ClosedRange<Double>? {
        guard let node = entry["range"] else { return nil }
        guard let bounds = node.sequence, bounds.count == 2,
              let low = MappingReader.number(bounds[0]), let high = MappingReader.number(bounds[1]), low < high else {
            file.issue(node, "champ « range » : deux nombres croissants sont attendus, par exemple [0, 200]")
            return nil
        }
        return low...high
    }
}
