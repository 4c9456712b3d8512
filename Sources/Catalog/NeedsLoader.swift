import Comparator
import Foundation
import Yams

/// Reads a team's needs file and checks it against the catalog.
///
/// ```yaml
/// team: "MSP des Hirondelles (fictive)"
/// headcount: {medecin-generaliste: 4, infirmier: 5}
/// weights: {"BES-FACT-IDE": 10, "NF-COUT-MENSUEL": 5}
/// must_have: ["BES-FACT-IDE", {id: "NF-COUT-MENSUEL", max: 120}]
/// ```
public enum NeedsLoader {
    /// - Parameter years: the cost horizon when the file gives none, and the horizons allowed (the application's
    ///   comparison settings: this loader holds no default of its own).
    public static func load(_ url: URL, catalog: ProductCatalog,
                            years: (default: Int, allowed: ClosedRange<Int>)) throws(CatalogLoadError) -> NeedsProfile {
        let log = IssueLog()
        guard let file = YAMLFile.read(url, displayPath: CatalogLoader.display(url), log: log),
              let root = MappingReader(file.root, in: file, what: "fichier de besoins") else {
            try log.throwIfAny()
            throw CatalogLoadError([])
        }
        let reader = NeedsReader(file: file, catalog: catalog)
        let team = root.string("team")
        let horizon = root.integer("years", required: false, range: years.allowed) ?? years.default
        let headcount = reader.headcount(root["headcount"])
        let weights = root["weights"].map { reader.weights($0) } ?? [:]
        if root["weights"] == nil { file.issue(file.root, "champ « weights » manquant : aucun besoin pondéré") }
        let mustHaves = root.sequence("must_have", required: false).compactMap(reader.mustHave)
        var professionWeights: [String: [String: Double]] = [:]
        if let node = root["profession_weights"] {
            for (key, value) in reader.pairs(node, what: "profession_weights") {
                guard let profession = reader.profession(key) else { continue }
                professionWeights[profession] = reader.weights(value)
            }
        }
        try log.throwIfAny()
        return NeedsProfile(team: team ?? "", fictional: root.bool("fictional", default: false), headcount: headcount,
                            years: horizon, weights: weights, mustHaves: mustHaves, professionWeights: professionWeights)
    }
}

struct NeedsReader {
    let file: YAMLFile
    let catalog: ProductCatalog

    func pairs(_ node: Node, what: String) -> [(Node, Node)] {
        guard let mapping = node.mapping else {
            file.issue(node, "« \(what) » : une table (clé: valeur) est attendue")
            return []
        }
        return mapping.map { ($0.key, $0.value) }
    }

    func profession(_ node: Node) -> String? {
        guard let id = node.string, catalog.professions.contains(where: { $0.id == id }) else {
            file.issue(node, "profession inconnue « \(node.string ?? "…") »")
            return nil
        }
        return id
    }

    func criterion(_ node: Node) -> String? {
        guard let id = node.string, catalog.criterion(id) != nil else {
            file.issue(node, "critère inconnu « \(node.string ?? "…") »")
            return nil
        }
        return id
    }

    func headcount(_ node: Node?) -> [String: Int] {
        guard let node else { return [:] }
        var result: [String: Int] = [:]
        for (key, value) in pairs(node, what: "headcount") {
            guard let profession = profession(key) else { continue }
            guard let count = MappingReader.number(value), count >= 0, count == count.rounded(), count < 10_000 else {
                file.issue(value, "effectif de « \(profession) » : un nombre entier positif est attendu")
                continue
            }
            result[profession] = Int(count)
        }
        return result
    }

    func weights(_ node: Node) -> [String: Double] {
        var result: [String: Double] = [:]
        for (key, value) in pairs(node, what: "weights") {
            let id = criterion(key)
            guard let weight = MappingReader.number(value) else {
                file.issue(value, "poids de « \(key.string ?? "…") » : « \(value.scalar?.string ?? "…") » n'est pas un nombre")
                continue
            }
            guard weight >= 0 else {
                file.issue(value, "poids de « \(key.string ?? "…") » : un poids ne peut pas être négatif")
                continue
            }
            if let id { result[id] = weight }
        }
        return result
    }

    func mustHave(_ node: Node) -> MustHave? {
        if node.scalar != nil { return criterion(node).map { MustHave(criterion: $0) } }
        guard let entry = MappingReader(node, in: file, what: "exigence éliminatoire"),
              let idNode = entry["id"] else {
            file.issue(node, "exigence éliminatoire : « id » manquant")
            return nil
        }
        let minimum = entry.number("min", required: false), maximum = entry.number("max", required: false)
        guard let id = criterion(idNode) else { return nil }
        if catalog.criterion(id)?.scale == .number, minimum == nil, maximum == nil {
            file.issue(node, "exigence sur « \(id) » : donnez un seuil « min » ou « max »")
        }
        return MustHave(criterion: id, minimum: minimum, maximum: maximum)
    }
}
