import Comparator
import Foundation
import Survey
import Yams

/// Loads `questionnaire.yaml`, `maturity.yaml` and `readiness.yaml` from a catalog directory, cross-checked against
/// the professions and criteria. Every problem is reported as `file:line: message`.
///
/// ```swift
/// let survey = try SurveyLoader.load(directory: URL(fileURLWithPath: "catalog"), catalog: catalog)
/// ```
public enum SurveyLoader {
    public static func load(directory: URL, catalog: ProductCatalog) throws(CatalogLoadError) -> SurveyDefinition {
        let log = IssueLog()
        let survey = read(directory, professions: catalog.professions, criteria: Set(catalog.criteria.map(\.id)), log: log)
        try log.throwIfAny()
        guard let survey else { throw CatalogLoadError([]) }
        return survey
    }

    /// Reads the three files, logging every problem. A reference set is nil when the file defining it could not be
    /// read: its references are then not checked, so one broken file does not bury its own error under a cascade of
    /// "inconnu" ones.
    static func read(_ directory: URL, professions: [Profession]?, criteria: Set<String>?, log: IssueLog) -> SurveyDefinition? {
        let questionnaire = readFile(directory, "questionnaire.yaml", log: log) {
            QuestionnaireReader(file: $0, professions: professions, criteria: criteria).read()
        }
        let grid = readFile(directory, "maturity.yaml", log: log) {
            MaturityReader(file: $0, scales: questionnaire.map { Set($0.scales.map(\.id)) }).read()
        }
        let rules = readFile(directory, "readiness.yaml", log: log) { file in
            RulesReader(file: file, items: questionnaire.map { Set($0.items.map(\.id)) },
                        dimensions: grid.map { Set($0.dimensions.map(\.id)) }).read()
        }
        guard let questionnaire, let grid, let rules else { return nil }
        return SurveyDefinition(professions: professions ?? [], questionnaire: questionnaire, grid: grid, rules: rules)
    }

    private static func readFile<T>(_ directory: URL, _ name: String, log: IssueLog, _ read: (YAMLFile) -> T?) -> T? {
        let url = directory.appendingPathComponent(name)
        guard let file = YAMLFile.read(url, displayPath: CatalogLoader.display(url), log: log) else { return nil }
        return read(file)
    }
}

struct QuestionnaireReader {
    let file: YAMLFile
    /// nil: professions.yaml could not be read, so profession references are not checked.
    let professions: [Profession]?
    /// nil: criteria.yaml could not be read, so criterion references are not checked.
    let criteria: Set<String>?

    func read() -> Questionnaire? {
        guard let root = MappingReader(file.root, in: file, what: "questionnaire") else { return nil }
        let scales = root.sequence("scales").compactMap(readScale)
        let scaleIDs = Set(scales.map(\.id))
        var seen = Set<String>()
        var itemNodes: [String: Node] = [:]
        let sections = root.sequence("sections").compactMap { node -> Questionnaire.Section? in
            guard let entry = MappingReader(node, in: file, what: "section"), let id = entry.string("id"),
                  let title = entry.string("title"),
                  let audience = entry.choice("audience", as: Questionnaire.Audience.self) else { return nil }
            let items = entry.sequence("items").compactMap { itemNode -> Item? in
                guard let item = readItem(itemNode, scales: scaleIDs, earlier: seen) else { return nil }
                guard seen.insert(item.id).inserted else {
                    file.issue(itemNode, "identifiant de question en double « \(item.id) »")
                    return nil
                }
                itemNodes[item.id] = itemNode
                return item
            }
            return .init(id: id, title: title, audience: audience, intro: entry.string("intro", required: false), items: items)
        }
        guard let id = root.string("id"), let version = root.string("version"), let title = root.string("title") else { return nil }
        let questionnaire = Questionnaire(id: id, version: version, title: title, scales: scales, sections: sections)
        for problem in WellKnownItem.problems(in: questionnaire) { file.issue(itemNodes[problem.item.id] ?? root.node, problem.message) }
        return questionnaire
    }

    private func readScale(_ node: Node) -> AnswerScale? {
        guard let entry = MappingReader(node, in: file, what: "échelle"), let id = entry.string("id") else { return nil }
        let options = entry.sequence("options").compactMap(readOption)
        if options.count < 2 { file.issue(node, "échelle « \(id) » : au moins deux options attendues") }
        return AnswerScale(id: id, options: options)
    }

    private func readOption(_ node: Node) -> AnswerOption? {
        guard let entry = MappingReader(node, in: file, what: "option"),
              let code = entry.string("code"), let label = entry.string("label") else { return nil }
        return AnswerOption(code: code, label: label, exclusive: entry.bool("exclusive", default: false))
    }

    private func readItem(_ node: Node, scales: Set<String>, earlier: Set<String>) -> Item? {
        guard let entry = MappingReader(node, in: file, what: "question") else { return nil }
        let id = entry.string("id"), text = entry.string("text"), kind = entry.choice("type", as: Item.Kind.self)
        var options = entry.sequence("options", required: false).compactMap(readOption)
        let from = entry.string("options_from", required: false)
        if let from {
            if from == "professions" { options = (professions ?? []).map { AnswerOption(code: $0.id, label: $0.label) } } else {
                file.issue(entry["options_from"], "options_from : seule la valeur « professions » est prise en charge")
            }
        }
        let optionsUnknown = from == "professions" && professions == nil
        if (kind == .choice || kind == .multichoice) && options.isEmpty && !optionsUnknown {
            file.issue(node, "question « \(id ?? "?") » : des options sont attendues (options ou options_from)")
        }
        let scale = entry.string("scale", required: kind == .scale)
        if let scale, !scales.contains(scale) { file.issue(entry["scale"], "échelle inconnue « \(scale) »") }
        let concerned = entry.sequence("professions", required: false).compactMap { node -> String? in
            guard let id = node.string, professions?.contains(where: { $0.id == id }) ?? true else {
                file.issue(node, "profession inconnue « \(node.string ?? "…") »")
                return nil
            }
            return id
        }
        let condition = entry["when"].flatMap { readCondition($0, earlier: earlier) }
        let links = entry.sequence("criteria", required: false).compactMap(readLink)
        guard let id, let text, let kind else { return nil }
        return Item(id: id, text: text, kind: kind, options: options, scale: scale, professions: concerned,
                    condition: condition, criteria: links, required: entry.bool("required", default: false),
                    minimum: entry.integer("min", required: false, range: -1_000_000...1_000_000),
                    maximum: entry.integer("max", required: false, range: -1_000_000...1_000_000), help: entry.string("help", required: false))
    }

    private func readCondition(_ node: Node, earlier: Set<String>) -> Condition? {
        guard let entry = MappingReader(node, in: file, what: "condition"), let item = entry.string("item") else { return nil }
        if !earlier.contains(item) { file.issue(node, "condition sur « \(item) », qui n'est pas une question précédente") }
        let equals = entry.string("equals", required: false), not = entry.string("not", required: false)
        if equals == nil && not == nil { file.issue(node, "condition : « equals » ou « not » attendu") }
        return Condition(item: item, equals: equals, not: not)
    }

    private func readLink(_ node: Node) -> CriterionLink? {
        guard let entry = MappingReader(node, in: file, what: "critère lié"), let id = entry.string("id") else { return nil }
        if let criteria, !criteria.contains(id) { file.issue(entry["id"], "critère inconnu « \(id) »") }
        let factor = entry.number("factor", required: false) ?? 1
        if !(factor > 0 && factor <= 1) { file.issue(entry["factor"], "« factor » doit être compris entre 0 (exclu) et 1") }
        return CriterionLink(criterion: id, factor: factor)
    }
}

struct MaturityReader {
    let file: YAMLFile
    /// The questionnaire's answer scales; nil when it could not be read (scales are then not checked).
    let scales: Set<String>?

    func read() -> MaturityGrid? {
        guard let root = MappingReader(file.root, in: file, what: "grille de maturité") else { return nil }
        var seen = Set<String>()
        let axes = root.sequence("axes").compactMap { node -> MaturityGrid.Axis? in
            guard let entry = MappingReader(node, in: file, what: "axe"), let id = entry.string("id"),
                  let title = entry.string("title"),
                  let provenance = entry.choice("provenance", as: MaturityGrid.Provenance.self) else { return nil }
            let dimensions = entry.sequence("dimensions").compactMap { node -> MaturityGrid.Dimension? in
                guard let dimension = readDimension(node) else { return nil }
                guard seen.insert(dimension.id).inserted else {
                    file.issue(node, "identifiant de dimension en double « \(dimension.id) »")
                    return nil
                }
                return dimension
            }
            return .init(id: id, title: title, provenance: provenance, dimensions: dimensions)
        }
        guard let id = root.string("id"), let title = root.string("title"), let source = root.string("source") else { return nil }
        return MaturityGrid(id: id, title: title, source: source, axes: axes)
    }

    private func readDimension(_ node: Node) -> MaturityGrid.Dimension? {
        guard let entry = MappingReader(node, in: file, what: "dimension") else { return nil }
        let id = entry.string("id"), title = entry.string("title"), scale = entry.string("scale")
        if let scale, let scales, !scales.contains(scale) { file.issue(entry["scale"], "échelle inconnue « \(scale) »") }
        let target = entry.integer("target", range: 0...3)
        let provenance = entry.choice("provenance", as: MaturityGrid.Provenance.self)
        let source = entry.string("source", required: provenance == .has)
        let characteristics = entry.sequence("characteristics").compactMap { node -> MaturityGrid.Characteristic? in
            guard let item = MappingReader(node, in: file, what: "caractéristique"), let text = item.string("text"),
                  let provenance = item.choice("provenance", as: MaturityGrid.Provenance.self) else { return nil }
            return .init(text: text, provenance: provenance, source: item.string("source", required: provenance == .has))
        }
        let action = entry["action"].flatMap { node -> ActionTemplate? in
            guard let item = MappingReader(node, in: file, what: "action"), let title = item.string("title"),
                  let means = item.string("means"), let indicator = item.string("indicator") else { return nil }
            return ActionTemplate(title: title, means: means, indicator: indicator)
        }
        if entry["action"] == nil { file.issue(node, "dimension « \(id ?? "?") » : « action » manquante") }
        guard let id, let title, let scale, let target, let provenance, let action else { return nil }
        return .init(id: id, title: title, scale: scale, target: target, provenance: provenance, source: source,
                     characteristics: characteristics, action: action)
    }
}

struct RulesReader {
    let file: YAMLFile
    /// Questions and dimensions rules may refer to; nil when their file could not be read (then not checked).
    let items: Set<String>?
    let dimensions: Set<String>?

    func read() -> [ReadinessRule]? {
        guard let root = MappingReader(file.root, in: file, what: "règles") else { return nil }
        return root.sequence("rules").compactMap { node in
            guard let entry = MappingReader(node, in: file, what: "règle") else { return nil }
            let id = entry.string("id"), title = entry.string("title")
            let severity = entry.choice("severity", as: ReadinessRule.Severity.self)
            let check = entry["check"].flatMap(readCheck)
            if entry["check"] == nil { file.issue(node, "règle « \(id ?? "?") » : « check » manquant") }
            let failed = entry.string("failed"), action = entry.string("action")
            guard let id, let title, let severity, let check, let failed, let action else { return nil }
            return ReadinessRule(id: id, title: title, severity: severity, check: check, failed: failed, action: action,
                                 source: entry.string("source", required: false))
        }
    }

    private func readCheck(_ node: Node) -> ReadinessRule.Check? {
        guard let entry = MappingReader(node, in: file, what: "vérification"), let kind = entry.string("kind") else { return nil }
        switch kind {
        case "team_answer":
            guard let item = entry.string("item") else { return nil }
            if let items, !items.contains(item) { file.issue(entry["item"], "question inconnue « \(item) »") }
            return .teamAnswer(item: item, equals: entry.string("equals", required: false),
                               not: entry.string("not", required: false), minimum: entry.number("min", required: false))
        case "dimension_level":
            guard let dimension = entry.string("dimension"), let minimum = entry.integer("min", range: 0...3) else { return nil }
            if let dimensions, !dimensions.contains(dimension) { file.issue(entry["dimension"], "dimension inconnue « \(dimension) »") }
            return .dimensionLevel(dimension: dimension, minimum: minimum)
        case "referents_cover_professions":
            return .referentsCoverProfessions
        case "professions_missing":
            return .professionsMissing(maximum: entry.integer("max", range: 0...100) ?? 0)
        case "response_rate":
            return .responseRate(minimum: entry.number("min") ?? 0)
        default:
            file.issue(entry["kind"], "type de vérification inconnu « \(kind) »")
            return nil
        }
    }
}
