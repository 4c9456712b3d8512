import Comparator
import Deployment
import Foundation
import Survey

/// The project plan (`plan de projet`): the ASIP method's 3 stages with dates from a start date, roles, training
/// waves per profession, migration checks, readiness, risks drawn from the survey, milestones and a gantt chart
/// (inline SVG in the HTML; the Markdown keeps the milestones table).
public struct ProjectPlan: Sendable {
    /// The document's file name without extension (its downloads, the demo's files, the campaign's ZIP).
    public static let slug = "plan-de-projet"

    public var method: DeploymentMethod
    public var profile: TeamProfile
    public var actions: [PlannedAction]
    public var survey: SurveyDefinition
    /// The comparison, when one was run: its must-haves that the leader does not prove become risks.
    public var comparison: Comparison?
    /// Respondent labels by profession (names from the campaign, to pick référents from).
    public var people: [String: [String]]
    /// `YYYY-MM-DD`.
    public var start: String
    public var date: String
    /// The deployment's follow-up, once started: the plan then shows planned against actual and what is late.
    public var tracking: PlanTracking?

    public init(method: DeploymentMethod, profile: TeamProfile, actions: [PlannedAction], survey: SurveyDefinition,
                comparison: Comparison?, people: [String: [String]], start: String, date: String) {
        self.method = method; self.profile = profile; self.actions = actions; self.survey = survey
        self.comparison = comparison; self.people = people; self.start = start; self.date = date
    }

    public func document(templates: TemplateSet) throws(ReportError) -> ReportDocument {
        ReportDocument(title: "Plan de projet — \(profile.team)", slug: Self.slug,
                       source: try templates.render("plan-de-projet", PlanView(plan: self)),
                       charts: ["calendrier": gantt().svg()])
    }

    func gantt() -> GanttChart {
        let rows = schedule()
        return GanttChart(title: "Calendrier du déploiement", stages: method.stages.map { stage in
            GanttChart.Stage(title: stage.title, steps: rows.filter { $0.stage.id == stage.id }.map {
                GanttChart.Step(title: $0.step.title, start: $0.start, end: $0.end, milestone: $0.step.milestone)
            })
        })
    }

    /// Each step with its start and end dates, in order (`Deployment.Schedule`).
    func schedule() -> [Schedule.Row] {
        Schedule(method: method, start: CalendarDay.parse(start) ?? CalendarDay.parse(date) ?? Date(timeIntervalSince1970: 0)).rows
    }

    /// Risks drawn from the survey and the comparison, most serious first.
    func risks() -> [String] {
        var risks: [String] = []
        let labels = CampaignLabels(survey: survey)
        switch profile.teamAnswers[WellKnownItem.internetSpeed] {
        case "moins-2"?: risks.append("Débit internet faible (moins de 2 Mbit/s) : une solution hébergée par l'éditeur sera lente ; vérifier l'usage hors connexion et demander une amélioration de la ligne.")
        case "inconnu"?, nil: risks.append("Débit internet inconnu : le mesurer sur chaque site avant de choisir entre serveur sur place et hébergement par l'éditeur.")
        default: break
        }
        if profile.teamAnswers[WellKnownItem.coordinator] != "true" {
            risks.append("Pas de coordinateur·rice identifié·e : prévoir qui porte le projet au quotidien (temps dédié, financement ACI).")
        }
        if !profile.missingProfessions.isEmpty {
            risks.append("Besoins non recueillis pour : \(profile.missingProfessions.map(labels.profession).joined(separator: ", ")). Le choix risque d'ignorer leur pratique.")
        }
        if let comfort = profile.items.first(where: { $0.item == WellKnownItem.digitalComfort.id }) {
            for distribution in comfort.shareableByProfession where (distribution.median ?? 3) <= 1 {
                risks.append("\(labels.profession(distribution.profession)) : peu d'aisance avec l'informatique déclarée ; prévoir une formation individuelle sur place et un·e référent·e pair.")
            }
        }
        if let comparison {
            if comparison.ranked.isEmpty {
                risks.append("Aucun logiciel ne satisfait toutes les exigences éliminatoires : revoir les exigences avec chaque profession ou élargir la recherche.")
            } else if let leader = comparison.ranked.first {
                for check in leader.demoChecks where check.reason == .unknownMustHave {
                    let professions = survey.questionnaire.items.filter { $0.criteria.contains { $0.criterion == check.criterion } }
                        .flatMap(\.professions)
                    let who = Array(Set(professions)).sorted().map(labels.profession).joined(separator: ", ")
                    risks.append("Exigence éliminatoire non vérifiée pour « \(leader.name) » : \(check.title)\(who.isEmpty ? "" : " (\(who))"). À démontrer avant de signer.")
                }
            }
        }
        if profile.readiness.verdict == .pasEncore {
            risks.append("L'équipe n'est pas encore prête (voir les conditions) : lancer l'informatisation maintenant expose à l'abandon de l'outil.")
        }
        return risks
    }
}

struct PlanView {
    struct Text { var text: String }
    struct Step {
        var title: String; var start: String; var end: String; var weeks: Int; var weeksText: String; var owner: String
        var checklist: [Text]; var questions: [Text]; var hasQuestions: Bool; var milestone: String?; var source: String?
    }
    struct Stage { var title: String; var start: String; var end: String; var steps: [Step] }
    struct Role { var role: String; var who: String }
    struct Training { var wave: String; var profession: String; var week: String }
    struct Milestone { var date: String; var title: String }

    var team: String; var date: String; var start: String; var end: String; var months: Int
    var verdict: String; var conditions: [Text]; var hasConditions: Bool
    var stages: [Stage]; var roles: [Role]; var training: [Training]; var migration: [MigrationCheckView]
    var defects: [MigrationDefectView]; var hasDefects: Bool
    var risks: [Text]; var hasRisks: Bool; var milestones: [Milestone]; var source: String
    var actions: [ActionView]; var hasActions: Bool
    var empty: Bool; var emptyText: String
    var tracking: TrackingView?

    init(plan: ProjectPlan) {
        let labels = CampaignLabels(survey: plan.survey)
        let schedule = plan.schedule()
        team = plan.profile.team
        empty = plan.profile.nobodyAnswered
        emptyText = plan.profile.emptyState
        date = FrenchDate.long(plan.date)
        let first = schedule.first?.start ?? Date(timeIntervalSince1970: 0), last = schedule.last?.end ?? first
        start = FrenchDate.long(first)
        end = FrenchDate.long(last)
        months = max(1, Int((last.timeIntervalSince(first) / (30.44 * 86_400)).rounded()))
        verdict = plan.profile.readiness.verdict.rawValue
        conditions = plan.profile.readiness.unmet.map { Text(text: "\($0.title) : \($0.action)") }
        hasConditions = !conditions.isEmpty
        stages = Self.stages(plan: plan, schedule: schedule)
        let professions = plan.profile.professions.map(\.profession)
        roles = [Role(role: "Chef·fe de projet (binôme de préférence)", who: "à désigner par l'équipe"),
                 Role(role: "Coordination", who: plan.profile.teamAnswers[WellKnownItem.coordinator] == "true" ? "coordinateur·rice de la MSP" : "à trouver")]
            + professions.map { profession in
                let names = plan.people[profession] ?? []
                return Role(role: "Référent·e \(labels.profession(profession))",
                            who: names.isEmpty ? "à désigner" : "à choisir parmi : \(names.joined(separator: ", "))")
            }
            + [Role(role: "Interlocuteur·rice unique côté éditeur", who: "à demander à l'éditeur retenu"),
               Role(role: "Accompagnement neutre (DIM de la fédération)", who: "la fédération")]
        // Waves start with the training step (else right after installation), spaced as the method says: individual
        // functions, then pluriprofessional ones, then ACI specifics. Within a wave each profession has its own
        // session the same week, so the whole plan stays inside the training step.
        let calendar = Schedule(method: plan.method, start: first)
        training = plan.method.training.flatMap { wave in
            let week = FrenchDate.long(calendar.due(wave) ?? last)
            return professions.map { profession in
                Training(wave: wave.title, profession: labels.profession(profession), week: "semaine du \(week) (séance propre à la profession)")
            }
        }
        migration = Self.migration(plan: plan)
        defects = (plan.tracking?.defects ?? []).map(MigrationDefectView.init)
        hasDefects = !defects.isEmpty
        risks = plan.risks().map(Text.init)
        hasRisks = !risks.isEmpty
        milestones = schedule.compactMap { row in row.step.milestone.map { Milestone(date: FrenchDate.long(row.end), title: $0) } }
        source = plan.method.source
        actions = plan.actions.map { ActionView($0, labels: labels) }
        hasActions = !actions.isEmpty
        tracking = plan.tracking.map(TrackingView.init)
    }

    static func stages(plan: ProjectPlan, schedule: [Schedule.Row]) -> [Stage] {
        // Once followed, a step's dates are its tracked planned ones (the DIM may have moved them), and a stage spans
        // its steps' dates, so a moved step moves its stage's end.
        let tracked = Dictionary((plan.tracking?.steps ?? []).compactMap { step in step.stepId.map { ($0, step) } },
                                 uniquingKeysWith: { first, _ in first })
        func planned(_ row: Schedule.Row) -> (start: String, end: String) {
            let step = tracked[row.step.id]
            return (step?.plannedStart ?? CalendarDay.iso(row.start), step?.plannedEnd ?? CalendarDay.iso(row.end))
        }
        return plan.method.stages.map { stage in
            let rows = schedule.filter { $0.stage.id == stage.id }
            let dates = rows.map(planned)
            return Stage(title: stage.title, start: dates.map(\.start).min().map(FrenchDate.long) ?? "",
                         end: dates.map(\.end).max().map(FrenchDate.long) ?? "",
                         steps: rows.map { row in
                             Step(title: row.step.title, start: FrenchDate.long(planned(row).start), end: FrenchDate.long(planned(row).end),
                                  weeks: row.step.weeks, weeksText: FrenchNumber.count(row.step.weeks, "semaine", "semaines"),
                                  owner: row.step.owner, checklist: row.step.checklist.map(Text.init),
                                  questions: row.step.questions.map(Text.init), hasQuestions: !row.step.questions.isEmpty,
                                  milestone: row.step.milestone, source: row.step.source)
                         })
        }
    }

    /// Once followed, the checks as ticked in the follow-up; before, the method's list to tick.
    static func migration(plan: ProjectPlan) -> [MigrationCheckView] {
        let checks = plan.tracking.map(\.checks).flatMap { $0.isEmpty ? nil : $0 }
            ?? plan.method.migrationChecks.map { MigrationCheck(text: $0, checkedOn: nil) }
        return checks.map(MigrationCheckView.init)
    }
}
