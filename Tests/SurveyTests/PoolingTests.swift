import Comparator
import Survey
import TestSupport
import Testing

@Suite("Questionnaire et synthèse d'équipe")
struct PoolingTests {
    let definition = TinySurvey.definition

    @Test(arguments: [
        // (profession, home visits, asked about billing on rounds?)
        ("infirmier", "true", true),
        ("infirmier", "false", false),
        ("pharmacien", "true", false),
        ("medecin-generaliste", "true", true),
    ])
    func skipRules(profession: String, visits: String, asked: Bool) throws {
        let item = try #require(definition.item("tournee"))
        #expect(definition.isAsked(item, profession: profession, answers: ["visites-domicile": visits]) == asked)
        // An unanswered condition is not a yes: the question is not asked.
        #expect(!definition.isAsked(item, profession: profession, answers: [:]))
    }

    @Test func pharmacistIsNeverAskedAboutHomeRoundBillingInTheRealQuestionnaire() throws {
        let (_, survey) = try Checkout.loadSurvey()
        let asked = survey.itemsAsked(profession: "pharmacien", answers: ["visites-domicile": "true"]).map(\.id)
        #expect(!asked.contains("besoin-facturation-domicile"))
        #expect(!asked.contains("besoin-facturation-ide"))
        let nurse = survey.itemsAsked(profession: "infirmier", answers: ["visites-domicile": "true"]).map(\.id)
        #expect(nurse.contains("besoin-facturation-ide"))
        #expect(nurse.contains("besoin-tournee-hors-ligne"))
    }

    @Test(arguments: [
        ("oui", Item.Kind.boolean, "true"), ("Non", .boolean, "false"), ("Indispensable", .scale, "3"), ("2", .scale, "2"),
        ("photos|antecedents|photos", .multichoice, "antecedents|photos"), (" 12 ", .integer, "12"),
    ])
    func answersAreNormalised(raw: String, kind: Item.Kind, expected: String) throws {
        let item = try #require(definition.allItems.first { $0.kind == kind })
        #expect(try AnswerValidation.normalise(raw, for: item, in: definition).get() == expected)
    }

    @Test(arguments: [("peut-être", "visites-domicile"), ("7", "agenda"), ("25", "sites"), ("rien", "partage"), ("", "sites")])
    func badAnswersAreRejectedInFrench(raw: String, itemID: String) throws {
        let item = try #require(definition.item(itemID))
        guard case .failure(let problem) = AnswerValidation.normalise(raw, for: item, in: definition) else {
            Issue.record("« \(raw) » accepted for \(itemID)")
            return
        }
        #expect(problem.message.contains(itemID))
    }

    @Test func majorityAndNoMajority() throws {
        let respondents = [
            TinySurvey.respondent("A", "medecin-generaliste", ["agenda": "3", "maturite-partage-donnees": "1"]),
            TinySurvey.respondent("B", "medecin-generaliste", ["agenda": "3", "maturite-partage-donnees": "2"]),
            TinySurvey.respondent("C", "infirmier", ["agenda": "3", "maturite-partage-donnees": "0"]),
            TinySurvey.respondent("D", "infirmier", ["agenda": "1", "maturite-partage-donnees": "3"]),
        ]
        let profile = Pooling.pool(.init(team: "T", campaign: "C", respondents: respondents, criteria: TinySurvey.criteria),
                                   definition: definition)
        let agenda = try #require(profile.items.first { $0.item == "agenda" })
        #expect(agenda.majority == "3")           // 3 of 4
        #expect(agenda.median == 3)
        #expect(agenda.lowest == 1 && agenda.highest == 3)
        let sharing = try #require(profile.dimensions.first)
        #expect(!sharing.hasMajority)             // 1, 2, 0, 3: no level above half
        #expect(sharing.teamLevel == 1)           // lower median of 0, 1, 2, 3
        #expect(sharing.isBelowTarget)
        #expect(sharing.lowest == 0 && sharing.highest == 3)
    }

    @Test func disagreementBetweenProfessionsIsFlagged() throws {
        let respondents = [
            TinySurvey.respondent("A", "medecin-generaliste", ["agenda": "0"]),
            TinySurvey.respondent("B", "infirmier", ["agenda": "3"]),
        ]
        let profile = Pooling.pool(.init(team: "T", campaign: "C", respondents: respondents, criteria: TinySurvey.criteria),
                                   definition: definition)
        #expect(profile.disagreements.map(\.item) == ["agenda"])
    }

    /// Five GPs who find the shared agenda useless outnumber two nurses who find it indispensable. With an equal
    /// voice per profession the need weighs (0 + 3) / 2 = 1.5; per person it weighs (5·0 + 2·3) / 7 ≈ 0.857.
    @Test func professionVoiceAgainstPersonVoice() throws {
        var respondents = (1...5).map { TinySurvey.respondent("MG \($0)", "medecin-generaliste", ["agenda": "0"]) }
        respondents += (1...2).map { TinySurvey.respondent("IDE \($0)", "infirmier", ["agenda": "3"]) }
        let byProfession = Pooling.pool(.init(team: "T", campaign: "C", respondents: respondents, voice: .profession,
                                              criteria: TinySurvey.criteria), definition: definition)
        let byPerson = Pooling.pool(.init(team: "T", campaign: "C", respondents: respondents, voice: .person,
                                          criteria: TinySurvey.criteria), definition: definition)
        #expect(abs((byProfession.needs.weights["AGENDA"] ?? 0) - 1.5) < 1e-12)
        #expect(abs((byPerson.needs.weights["AGENDA"] ?? 0) - 6.0 / 7) < 1e-12)
        #expect(byProfession.needs.headcount == ["medecin-generaliste": 5, "infirmier": 2])
        #expect(byProfession.needs.professionWeights["infirmier"]?["AGENDA"] == 3)
        #expect(byProfession.needs.professionWeights["medecin-generaliste"]?["AGENDA"] == nil)
    }

    /// Nurses' majority "indispensable" on their own billing makes it eliminatory; a need asked of everyone needs
    /// most professions to call it indispensable.
    @Test func mustHavesComeFromTheProfessionsConcerned() throws {
        let respondents = [
            TinySurvey.respondent("IDE 1", "infirmier", ["visites-domicile": "true", "tournee": "3", "agenda": "3"]),
            TinySurvey.respondent("IDE 2", "infirmier", ["visites-domicile": "true", "tournee": "3", "agenda": "3"]),
            TinySurvey.respondent("MG 1", "medecin-generaliste", ["visites-domicile": "true", "tournee": "1", "agenda": "1"]),
            TinySurvey.respondent("PH 1", "pharmacien", ["agenda": "1"]),
        ]
        let profile = Pooling.pool(.init(team: "T", campaign: "C", respondents: respondents, criteria: TinySurvey.criteria),
                                   definition: definition)
        #expect(profile.needs.mustHaves.map(\.criterion) == ["FACT-IDE"])
    }

    /// The team's own answer to « logiciel labellisé » makes the label status a must-have (the ACI prerequisite).
    @Test(arguments: [(String?("true"), true), ("false", false), (nil, false)])
    func requiringLabelledSoftwareIsAMustHave(answer: String?, required: Bool) {
        let labelled = Criterion(id: WellKnownCriterion.labelled, title: "Logiciel labellisé", section: "non-fonctionnel",
                                 kind: .nonfunctional, scale: .boolean, direction: .benefit)
        let respondents = [TinySurvey.respondent("IDE 1", "infirmier", ["agenda": "2"])]
        let teamAnswers = answer.map { [WellKnownItem.labelledSoftware.id: $0] } ?? [:]
        let profile = Pooling.pool(.init(team: "T", campaign: "C", respondents: respondents, teamAnswers: teamAnswers,
                                         criteria: TinySurvey.criteria + [labelled]), definition: definition)
        #expect(profile.needs.mustHaves.contains { $0.criterion == WellKnownCriterion.labelled } == required)
    }

    @Test(arguments: [
        // (team answer, sharing levels, verdict)
        (String?("true"), ["2", "2"], ReadinessVerdict.Verdict.prete),
        ("true", ["0", "0"], .sousConditions),
        ("false", ["2", "2"], .pasEncore),
        (nil, ["2", "2"], .pasEncore),
    ])
    func readinessVerdicts(project: String?, levels: [String], verdict: ReadinessVerdict.Verdict) {
        let respondents = levels.enumerated().map {
            TinySurvey.respondent("R\($0.offset)", "infirmier", ["maturite-partage-donnees": $0.element])
        }
        let teamAnswers = project.map { ["projet-sante-valide": $0] } ?? [:]
        let profile = Pooling.pool(.init(team: "T", campaign: "C", respondents: respondents, teamAnswers: teamAnswers,
                                         criteria: TinySurvey.criteria), definition: definition)
        #expect(profile.readiness.verdict == verdict)
        if verdict != .prete {
            #expect(profile.readiness.unmet.allSatisfy { !$0.reason.isEmpty && !$0.action.isEmpty })
        }
        if project == nil { #expect(profile.readiness.outcomes.first?.status == .unanswered) }
    }

    @Test func missingProfessionsAndActionPlan() {
        let respondents = [
            TinySurvey.respondent("IDE 1", "infirmier", ["maturite-partage-donnees": "1"]),
            TinySurvey.respondent("PH 1", "pharmacien", [:]),
        ]
        let profile = Pooling.pool(.init(team: "T", campaign: "C", respondents: respondents, criteria: TinySurvey.criteria),
                                   definition: definition)
        #expect(profile.missingProfessions == ["pharmacien"])
        #expect(profile.dimensions.first?.missingProfessions == ["pharmacien"])
        let plan = ActionPlan.plan(profile: profile, grid: definition.grid, saved: [])
        #expect(plan.map(\.dimension) == ["partage-donnees"])
        let saved = PlannedAction(dimension: "partage-donnees", title: "Charte", lead: "Dr A", due: "2027-01-31",
                                  means: "2 réunions", indicator: "Charte signée", status: .enCours)
        #expect(ActionPlan.plan(profile: profile, grid: definition.grid, saved: [saved]) == [saved])
    }

    @Test func importChecksEveryRowAndSkipRulesAfterTheImport() throws {
        let respondents = [AnswerImport.Respondent(id: 1, label: "IDE 1", profession: "infirmier", answers: [:]),
                           AnswerImport.Respondent(id: 2, label: "PH 1", profession: "pharmacien", answers: [:])]
        let good = [AnswerImport.Row(line: 2, respondent: "IDE 1", item: "visites-domicile", value: "oui"),
                    .init(line: 3, respondent: "IDE 1", item: "tournee", value: "Indispensable"),
                    .init(line: 4, respondent: "équipe", item: "projet-sante-valide", value: "true")]
        let plan = try AnswerImport.validate(good, respondents: respondents, definition: definition).get()
        #expect(plan.respondentAnswers.count == 2 && plan.teamAnswers.count == 1)

        let bad = [AnswerImport.Row(line: 2, respondent: "Inconnu", item: "agenda", value: "1"),
                   .init(line: 3, respondent: "PH 1", item: "tournee", value: "3"),
                   .init(line: 4, respondent: "IDE 1", item: "projet-sante-valide", value: "true"),
                   .init(line: 5, respondent: "IDE 1", item: "agenda", value: "9"),
                   .init(line: 6, respondent: "IDE 1", item: "partage", value: "photos"),
                   .init(line: 7, respondent: "IDE 1", item: "partage", value: "antecedents")]
        guard case .failure(let failure) = AnswerImport.validate(bad, respondents: respondents, definition: definition) else {
            Issue.record("bad rows accepted")
            return
        }
        #expect(failure.problems.map(\.line) == [2, 3, 4, 5, 7])
        #expect(failure.problems[0].message.contains("répondant inconnu"))
        #expect(failure.problems[1].message.contains("n'est pas posée"))
        #expect(failure.problems[4].message.contains("en double"))
    }
}
