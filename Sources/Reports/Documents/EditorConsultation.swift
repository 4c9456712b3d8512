import Comparator
import Deployment
import Survey

/// The consultation of editors (the method's *cahier des charges*): what the team is, what it cannot do without,
/// each weighted need as a question, the non-functional questions and the scenarios to demonstrate, with how to
/// reply. No individual answer is quoted: professions and headcounts only, needs of the team as a whole.
public struct EditorConsultation: Sendable {
    /// The document's file name without extension (its downloads, the demo's files, the campaign's ZIP).
    public static let slug = "consultation-editeurs"

    public var profile: TeamProfile
    public var catalog: ProductCatalog
    public var survey: SurveyDefinition
    /// Document date and the date replies are due, `YYYY-MM-DD`.
    public var date: String
    public var replyBy: String

    /// The reply template written next to the document (`facts import-reply` reads it back).
    public static let replyFile = "reponse-consultation.csv"
    /// Replies are due four weeks after the document unless told otherwise: time to ask the product team.
    public static let replyWeeks = 4
    /// Scenarios asked for a demonstration: what fits in the hour or two an editor is given.
    public static let scenarioCount = 10

    public init(profile: TeamProfile, catalog: ProductCatalog, survey: SurveyDefinition, date: String, replyBy: String? = nil) {
        self.profile = profile; self.catalog = catalog; self.survey = survey; self.date = date
        self.replyBy = replyBy ?? CalendarDay.parse(date).map { CalendarDay.iso(CalendarDay.adding(weeks: Self.replyWeeks, to: $0)) } ?? date
    }

    /// Every question of the reply template, in the document's order: needs, then non-functional questions.
    public var questions: [ConsultationQuestion] { needQuestions + nonFunctionalQuestions }

    var needQuestions: [ConsultationQuestion] { ConsultationQuestions.needs(profile.needs, catalog: catalog) }

    var nonFunctionalQuestions: [ConsultationQuestion] {
        ConsultationQuestions.nonFunctional(headcount: profile.needs.headcount, hosting: profile.teamAnswers[WellKnownItem.hosting],
                                            catalog: catalog)
    }

    public func document(templates: TemplateSet) throws(ReportError) -> ReportDocument {
        ReportDocument(title: "Consultation des éditeurs — \(profile.team)", slug: Self.slug,
                       source: try templates.render("consultation-editeurs", ConsultationView(self)))
    }
}

/// What the template sees: strings already formatted in French.
struct ConsultationView {
    struct Profession { var label: String; var count: Int }
    struct Context { var label: String; var value: String }
    struct MustHave { var id: String; var title: String; var requirement: String? }
    struct Question {
        /// `concerned`, not `professions`: Mustache would read the document's own `professions` for a question without.
        var number: Int; var id: String; var text: String; var form: String; var importance: String; var concerned: String?
        var source: String?
    }
    struct Scenario { var id: String; var title: String; var text: String }

    var team: String; var date: String; var replyDate: String; var replyFile: String; var answeredText: String
    var professions: [Profession]; var total: Int; var context: [Context]
    var mustHaves: [MustHave]; var hasMustHaves: Bool
    var needs: [Question]; var hasNeeds: Bool; var nonFunctional: [Question]
    var scenarios: [Scenario]; var hasScenarios: Bool
    /// Said at the top when nobody has answered: the needs are not known yet, the document is not ready to send.
    var empty: String?

    init(_ consultation: EditorConsultation) {
        let profile = consultation.profile, catalog = consultation.catalog
        team = profile.team
        date = FrenchDate.long(consultation.date)
        replyDate = FrenchDate.long(consultation.replyBy)
        replyFile = EditorConsultation.replyFile
        answeredText = "\(FrenchNumber.count(profile.answered, "réponse", "réponses")) sur "
            + FrenchNumber.count(profile.invited, "professionnel·le invité·e", "professionnel·les invité·es")
        professions = catalog.professions.compactMap { profession in
            profile.needs.headcount[profession.id].map { Profession(label: profession.label, count: $0) }
        }
        total = profile.needs.professionals
        context = Self.context(profile.teamAnswers, survey: consultation.survey)
        mustHaves = profile.needs.mustHaves.map { mustHave in
            let criterion = catalog.criterion(mustHave.criterion)
            let unit = criterion?.unit.map { " \($0)" } ?? ""
            return MustHave(id: mustHave.criterion, title: criterion?.title ?? mustHave.criterion,
                            requirement: mustHave.minimum == nil && mustHave.maximum == nil ? nil : mustHave.frenchRequirement + unit)
        }
        hasMustHaves = !mustHaves.isEmpty
        let mustHaveIDs = Set(profile.needs.mustHaves.map(\.criterion))
        needs = consultation.needQuestions.enumerated().map { index, question in
            Self.row(question, number: index + 1, mustHave: mustHaveIDs.contains(question.id), catalog: catalog)
        }
        hasNeeds = !needs.isEmpty
        let offset = needs.count
        nonFunctional = consultation.nonFunctionalQuestions.enumerated().map { index, question in
            Self.row(question, number: offset + index + 1, mustHave: mustHaveIDs.contains(question.id), catalog: catalog)
        }
        // Must-haves first, then the heaviest needs: a demonstration lasts an hour or two.
        let ordered = consultation.needQuestions.filter { mustHaveIDs.contains($0.id) } + consultation.needQuestions.filter { !mustHaveIDs.contains($0.id) }
        scenarios = Array(ordered.compactMap { question in
            question.criterion.flatMap { criterion in
                criterion.scenario.map { Scenario(id: criterion.id, title: criterion.title, text: $0) }
            }
        }.prefix(EditorConsultation.scenarioCount))
        hasScenarios = !scenarios.isEmpty
        empty = profile.nobodyAnswered ? "Personne n'a encore répondu au questionnaire\u{00A0}: les besoins de l'équipe ne sont pas "
            + "connus. Attendez les réponses avant d'envoyer ce document." : nil
    }

    static func row(_ question: ConsultationQuestion, number: Int, mustHave: Bool, catalog: ProductCatalog) -> Question {
        let importance = mustHave ? "éliminatoire" : question.weight.map(NeedImportance.words) ?? "—"
        let professions = question.criterion.flatMap { $0.professions.isEmpty ? nil : $0.professions.map(catalog.professionLabel).joined(separator: ", ") }
        // Non-functional questions cite why they are asked when the catalog's criterion has a source.
        let source = question.weight == nil ? question.criterion?.source : nil
        return Question(number: number, id: question.id, text: question.text, form: question.form, importance: importance,
                        concerned: professions, source: source)
    }

    /// The team's context an editor sizes an offer on: sites, hosting, bandwidth, budget (answers to the team's
    /// questions; "non renseigné" when not answered).
    static func context(_ answers: [String: String], survey: SurveyDefinition) -> [Context] {
        func choice(_ item: WellKnownItem) -> String {
            guard let code = answers[item] else { return notAnswered }
            return survey.item(item.id)?.options.first { $0.code == code }?.label ?? code
        }
        let budget = answers[WellKnownItem.monthlyBudget].flatMap(Double.init).map { FrenchNumber.euros($0) + " par professionnel·le et par mois" }
        return [Context(label: "Nombre de sites", value: answers[WellKnownItem.sites] ?? notAnswered),
                Context(label: "Hébergement des données souhaité", value: choice(.hosting)),
                Context(label: "Débit internet de la structure", value: choice(.internetSpeed)),
                Context(label: "Budget d'abonnement maximal", value: budget ?? notAnswered)]
    }

    static let notAnswered = "non renseigné"
}

/// The words for a need's pooled weight, on the questionnaire's importance scale (0 "pas utile" … 3 "indispensable"):
/// an editor reads "très important", not 2.4.
public enum NeedImportance {
    public static func words(_ weight: Double) -> String {
        switch weight {
        case 2.5...: "indispensable"
        case 2..<2.5: "très important"
        case 1..<2: "important"
        default: "utile"
        }
    }
}
