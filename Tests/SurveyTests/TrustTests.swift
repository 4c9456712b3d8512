import Application
import Comparator
import Reports
import Foundation
import Survey
import TestSupport
import Testing

@Suite("Réponses « je ne sais pas » et raisons lisibles")
struct DontKnowAndReasonsTests {
    /// "Je ne sais pas" is an answer that places nothing on the scale: the majority is of those who judged.
    @Test func dontKnowCountsForNoLevelAndNoMajority() throws {
        let (catalog, survey) = try Checkout.loadSurvey()
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
        let (catalog, survey) = try Checkout.loadSurvey()
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
        let (_, survey) = try Checkout.loadSurvey()
        let item = try #require(survey.item("logiciel-metier"))
        guard case .failure(let problem) = AnswerValidation.normalise(text, for: item, in: survey) else {
            Issue.record("accepted a control character"); return
        }
        #expect(problem.detail.contains("caractère de contrôle"))
    }
}

@Suite("Après revue : imports, code points, confidentialité")
struct ReviewFindingsTests {
    /// An imported questionnaire with every required question answered has answered, optional ones left blank.
    @Test func anImportWithOptionalQuestionsLeftBlankHasAnswered() throws {
        let (_, survey) = try Checkout.loadSurvey()
        let rows = [AnswerImport.Row(line: 2, respondent: " IDE 1 ", item: "aisance-numerique", value: "2")]
        let respondents = [AnswerImport.Respondent(id: 7, label: "IDE 1", profession: "infirmier", answers: [:])]
        guard case .success(let plan) = AnswerImport.validate(rows, respondents: respondents, definition: survey) else {
            Issue.record("refused"); return
        }
        #expect(plan.completing == [7])
        let partial = [AnswerImport.Row(line: 2, respondent: "IDE 1", item: "sites-exercice", value: "2")]
        guard case .success(let unfinished) = AnswerImport.validate(partial, respondents: respondents, definition: survey) else {
            Issue.record("refused"); return
        }
        #expect(unfinished.completing.isEmpty, "a required question is still blank")
    }

    @Test(arguments: ["=\u{301}1+1", "+\u{200D}1", "@\u{308}SUM(A1)", "-\u{301}2"])
    func formulaTriggersFollowedByACombiningMarkAreNeutralised(text: String) throws {
        let csv = try CSVText.string(header: ["a"], rows: [[.text(text)]], dialect: .standard)
        let cell = csv.split(separator: "\n")[1]
        #expect(cell.unicodeScalars.first == "'", "\(cell)")
    }

    @Test func separatorsFollowedByACombiningMarkStayInTheirCell() throws {
        let csv = try CSVText.string(header: ["a", "b"], rows: [[.text("x;\u{301}y"), .text("z\"\u{301}")]], dialect: .spreadsheetTerminal)
        #expect(csv.split(separator: "\n")[1] == "\"x;\u{301}y\";\"z\"\"\u{301}\"")
    }

    @Test(arguments: ["|\u{301} colonne", "*\u{301}gras*", "[\u{301}lien](x)"])
    func markdownSpecialsFollowedByACombiningMarkAreEscaped(text: String) {
        let escaped = MarkdownEscape.text(text)
        #expect(escaped.unicodeScalars.first == "\\", "\(escaped)")
    }

    /// Coverage by profession and the privacy rule count only those who answered: someone who started without
    /// finishing neither reveals a colleague alone in their profession nor makes up a figure.
    @Test func unfinishedRespondentsDoNotCountForPrivacy() throws {
        let (catalog, survey) = try Checkout.loadSurvey()
        let finished = RespondentAnswers(respondent: "a", profession: "infirmier",
                                         answers: ["aisance-numerique": "2", "besoin-agenda-partage": "3"], reachedEnd: true)
        let started = RespondentAnswers(respondent: "b", profession: "infirmier", answers: ["besoin-agenda-partage": "1"])
        let profile = Pooling.pool(.init(team: "T", campaign: "C", respondents: [finished, started], criteria: catalog.criteria),
                                   definition: survey)
        #expect(profile.needs.answers?["infirmier"] == 1)
    }
}
