import Comparator
import Yams

/// Reads a product's eligibility statuses: the label status and the Ségur référencement, each sourced and dated.
///
/// ```yaml
/// label:
///   state: no-longer-meets      # held | no-longer-meets | not-labelled
///   level: standard             # standard (niveau 1) | avance (niveau 2); omitted when the source does not give it
///   granted: "2014"             # optional
///   lost: "2017"                # the date lost, or reported as no longer meeting it
///   source: "memoire-npdc-2017, 1re partie §I.D.iv : « … »"
///   date: "2017"
/// segur:
///   state: referenced           # referenced | not-referenced
///   couloir: "LGC"
///   vague: 1
///   date: "2022-05"
///   source: "…"
/// ```
struct StatusReader {
    let file: YAMLFile
    let sources: SourceRegister?

    func label(_ node: Node) -> LabelStatus? {
        guard let entry = MappingReader(node, in: file, what: "label") else { return nil }
        if entry["value"] != nil || entry["grade"] != nil {
            file.issue(entry["value"] ?? entry["grade"], "label : « value » et « grade » n'ont plus cours ; donnez « state » "
                       + "(held, no-longer-meets, not-labelled) et « level » seulement si la source le donne")
            return nil
        }
        let state = entry.choice("state", as: LabelStatus.State.self)
        let level = entry.choice("level", as: LabelLevel.self, required: false)
        let granted = date(entry, "granted", required: false), lost = date(entry, "lost", required: false)
        let (source, date) = (cited(entry), date(entry, "date", required: true))
        if state == .notLabelled, level != nil || granted != nil || lost != nil {
            file.issue(node, "label : un logiciel non labellisé n'a ni niveau, ni date d'obtention, ni date de perte")
        }
        if state == .held, lost != nil { file.issue(entry["lost"], "label : « lost » ne va qu'avec state: no-longer-meets") }
        guard let state, let source, let date else { return nil }
        return LabelStatus(state: state, level: level, granted: granted, lost: lost, source: source, date: date,
                           note: entry.string("note", required: false))
    }

    func segur(_ node: Node) -> SegurStatus? {
        guard let entry = MappingReader(node, in: file, what: "segur") else { return nil }
        let state = entry.choice("state", as: SegurStatus.State.self)
        let couloir = entry.string("couloir", required: state == .referenced)
        let vague = entry.integer("vague", required: state == .referenced, range: 1...9)
        let (source, date) = (cited(entry), date(entry, "date", required: true))
        guard let state, let source, let date else { return nil }
        return SegurStatus(state: state, couloir: couloir, vague: vague, date: date, source: source,
                           note: entry.string("note", required: false))
    }

    /// A status always cites a registered source.
    private func cited(_ entry: MappingReader) -> String? {
        let source = entry.string("source")
        sources?.check(source, at: entry["source"], in: file)
        return source
    }

    private func date(_ entry: MappingReader, _ key: String, required: Bool) -> String? {
        let text = entry.string(key, required: required)
        Self.checkDate(text, at: entry[key], in: file)
        return text
    }

    /// Evidence is dated `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`EvidenceDay`): anything else cannot be aged.
    static func checkDate(_ text: String?, at node: Node?, in file: YAMLFile) {
        guard let text, EvidenceDay.parse(text) == nil else { return }
        file.issue(node, "date « \(text) » : attendue sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ")
    }
}
