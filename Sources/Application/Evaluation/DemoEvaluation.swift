import Comparator
import Deployment
import Foundation
import Reports
import Store
import Survey

/// Demonstration evaluations (issue 10, part 5), for the web and `sipadvisor evaluation` alike: the DIM prepares a
/// grid from the team's weighted needs, the professionals present score it on their phones (`DemoEvaluation+Sheets`),
/// and closing pools the sheets into the team's own `demo` facts (`DemoEvaluation+Closing`).
public struct DemoEvaluation: Sendable {
    public let store: AppDatabase
    /// The shipped catalog: criteria (their scenarios and scales) and professions.
    public let reference: ProductCatalog
    /// The questionnaire, to pool the team's needs the grid is made of.
    public let survey: SurveyDefinition

    /// A refused input, naming the form field (`campagne`, `produit`, `date`, `profession`, `nom`, `evaluation`…).
    public typealias Refusal = FactEntry.Refusal

    public init(store: AppDatabase, reference: ProductCatalog, survey: SurveyDefinition) {
        self.store = store
        self.reference = reference
        self.survey = survey
    }

    /// Where evaluation links start on the server (`/d/TOKEN`): no account, like the questionnaire's `/r/`.
    public static let linkPath = "/d/"

    /// The link professionals open on their phones. With an empty `base`, the path alone.
    public static func link(base: String, token: String) -> String {
        (base.hasSuffix("/") ? String(base.dropLast()) : base) + linkPath + token
    }

    /// The grid for a team's needs: the scenarios of the functional criteria the team weighs (or requires), must-haves
    /// first, then heaviest first. Non-functional criteria (cost, hosting, training) and numbers are asked in writing,
    /// not scored on four choices; a criterion without scenario gets a plain request from its title.
    public static func grid(needs: NeedsProfile, criteria: [Criterion]) -> [NewEvaluationScenario] {
        let mustHaves = Set(needs.mustHaves.map(\.criterion))
        let weight = { (criterion: Criterion) in needs.weights[criterion.id] ?? 0 }
        return criteria
            .filter { $0.isFunctional && $0.scale != .number && (weight($0) > 0 || mustHaves.contains($0.id)) }
            .sorted { a, b in
                let (aMust, bMust) = (mustHaves.contains(a.id), mustHaves.contains(b.id))
                if aMust != bMust { return aMust }
                if weight(a) != weight(b) { return weight(a) > weight(b) }
                return a.id < b.id
            }
            .map { NewEvaluationScenario(criterionID: $0.id, text: DemoWords.scenario($0), mustHave: mustHaves.contains($0.id), weight: weight($0)) }
    }

    /// Prepares the evaluation of `product` for the campaign's team, demonstrated on `date` (`YYYY-MM-DD`; it may be
    /// ahead: the grid is prepared before the demonstration).
    public func create(campaign: Int64, product: String, date: String, by creator: String) throws -> EvaluationRecord {
        let day = TypedText.cleaned(date), productID = TypedText.cleaned(product)
        guard let parsed = CalendarDay.parse(day), CalendarDay.year(parsed) >= 1990 else {
            throw Refusal(field: "date", problem: "attendu\u{00A0}: le jour de la démonstration, AAAA-MM-JJ (par exemple 2027-03-12)")
        }
        try EvidenceCatalog(store: store, reference: reference).seedIfEmpty()
        guard try store.products.find(id: productID) != nil else {
            throw Refusal(field: "produit", problem: "inconnu «\u{00A0}\(productID)\u{00A0}» (voir sipadvisor product list)")
        }
        guard try store.campaigns.find(id: campaign) != nil else { throw Refusal(field: "campagne", problem: "n° \(campaign) inconnue") }
        let profile = try CampaignAnalysis(database: store, campaignID: campaign, survey: survey, criteria: reference.criteria).profile
        let scenarios = Self.grid(needs: profile.needs, criteria: reference.criteria)
        guard !scenarios.isEmpty else {
            throw Refusal(field: "campagne", problem: "aucun besoin pondéré à voir en démonstration\u{00A0}: les besoins de l'équipe "
                          + "viennent du questionnaire, que personne n'a encore terminé")
        }
        return try store.evaluations.create(campaignID: campaign, productID: productID, date: day, createdBy: creator, scenarios: scenarios)
    }
}
