import Comparator
import Survey

/// The « depuis la campagne précédente » section of the maturity synthesis (`MaturityProgress`), in French words.
struct MaturityProgressView {
    struct Row { var title: String; var before: String; var after: String; var trend: String }
    struct Need { var criterion: String; var title: String; var before: String; var after: String }

    var previousCampaign: String
    var rows: [Row]
    var summary: String
    var done: [ActionView]; var hasDone: Bool
    var open: [ActionView]; var hasOpen: Bool
    var needs: [Need]; var hasNeeds: Bool

    init(_ progress: MaturityProgress, labels: CampaignLabels, criteria: [Criterion]) {
        previousCampaign = progress.previousCampaign
        rows = progress.dimensions.map { change in
            Row(title: change.title, before: labels.level(change.dimension, change.before), after: labels.level(change.dimension, change.after),
                trend: Self.trend(change.change))
        }
        let (up, down) = (progress.improved.count, progress.declined.count)
        summary = up == 0 && down == 0 ? "Aucune dimension n'a changé de niveau depuis la campagne précédente."
            : "\(FrenchNumber.count(up, "dimension a progressé", "dimensions ont progressé")), "
                + "\(FrenchNumber.count(down, "a reculé", "ont reculé")) depuis la campagne précédente."
        done = progress.actionsDone.map { ActionView($0, labels: labels) }
        hasDone = !done.isEmpty
        open = progress.actionsOpen.map { ActionView($0, labels: labels) }
        hasOpen = !open.isEmpty
        let titles = Dictionary(criteria.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        needs = progress.needs.map { change in
            Need(criterion: change.criterion, title: titles[change.criterion] ?? change.criterion,
                 before: Self.importance(change.before, mustHave: change.mustHaveBefore),
                 after: Self.importance(change.after, mustHave: change.mustHaveAfter))
        }
        hasNeeds = !needs.isEmpty
    }

    static func trend(_ change: Int?) -> String {
        guard let change else { return "non comparable" }
        switch change {
        case 1...: return "↑ progrès (+\(change))"
        case ..<0: return "↓ recul (−\(-change))"
        default: return "="
        }
    }

    /// "poids 2,4", "éliminatoire, poids 3", "non pondéré". A criterion's weight adds up the importance (0 to 3)
    /// given to each question that speaks for it, so it is shown as a number, not in the scale's words.
    static func importance(_ weight: Double?, mustHave: Bool) -> String {
        let figure = weight.map { "poids \(FrenchNumber.format($0, decimals: 1))" } ?? "non pondéré"
        return mustHave ? "éliminatoire, \(figure)" : figure
    }
}
