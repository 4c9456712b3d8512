import Comparator
import Yams

/// Reads one product file. Each fact is `{criterion, value, grade, source, date}`; facts about real products must
/// be sourced (a registered source) and dated, and a value must match its criterion's scale. The label and Ségur
/// statuses are read by `StatusReader`.
struct ProductReader {
    let file: YAMLFile
    /// nil: criteria.yaml could not be read, so facts are not checked against their criterion.
    let criteria: [String: Criterion]?
    /// nil: sources.yaml could not be read, so citations are not checked against it.
    let sources: SourceRegister?

    func read() -> Product? {
        guard let entry = MappingReader(file.root, in: file, what: "produit") else { return nil }
        let id = entry.string("id"), name = entry.string("name")
        let fictional = entry.bool("fictional", default: false)
        let editor = entry.string("editor", required: false)
        let statuses = StatusReader(file: file, sources: sources)
        let label = entry["label"].flatMap(statuses.label)
        let segur = entry["segur"].flatMap(statuses.segur)
        var facts: [String: Fact] = [:]
        for node in entry.sequence("facts", required: false) {
            guard let (criterion, fact) = readFact(node) else { continue }
            if facts[criterion] != nil {
                file.issue(node, "fait en double pour le critère « \(criterion) »")
                continue
            }
            // A label fact needs a level once held: a product that no longer meets the label (or never had it) may
            // keep the facts its former level implied, which then no longer count (`ProductCatalog.fact`).
            if fact.grade == .label, label?.heldLevel == nil, label == nil || label?.state == .held {
                file.issue(node, "fait de grade « label » sur « \(criterion) » : le statut de label du produit ne donne pas "
                           + "de niveau détenu (state: held et level) ; un niveau que la source ne donne pas n'est pas noté")
            }
            facts[criterion] = fact
        }
        let installBase = entry.sequence("install_base", required: false).compactMap(readInstallBase)
        guard let id, let name else { return nil }
        return Product(id: id, name: name, fictional: fictional, editor: editor, label: label, segur: segur, facts: facts, installBase: installBase)
    }

    private func readFact(_ node: Node) -> (String, Fact)? {
        guard let entry = MappingReader(node, in: file, what: "fait") else { return nil }
        let id = entry.string("criterion")
        let criterion = id.flatMap { criteria?[$0] }
        if let id, criteria != nil, criterion == nil { file.issue(entry["criterion"], "critère inconnu « \(id) »") }
        guard let evidence = readEvidence(entry) else { return nil }
        let value = entry["value"].flatMap { readValue($0, for: criterion) }
        if evidence.grade != .unknown, entry["value"] == nil || entry["value"]?.null != nil {
            file.issue(node, "fait sans valeur : donnez « value » ou mettez grade: unknown")
        }
        guard let id, criterion != nil else { return nil }
        return (id, Fact(value: evidence.grade == .unknown ? nil : value, grade: evidence.grade,
                         source: evidence.source, date: evidence.date, note: entry.string("note", required: false)))
    }

    private func readValue(_ node: Node, for criterion: Criterion?) -> FactValue? {
        guard let criterion, node.null == nil else { return nil }
        switch criterion.scale {
        case .boolean:
            if let flag = node.bool, node.scalar?.style == .plain { return .boolean(flag) }
            file.issue(node, "valeur attendue : true ou false (critère \(criterion.id))")
        case .level:
            if let number = MappingReader.number(node), number == number.rounded(), (0...4).contains(number) {
                return .level(Int(number))
            }
            file.issue(node, "valeur attendue : un niveau entier de 0 à 4 (critère \(criterion.id))")
        case .number:
            if let number = MappingReader.number(node) { return .number(number) }
            file.issue(node, "valeur attendue : un nombre (critère \(criterion.id))")
        }
        return nil
    }

    /// Grade, source and date; a known fact without source or date is an error (no claim without a source).
    private func readEvidence(_ entry: MappingReader) -> (grade: EvidenceGrade, source: String?, date: String?)? {
        guard let grade = entry.choice("grade", as: EvidenceGrade.self) else { return nil }
        let known = grade != .unknown
        let source = entry.string("source", required: false), date = entry.string("date", required: false)
        if known && source == nil { file.issue(entry.node, "fait sans source : toute information doit citer sa source") }
        if known && date == nil { file.issue(entry.node, "fait sans date : indiquez quand l'information a été établie") }
        sources?.check(source, at: entry["source"], in: file)
        StatusReader.checkDate(date, at: entry["date"], in: file)
        return (grade, source, date)
    }

    private func readInstallBase(_ node: Node) -> InstallBase? {
        guard let entry = MappingReader(node, in: file, what: "parc installé"),
              let region = entry.string("region"), let teams = entry.integer("teams", range: 0...100_000) else { return nil }
        let source = entry.string("source"), date = entry.string("date")
        sources?.check(source, at: entry["source"], in: file)
        StatusReader.checkDate(date, at: entry["date"], in: file)
        return InstallBase(region: region, teams: teams, source: source, date: date)
    }
}
