import Comparator
import Deployment
import Foundation
import Reports
import Store
import Survey

/// Pooling the sheets and closing: each profession an equal voice (`DemoPooling`), then one `demo` fact per scenario
/// that was seen or found missing, scoped to the team, checked by `FactEntry` (the rule for every typed fact) and
/// written with the closing in one transaction.
extension DemoEvaluation {
    /// What a closing did: the pooled result and what the store wrote.
    public struct Closing: Sendable {
        public let result: DemonstrationResult
        public let outcome: EvidenceChange.Outcome
    }

    /// The grid's pooled result, from the sheets as they are (open or closed).
    public func result(_ snapshot: EvaluationSnapshot) throws -> DemonstrationResult {
        let team = try store.teams.find(id: snapshot.campaign.teamId)
        let product = try store.products.find(id: snapshot.evaluation.productId)
        let choices = snapshot.scores.compactMap { score in score.choice.flatMap(DemoChoice.init).map { (score, $0) } }
        let sheets = Dictionary(snapshot.sheets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Present = scored at least one scenario: an empty sheet (a link opened twice) counts nobody.
        let present = Set(choices.map(\.0.evaluationSheetId)).compactMap { sheets[$0] }
        let scenarios = snapshot.scenarios.map { scenario in
            let votes = choices.filter { $0.0.evaluationScenarioId == scenario.id }.compactMap { score, choice in
                sheets[score.evaluationSheetId].map { DemoVote(profession: $0.profession, choice: choice) }
            }
            let pooling = DemoPooling(votes: votes)
            let comments = snapshot.scores.filter { $0.evaluationScenarioId == scenario.id }.compactMap(\.comment)
            let scale = reference.criterion(scenario.criterionId)?.scale
            return DemonstrationResult.Scenario(position: scenario.position, criterion: scenario.criterionId, text: scenario.text,
                                                mustHave: scenario.mustHave, pooling: pooling, comments: comments,
                                                fact: scale.flatMap(pooling.factValue))
        }
        return DemonstrationResult(id: snapshot.evaluation.id, team: team?.name ?? "", fictionalTeam: team?.fictional ?? false,
                                   product: product?.name ?? snapshot.evaluation.productId, date: snapshot.evaluation.date,
                                   closed: snapshot.evaluation.isClosed, people: present.count,
                                   professions: Set(present.map(\.profession)).count, scenarios: scenarios)
    }

    /// The results of a team's closed evaluations, for its comparative sheet.
    public func closedResults(team: Int64) throws -> [DemonstrationResult] {
        try store.evaluations.closed(teamID: team).map(result)
    }

    public func snapshot(_ id: Int64) throws -> EvaluationSnapshot {
        guard let snapshot = try store.evaluations.snapshot(id: id) else { throw Refusal(field: "evaluation", problem: "n° \(id) inconnue") }
        return snapshot
    }

    /// Closes the evaluation: no sheet can change afterwards, and the team's comparative sheet reads its facts.
    @discardableResult
    public func close(_ id: Int64, by recorder: String, today: Date) throws -> Closing {
        let snapshot = try snapshot(id)
        if let closedAt = snapshot.evaluation.closedAt {
            throw Refusal(field: "evaluation", problem: "n° \(id) déjà close le \(FrenchDate.long(closedAt))")
        }
        if let day = CalendarDay.parse(snapshot.evaluation.date), day > today {
            throw Refusal(field: "evaluation", problem: "la démonstration du \(FrenchDate.long(snapshot.evaluation.date)) n'a pas encore eu lieu")
        }
        let result = try result(snapshot)
        guard result.people > 0 else {
            throw Refusal(field: "evaluation", problem: "aucune fiche remplie\u{00A0}: rien à enregistrer (les professionnel·les "
                          + "présent·es remplissent leur fiche avec le lien de l'évaluation)")
        }
        let entries = result.scenarios.compactMap { scenario in
            scenario.fact.map { fact in
                (row: scenario.position, entry: FactEntry(product: snapshot.evaluation.productId, criterion: scenario.criterion,
                                                          value: FactValueText.canonical(fact), grade: EvidenceGrade.demo.rawValue,
                                                          source: result.source, date: snapshot.evaluation.date,
                                                          note: DemoWords.note(scenario.pooling, professionsPresent: result.professions),
                                                          team: snapshot.campaign.teamId))
            }
        }
        // `FactEntry`'s rule through `check`, as `record` does; written with the closing below, in one transaction.
        let (facts, refused) = try EvidenceCatalog(store: store, reference: reference).check(entries, today: today)
        if !refused.refusals.isEmpty { throw refused }
        let change = EvidenceChange(recordedBy: recorder, facts: facts)
        let outcome = try store.evaluations.close(id: id, revision: snapshot.evaluation.revision, by: recorder, recording: change)
        var closed = result
        closed.closed = true
        return Closing(result: closed, outcome: outcome)
    }
}

extension DemoEvaluation {
    /// The synthesis document of an evaluation (`report evaluation`, the DIM's web page), dated `date`.
    public func synthesis(_ id: Int64, date: String, templates: TemplateSet) throws -> ReportDocument {
        let reference = reference
        return try DemonstrationSynthesis(result: try result(try snapshot(id)), professionLabel: { reference.professionLabel($0) }, date: date)
            .document(templates: templates)
    }
}
