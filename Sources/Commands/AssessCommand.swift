import Application
import ArgumentParser
import Comparator
import Foundation
import Store
import Survey

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Synthèse d'équipe d'une campagne : besoins, maturité, disparités, professions absentes, verdict de préparation, plan d'actions, poids des besoins.")

    @Argument(help: "Numéro de la campagne.")
    var id: Int64

    @Option(help: "Voix des besoins : profession (chaque profession compte autant) ou person (chaque personne).")
    var voice: Pooling.Voice = .profession

    @Option(help: "Format : md ou json.")
    var format: OutputFormat = .md

    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if format == .csv { throw ValidationError("Formats possibles pour assess : md ou json (le CSV passe par « sipadvisor export »).") }
    }

    func run() throws {
        let (catalog, survey, store) = try workspace.load()
        do {
            let analysis = try CampaignAnalysis(database: store, campaignID: id, survey: survey, criteria: catalog.criteria, voice: voice)
            let (profile, plan) = (analysis.profile, analysis.plan)
            if profile.nobodyAnswered {
                print(try format == .json ? Console.json(EmptyCampaign(profile)) : AssessmentMarkdown.empty(profile))
                return
            }
            switch format {
            case .json:
                struct Payload: Encodable { var profile: TeamProfile; var actionPlan: [PlannedAction] }
                print(try Console.json(Payload(profile: profile, actionPlan: plan)))
            default:
                print(AssessmentMarkdown(profile: profile, plan: plan, survey: survey, catalog: catalog).render())
            }
        } catch { throw Console.storeFailure(error) }
    }
}

/// The team synthesis as Markdown. The printable maturity report (radar, HTML) belongs to the Reports module.
struct AssessmentMarkdown {
    let profile: TeamProfile
    let plan: [PlannedAction]
    let survey: SurveyDefinition
    let catalog: ProductCatalog

    /// Nobody has answered: the plain empty state, no verdict, no weights.
    static func empty(_ profile: TeamProfile) -> String {
        [title(profile), "", profile.emptyState, "", TeamProfile.answeredMeaning].joined(separator: "\n")
    }

    static func title(_ profile: TeamProfile) -> String {
        "# Synthèse de l'équipe « \(markdownCell(profile.team)) » — \(markdownCell(profile.campaign))"
    }

    func render() -> String {
        var lines = [Self.title(profile), ""]
        lines.append("\(profile.answered) répondant·e(s) sur \(profile.invited) invité·e(s). Besoins pondérés par "
                     + (profile.voice == .profession ? "profession (chaque profession a le même poids, quel que soit son effectif)."
                                                    : "personne (chaque répondant·e a le même poids)."))
        lines.append("")
        lines += participation() + readiness() + maturity() + disagreements() + needs() + actionPlan()
        return lines.joined(separator: "\n")
    }

    private func label(_ profession: String) -> String { markdownCell(catalog.professionLabel(profession)) }

    private func participation() -> [String] {
        var lines = ["## Participation", "", "| Profession | Invité·es | Ont répondu |", "|---|---:|---:|"]
        for line in profile.professions { lines.append("| \(label(line.profession)) | \(line.invited) | \(line.answered) |") }
        if !profile.missingProfessions.isEmpty {
            lines += ["", "⚠ **Professions absentes des réponses** : " + profile.missingProfessions.map(label).joined(separator: ", ")
                      + ". Leurs besoins ne pèsent pas dans la comparaison : les relancer avant de choisir."]
        }
        return lines + ["", TeamProfile.answeredMeaning, ""]
    }

    private func readiness() -> [String] {
        var lines = ["## L'équipe est-elle prête à s'informatiser ?", "", "**Verdict : \(profile.readiness.verdict.rawValue).**", ""]
        for outcome in profile.readiness.outcomes {
            let mark = outcome.status == .met ? "✔" : (outcome.severity == .bloquant ? "✘" : "⚠")
            var line = "- \(mark) \(markdownCell(outcome.title))"
            if outcome.status != .met {
                line += " — \(markdownCell(outcome.reason)) *Action recommandée :* \(markdownCell(outcome.action))"
            }
            lines.append(line)
        }
        return lines + [""]
    }

    private func maturity() -> [String] {
        let scaleLabel = { (dimension: DimensionSynthesis, level: Int?) -> String in
            guard let level, let scale = survey.grid.dimension(dimension.dimension).flatMap({ survey.questionnaire.scale($0.scale) }),
                  level < scale.options.count else { return "—" }
            return markdownCell(scale.options[level].label)
        }
        var lines = ["## Maturité de l'équipe (grille : \(markdownCell(survey.grid.title)))", "",
                     "| Axe | Dimension | Niveau d'équipe | Majorité | Étendue des avis | Cible | Professions absentes |",
                     "|---|---|---|---|---|---|---|"]
        for dimension in profile.dimensions {
            let spread = dimension.lowest.map { low in "\(scaleLabel(dimension, low)) → \(scaleLabel(dimension, dimension.highest))" } ?? "—"
            let provenance = dimension.provenance == .adaptation ? " (adaptation)" : ""
            lines.append("| \(markdownCell(dimension.axis)) | \(markdownCell(dimension.title))\(provenance) | "
                         + "\(scaleLabel(dimension, dimension.teamLevel))\(dimension.isBelowTarget ? " ⚠" : "") | "
                         + "\(dimension.hasMajority ? "oui" : "non, médiane") | \(spread) | \(scaleLabel(dimension, dimension.target)) | "
                         + "\(dimension.missingProfessions.map(label).joined(separator: ", ")) |")
        }
        return lines + ["", "Sans majorité, le niveau retenu est la médiane basse : l'équipe doit en débattre pour arrêter sa synthèse (méthode HAS).", ""]
    }

    private func disagreements() -> [String] {
        let items = profile.disagreements
        guard !items.isEmpty else { return [] }
        var lines = ["## Où les professions ne sont pas d'accord", ""]
        for item in items {
            let medians = item.shareableByProfession.compactMap { distribution in
                distribution.median.map { "\(label(distribution.profession)) : \(levelLabel(item.item, $0))" }
            }
            guard !medians.isEmpty else { continue }
            lines.append("- \(markdownCell(item.text)) — " + medians.joined(separator: " ; "))
        }
        return lines.count == 2 ? [] : lines + [""]
    }

    private func levelLabel(_ itemID: String, _ level: Int) -> String {
        guard let scale = survey.item(itemID)?.scale.flatMap({ survey.questionnaire.scale($0) }), level < scale.options.count else {
            return String(level)
        }
        return markdownCell(scale.options[level].label)
    }

    private func needs() -> [String] {
        let total = profile.needs.weights.values.reduce(0, +)
        guard total > 0 else { return ["## Besoins pondérés", "", "Aucun besoin renseigné pour l'instant.", ""] }
        var lines = ["## Besoins pondérés (entrée de la comparaison)", "", "| Critère | Poids | Éliminatoire |", "|---|---:|---|"]
        let mustHaves = Set(profile.needs.mustHaves.map(\.criterion))
        for (id, weight) in profile.needs.weights.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            let title = catalog.criterion(id)?.title ?? id
            lines.append("| \(markdownCell(id)) \(markdownCell(title)) | \(FrenchNumber.percent(weight / total, decimals: 1)) | "
                         + "\(mustHaves.contains(id) ? "oui" : "") |")
        }
        return lines + ["", "Un besoin devient éliminatoire quand la majorité d'une profession le juge indispensable ; "
                        + "le budget mensuel de l'équipe plafonne l'abonnement.", ""]
    }

    private func actionPlan() -> [String] {
        guard !plan.isEmpty else { return ["## Plan d'actions", "", "Toutes les dimensions atteignent leur cible.", ""] }
        var lines = ["## Plan d'actions", "", "| Dimension | Action | Pilote | Échéance | Moyens | Indicateur | État |",
                     "|---|---|---|---|---|---|---|"]
        for action in plan {
            let dimension = survey.grid.dimension(action.dimension)?.title ?? action.dimension
            lines.append("| \(markdownCell(dimension)) | \(markdownCell(action.title)) | \(markdownCell(action.lead ?? "à désigner")) | "
                         + "\(markdownCell(action.due ?? "à fixer")) | \(markdownCell(action.means)) | \(markdownCell(action.indicator)) | "
                         + "\(action.status.rawValue) |")
        }
        return lines + [""]
    }
}

/// What `--format json` prints for a campaign nobody has answered: counts and the empty state, no verdict.
struct EmptyCampaign: Encodable {
    var team: String
    var campaign: String
    var invited: Int
    var answered: Int
    var startedOnly: Int
    var message: String

    init(_ profile: TeamProfile) {
        team = profile.team; campaign = profile.campaign; invited = profile.invited; answered = profile.answered
        startedOnly = profile.startedOnly; message = profile.emptyState
    }
}
