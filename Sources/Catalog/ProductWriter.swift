import Comparator
import Foundation
import Yams

/// Writes a `Product` in the format of `catalog/products/*.yaml`, which `ProductReader` reads back to an equal
/// product: keys in a fixed order, facts by criterion id, texts double-quoted by Yams' emitter (so a colon, a quote
/// or a leading `-` in a source cannot change the structure). `facts export` writes the catalog with it.
///
/// ```swift
/// let yaml = try ProductWriter.yaml(product)   // "# Logiciel réel : …\nid: \"weda\"\n…"
/// ```
public enum ProductWriter {
    public static func yaml(_ product: Product) throws -> String {
        var pairs: [(String, Node)] = [("id", text(product.id)), ("name", text(product.name)),
                                       ("fictional", plain(product.fictional ? "true" : "false"))]
            + optional("editor", product.editor.map(text))
        if let label = product.label { pairs.append(("label", mapping(labelPairs(label)))) }
        if let segur = product.segur { pairs.append(("segur", mapping(segurPairs(segur)))) }
        let facts = product.facts.sorted { $0.key < $1.key }.map { mapping(factPairs($0.key, $0.value)) }
        pairs.append(("facts", .sequence(Node.Sequence(facts, .implicit, .block))))
        if !product.installBase.isEmpty {
            pairs.append(("install_base", .sequence(Node.Sequence(product.installBase.map { mapping(installPairs($0)) }))))
        }
        let body = try Yams.serialize(node: mapping(pairs), indent: 2, width: -1, allowUnicode: true)
        return header(product) + body
    }

    /// Why the file holds what it holds, as the shipped files say it.
    static func header(_ product: Product) -> String {
        let what = product.fictional
            ? "# PRODUIT FICTIF — données de démonstration, sans rapport avec un logiciel réel.\n"
            : "# Logiciel réel : seuls les faits appuyés par une source sont listés. Tout critère absent est « inconnu » (inconnu ≠ non).\n"
        return what + "# Écrit par sipadvisor (ProductWriter) : ordre des clés fixe, faits par identifiant de critère.\n"
    }

    static func labelPairs(_ label: LabelStatus) -> [(String, Node)] {
        [("state", plain(label.state.rawValue))] + optional("level", label.level.map { plain($0.rawValue) })
            + optional("granted", label.granted.map(text)) + optional("lost", label.lost.map(text))
            + [("source", text(label.source)), ("date", text(label.date))] + optional("note", label.note.map(text))
    }

    static func segurPairs(_ segur: SegurStatus) -> [(String, Node)] {
        [("state", plain(segur.state.rawValue))] + optional("couloir", segur.couloir.map(text))
            + optional("vague", segur.vague.map { plain(String($0)) })
            + [("date", text(segur.date)), ("source", text(segur.source))] + optional("note", segur.note.map(text))
    }

    static func factPairs(_ criterion: String, _ fact: Fact) -> [(String, Node)] {
        [("criterion", text(criterion))] + optional("value", fact.value.map(value)) + [("grade", plain(fact.grade.rawValue))]
            + optional("source", fact.source.map(text)) + optional("date", fact.date.map(text))
            + optional("note", fact.note.map(text))
    }

    static func installPairs(_ base: InstallBase) -> [(String, Node)] {
        [("region", text(base.region)), ("teams", plain(String(base.teams)))]
            + optional("source", base.source.map(text)) + optional("date", base.date.map(text))
    }

    static func value(_ value: FactValue) -> Node {
        switch value {
        case .boolean(let yes): plain(yes ? "true" : "false")
        case .level(let level): plain(String(level))
        // Whole numbers without ".0"; others in Swift's shortest form that reads back to the same Double.
        case .number(let number): plain(number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)")
        }
    }

    private static func optional(_ key: String, _ node: Node?) -> [(String, Node)] { node.map { [(key, $0)] } ?? [] }

    private static func mapping(_ pairs: [(String, Node)]) -> Node {
        .mapping(Node.Mapping(pairs.map { (plain($0.0), $0.1) }))
    }

    private static func text(_ string: String) -> Node { .scalar(Node.Scalar(string, .implicit, .doubleQuoted)) }
    private static func plain(_ string: String) -> Node { .scalar(Node.Scalar(string, .implicit, .plain)) }
}
