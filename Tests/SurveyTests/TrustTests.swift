import Comparator
import Foundation
import Survey
import Testing

@Suite("Réponses « je ne sais pas » et raisons lisibles")
struct DontKnowAndReasonsTests {
    /// "Je ne sais pas" is an answer that places nothing on the scale: the majority is of those who judged.
    @Test func dontKnowCountsForNoLevelAndNoMajority() throws {
        let (catalog, survey) = try Repository.loadSurvey()
        let item = "maturite-organisation-equipe"
        // Finished respondents (they reached the end): only those count in the synthesis.
        let respondents = [
            RespondentAnswers(respondent: "a", profession: "infirmier", answers: [item: AnswerOption.dontKnow, "aisance-numerique": "2"], reachedEnd: true),
            RespondentAnswers(respondent: "b", profession: "pharmacien", answers: [item: AnswerOption.dontKnow, "aisance-numerique": "2"], reachedEnd: true),
            RespondentAnswers(respondent: "c", profession: "medecin-generaliste", answers: [item: "2", "aisance-numerique": "2"], reachedEnd: true),
        ]
        let profile = Pooling.pool(.init(team: "T", campaign: "C", respondents: respondents, criteria: catalog.criteria), definition: survey)
        let dimension = try #require(profile.dimensions.first { $0.dimension == "organisation-equipe" })
        #expect(dimension.teamLevel == 2)
        #expect(dimension.hasMajority)
        #expect(try #require(survey.item(item)).scale.flatMap { survey.questionnaire.scale($0)?.level(of: AnswerOption.dontKnow) } == nil)
        // Accepted by the survey's own validation (the web form, CSV imports).
        let validated = AnswerValidation.normalise(AnswerOption.dontKnow, for: try #require(survey.item(item)), in: survey)
        #expect((try? validated.get()) == AnswerOption.dontKnow)
    }

    @Test func readinessReasonsNameQuestionsAndDimensionsInFrench() throws {
        let (catalog, survey) = try Repository.loadSurvey()
        let respondents = [RespondentAnswers(respondent: "a", profession: "infirmier", answers: ["aisance-numerique": "2"])]
        let profile = Pooling.pool(.init(team: "T", campaign: "C", respondents: respondents, criteria: catalog.criteria), definition: survey)
        let reasons = profile.readiness.outcomes.map(\.reason).joined(separator: "\n")
        #expect(reasons.contains("Le projet de santé de la structure est-il validé par l'ARS"))
        for id in ["projet-sante-valide", "equipe-projet", "organisation-equipe", "coordinateur"] {
            #expect(!reasons.contains("«\u{A0}\(id)\u{A0}»") && !reasons.contains("« \(id) »"), "\(id) shown as an id")
        }
    }

    @Test(arguments: ["texte\u{0}", "a\u{7}b"])
    func controlCharactersInTextAnswersAreRefused(text: String) throws {
        let (_, survey) = try Repository.loadSurvey()
        let item = try #require(survey.item("logiciel-metier"))
        guard case .failure(let problem) = AnswerValidation.normalise(text, for: item, in: survey) else {
            Issue.record("accepted a control character"); return
        }
        #expect(problem.detail.contains("caractère de contrôle"))
    }
}
