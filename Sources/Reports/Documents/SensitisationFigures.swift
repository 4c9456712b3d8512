import Comparator
import Catalog
import Foundation
import Deployment

/// The figures the sensitisation meeting adds to its topics, each sentence with its source and date: the team's
/// headcount (ACI), the catalog's label and Ségur statuses, the method's durations, the editors' declared costs and
/// training. Source ids are cited as ids; the document names them by title (`ReportDocument.citing`).
struct SensitisationFigures {
    struct ProductRow { var name: String; var editor: String; var label: String; var segur: String; var installBase: String }

    let meeting: SensitisationMeeting

    init(_ meeting: SensitisationMeeting) { self.meeting = meeting }

    /// Costs and training shown under « investissement », in this order.
    static let investmentCriteria = [WellKnownCriterion.oneOffCost, WellKnownCriterion.monthlyCostPerProfessional,
                                     WellKnownCriterion.trainingHours]

    func lines(for topic: SensitisationKit.Topic) -> [String] {
        switch topic {
        case .aci: [aciLine]
        case .label: labelLines
        case .method: methodLines
        case .investment: investmentLines
        case .benefits, .progressivity, .solutions: []
        }
    }

    var teamStatus: String {
        guard let campaign = meeting.team.campaign, let professionals = meeting.team.professionals else {
            return "Aucune campagne de recueil des besoins pour cette équipe\u{00A0}: ses chiffres seront connus après le questionnaire."
        }
        return FrenchNumber.count(professionals, "professionnel·le", "professionnel·les") + " d'après " + campaignReference(campaign) + "."
    }

    private func campaignReference(_ campaign: String) -> String {
        "la liste de la campagne «\u{00A0}\(campaign)\u{00A0}»" + (meeting.team.campaignDate.map { " (\(FrenchDate.long($0)))" } ?? "")
    }

    private var aciLine: String {
        guard let campaign = meeting.team.campaign, let professionals = meeting.team.professionals else {
            return "Professionnel·les à équiper dans votre équipe\u{00A0}: non renseigné (aucune campagne)\u{00A0}; la rémunération du système d'information en dépend."
        }
        return "Professionnel·les à équiper dans votre équipe\u{00A0}: \(FrenchNumber.format(Double(professionals), decimals: 0)), d'après "
            + campaignReference(campaign) + "\u{00A0}; la rémunération du système d'information en dépend."
    }

    // MARK: Label and Ségur

    private var products: [Product] { meeting.catalog.products.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending } }

    private var labelLines: [String] {
        let all = products
        guard !all.isEmpty else { return ["Le catalogue de la fédération ne contient encore aucun logiciel."] }
        func count(_ state: LabelStatus.State) -> Int { all.filter { $0.label?.state == state }.count }
        let unknown = all.filter { $0.label == nil }.count
        let statuses = all.compactMap(\.label)
        var label = "Catalogue de la fédération (\(FrenchNumber.count(all.count, "logiciel", "logiciels")))\u{00A0}: "
            + "\(FrenchNumber.count(count(.held), "labellisé", "labellisés")), "
            + "\(FrenchNumber.format(Double(count(.noLongerMeets)), decimals: 0)) ne répondant plus au label, "
            + "\(FrenchNumber.count(count(.notLabelled), "non labellisé", "non labellisés")), "
            + "\(FrenchNumber.format(Double(unknown), decimals: 0)) sans statut connu"
        label += Self.dated(statuses.map(\.date), sources: statuses.map(\.source)) + "."
        if let oldest = statuses.map(\.date).min(), isOld(oldest) {
            label += " Un statut ancien n'est pas un statut actuel\u{00A0}: vérifiez-le sur la liste publiée par l'ANS."
        }
        let segur = all.compactMap(\.segur)
        var segurLine = "Référencement Ségur renseigné pour \(FrenchNumber.format(Double(segur.count), decimals: 0)) "
            + "logiciel\(segur.count > 1 ? "s" : "") sur \(FrenchNumber.format(Double(all.count), decimals: 0))"
        if segur.isEmpty {
            segurLine += " (non renseigné n'est pas «\u{00A0}non référencé\u{00A0}»)."
        } else {
            let referenced = segur.filter { $0.state == .referenced }.count
            segurLine += ", dont \(FrenchNumber.format(Double(referenced), decimals: 0)) référencé\(referenced > 1 ? "s" : "")"
                + Self.dated(segur.map(\.date), sources: segur.map(\.source)) + "."
        }
        return [label, segurLine]
    }

    var productRows: [ProductRow] {
        products.map { product in
            ProductRow(name: product.name, editor: product.editor ?? "non renseigné",
                       label: product.label.map { "\($0.frenchState) — \(FrenchDate.evidence($0.date))" } ?? LabelStatus.frenchUnknown,
                       segur: product.segur?.frenchState ?? "non renseigné",
                       installBase: installBase(product))
        }
    }

    /// The federation's own teams (register, today) first, then the install bases sources give, each dated.
    private func installBase(_ product: Product) -> String {
        let federation = meeting.federationTeams[product.id].map { ["fédération\u{00A0}: \(FrenchNumber.count($0, "équipe", "équipes")) (registre)"] } ?? []
        let cited = product.installBase.map { "\($0.region)\u{00A0}: \(FrenchNumber.count($0.teams, "équipe", "équipes"))"
            + ($0.date.map { " (\(FrenchDate.evidence($0)))" } ?? "") }
        let all = federation + cited
        return all.isEmpty ? "non renseigné" : all.joined(separator: "\u{00A0}; ")
    }

    /// The sources of the table's statuses and install bases, by id (titled by the document).
    var productSources: String? {
        let all = products
        let ids = Self.sourceIDs(all.compactMap(\.label?.source) + all.compactMap(\.segur?.source) + all.flatMap { $0.installBase.compactMap(\.source) })
        return ids.isEmpty ? nil : "Sources du tableau\u{00A0}: " + ids.joined(separator: "\u{00A0}; ") + "."
    }

    // MARK: Method

    private var methodLines: [String] {
        let stages = meeting.method.stages.map { stage in
            "\(stage.title) — \(FrenchNumber.count(stage.steps.count, "étape", "étapes")), "
                + FrenchNumber.count(stage.steps.reduce(0) { $0 + $1.weeks }, "semaine", "semaines")
        }
        let weeks = meeting.method.stages.flatMap(\.steps).reduce(0) { $0 + $1.weeks }
        let months = Int((Double(weeks) * 7 / 30.44).rounded())
        let total = "Durée indicative de la méthode\u{00A0}: \(FrenchNumber.count(weeks, "semaine", "semaines")) "
            + "(environ \(FrenchNumber.count(months, "mois", "mois"))), à adapter à votre équipe (source\u{00A0}: "
            + SourceRegister.id(of: meeting.method.source) + ")."
        return stages + [total]
    }

    // MARK: Investment

    private var investmentLines: [String] {
        Self.investmentCriteria.compactMap { id in meeting.catalog.criterion(id).map(range) }
            + (monthlyForTeam.map { [$0] } ?? [])
    }

    private func knownNumbers(_ criterion: Criterion) -> [(value: Double, fact: Fact)] {
        products.compactMap { product in
            guard let fact = product.facts[criterion.id], fact.isKnown, case let .number(value)? = fact.value else { return nil }
            return (value, fact)
        }
    }

    private func range(_ criterion: Criterion) -> String {
        let known = knownNumbers(criterion), total = products.count
        guard let low = known.map(\.value).min(), let high = known.map(\.value).max() else {
            return "\(criterion.title)\u{00A0}: non renseigné pour les \(FrenchNumber.count(total, "logiciel", "logiciels")) du catalogue "
                + "(à demander aux éditeurs lors de la consultation)."
        }
        let values = low == high ? amount(low, criterion) : "de \(FrenchNumber.format(low)) à \(amount(high, criterion))"
        let missing = total - known.count
        return "\(criterion.title)\u{00A0}: \(values) selon \(FrenchNumber.format(Double(known.count), decimals: 0)) logiciel\(known.count > 1 ? "s" : "") "
            + "sur \(FrenchNumber.format(Double(total), decimals: 0))"
            + Self.dated(known.compactMap(\.fact.date), sources: known.compactMap(\.fact.source))
            + (missing > 0 ? "\u{00A0}; non renseigné pour \(FrenchNumber.format(Double(missing), decimals: 0))." : ".")
    }

    /// The monthly subscription for the whole team, when both the per-professional range and the headcount are known.
    private var monthlyForTeam: String? {
        guard let criterion = meeting.catalog.criterion(WellKnownCriterion.monthlyCostPerProfessional),
              let professionals = meeting.team.professionals, professionals > 0 else { return nil }
        let known = knownNumbers(criterion).map(\.value)
        guard let low = known.min(), let high = known.max() else { return nil }
        let team = Double(professionals)
        let values = low == high ? FrenchNumber.euros(low * team) : "de \(FrenchNumber.euros(low * team)) à \(FrenchNumber.euros(high * team))"
        return "Pour les \(FrenchNumber.count(professionals, "professionnel·le", "professionnel·les")) de votre équipe, l'abonnement "
            + "serait \(values) par mois (calcul à partir des chiffres ci-dessus, hors aides)."
    }

    private func amount(_ value: Double, _ criterion: Criterion) -> String {
        criterion.unit == "€" ? FrenchNumber.euros(value) : FrenchNumber.format(value) + (criterion.unit.map { "\u{00A0}\($0)" } ?? "")
    }

    // MARK: Citing

    /// " (informations de 2017 ; sources : a ; b)": how old the figures are and where they come from.
    static func dated(_ dates: [String], sources: [String]) -> String {
        let years = Set(dates.map { String($0.prefix(4)) }).sorted()
        guard let first = years.first, let last = years.last else { return "" }
        let when = first == last ? first : "\(first) à \(last)"
        let ids = sourceIDs(sources)
        return " (informations de \(when)" + (ids.isEmpty ? "" : "\u{00A0}; sources\u{00A0}: " + ids.joined(separator: "\u{00A0}; ")) + ")"
    }

    static func sourceIDs(_ citations: [String]) -> [String] { Set(citations.map { SourceRegister.id(of: $0) }).sorted() }

    /// Older than a year on the document's date: worth checking before saying it is current.
    private func isOld(_ date: String) -> Bool {
        guard let year = Int(date.prefix(4)), let now = Int(meeting.date.prefix(4)) else { return false }
        return now - year > 1
    }
}
