import Application
import Deployment
import Foundation
import Reports
import Store

extension WebApp {
    /// The follow-up use case on the application's store and catalog (the CLI's `followup` calls the same).
    var followUpTracking: FollowUpTracking { FollowUpTracking(database: store, method: method, reference: catalog) }

    /// The project plan, from the follow-up's start and with planned against actual once the deployment is followed.
    func planDocument(_ campaign: CampaignRecord, documents: CampaignDocuments) throws -> ReportDocument {
        let followed = try followUpTracking.state(campaignID: campaign.id, today: today)
        return try documents.plan(start: today, date: today, comparison: nil, templates: templates, tracking: followed)
    }
}

/// A refused follow-up form: which form, the refusal (its field named), what was typed.
struct FollowUpRefusal: Sendable {
    var form: String
    var refusal: FollowUpEntry.Refusal
    var typed: [String: String]
}

/// `/campagnes/ID/suivi`: the deployment follow-up of a campaign, its forms, and what was refused on which field.
struct FollowUpPage: PageModel {
    static let template = "suivi"

    struct Option: Sendable { var value: String; var label: String; var selected: Bool }
    struct Step: Sendable {
        var id: Int64; var title: String; var owner: String; var planned: String; var actual: String; var status: String; var late: String?
    }
    struct Person: Sendable { var name: String; var profession: String; var hours: String; var contents: String; var owed: String }
    struct Wave: Sendable { var title: String; var due: String; var trained: String; var late: Bool }
    struct Check: Sendable { var number: Int; var text: String; var checkedOn: String; var note: String }
    struct Defect: Sendable { var id: Int64; var description: String; var severity: String; var found: String; var fixed: String }

    var id: Int64; var team: String; var csrf: String; var message: String?
    var started: Bool; var canPlan: Bool; var today: String
    /// The refusal, its field named, shown at the top and beside its form (`errorIn…`).
    var error: String?
    var errorInStart = false, errorInStep = false, errorInPromise = false, errorInTraining = false, errorInDefect = false, errorInCheck = false
    var errorInFix = false
    /// The defects not fixed yet, for the correction form.
    var openDefects: [Option] = []; var hasOpenDefects = false
    var lateCount = 0; var steps: [Step] = []; var promises: [Step] = []
    var stepOptions: [Option] = []; var statusOptions: [Option] = []; var contentOptions: [Option] = []; var severityOptions: [Option] = []
    var methodSteps: [Option] = []; var peopleOptions: [Option] = []; var products: [Option] = []
    var declared = ""; var people: [Person] = []; var professions: [Person] = []; var waves: [Wave] = []; var untrained = ""
    var checks: [Check] = []; var defects: [Defect] = []
    /// What was typed in the refused form, by `form_field`, so nothing typed is lost.
    var typed: [String: String]

    init(id: Int64, team: String, csrf: String, message: String?, state: FollowUpState?, canPlan: Bool, method: DeploymentMethod,
         products: [(id: String, name: String)], refused: FollowUpRefusal?) {
        (self.id, self.team, self.csrf, self.message, self.canPlan) = (id, team, csrf, message, canPlan)
        started = state != nil
        today = state.map { FrenchDate.long($0.today) } ?? ""
        typed = Dictionary(uniqueKeysWithValues: (refused?.typed ?? [:]).map { ("\(refused!.form)_\($0.key)", $0.value) })
        if let refused {
            error = refused.refusal.description.capitalizedFirst + "."
            (errorInStart, errorInStep, errorInPromise) = (refused.form == "debut", refused.form == "etape", refused.form == "engagement")
            (errorInTraining, errorInDefect, errorInCheck) = (refused.form == "formation", refused.form == "anomalie", refused.form == "controle")
            errorInFix = refused.form == "correction"
        }
        self.products = products.map { Option(value: $0.id, label: $0.name, selected: typed["debut_logiciel"] == $0.id) }
        guard let state else { return }
        fillSteps(state, method: method)
        fillTraining(state.training, people: state.trainings)
        checks = state.checks.map { Check(number: $0.position + 1, text: $0.text, checkedOn: $0.checkedOn.map(FrenchDate.long) ?? "", note: $0.note ?? "") }
        defects = state.defects.map {
            Defect(id: $0.id, description: $0.description, severity: $0.severity, found: FrenchDate.long($0.foundOn),
                   fixed: $0.fixedOn.map(FrenchDate.long) ?? "non corrigée")
        }
        let chosen = typed["correction_anomalie"]
        openDefects = state.defects.filter { $0.fixedOn == nil }.map {
            Option(value: String($0.id), label: "n°\u{00A0}\($0.id) — \($0.description)", selected: chosen == String($0.id))
        }
        hasOpenDefects = !openDefects.isEmpty
    }

    private mutating func fillSteps(_ state: FollowUpState, method: DeploymentMethod) {
        func row(_ item: TrackedStep) -> Step {
            Step(id: item.id, title: item.title, owner: item.owner, planned: item.plannedEnd, actual: item.actualEnd ?? "—",
                 status: item.status.rawValue + (item.blockedReason.map { " (\($0))" } ?? ""),
                 late: item.daysLate(today: state.today).map { FrenchNumber.count($0, "jour", "jours") })
        }
        lateCount = state.late.count
        steps = state.steps.map(row)
        promises = state.promises.map(row)
        let editable = canPlan ? state.steps + state.promises : state.steps
        stepOptions = editable.map { Option(value: String($0.id), label: $0.title, selected: typed["etape_etape"] == String($0.id)) }
        statusOptions = StepStatus.allCases.map { Option(value: $0.rawValue, label: $0.rawValue, selected: typed["etape_statut"] == $0.rawValue) }
        methodSteps = method.stages.flatMap(\.steps).map { Option(value: $0.id, label: $0.title, selected: typed["engagement_etape"] == $0.id) }
    }

    private mutating func fillTraining(_ training: TrainingComparison, people log: [TrainingRecord]) {
        declared = training.declaredHours.map { "\(FrenchNumber.format($0)) h par professionnel·le" } ?? "non renseigné"
        people = training.professionals.map {
            Person(name: $0.person, profession: $0.profession, hours: FrenchNumber.format($0.hours) + " h",
                   contents: $0.contents.map(\.frenchName).joined(separator: ", "),
                   owed: $0.shortfall.map { FrenchNumber.format($0) + " h" } ?? "non renseigné")
        }
        professions = training.professions.map {
            Person(name: "", profession: $0.profession, hours: FrenchNumber.format($0.hours) + " h", contents: "\($0.trained) sur \($0.people)", owed: "")
        }
        waves = training.waves.map {
            Wave(title: $0.content.frenchName, due: $0.due.map(FrenchDate.long) ?? "—", trained: "\($0.trained) sur \($0.people)", late: $0.isLate)
        }
        untrained = training.untrained.isEmpty ? "personne" : training.untrained.map(\.person).joined(separator: ", ")
        peopleOptions = training.professionals.map { Option(value: $0.person, label: "\($0.person) (\($0.profession))", selected: typed["formation_professionnel"] == $0.person) }
        contentOptions = TrainingContent.allCases.map { Option(value: $0.rawValue, label: $0.frenchName, selected: typed["formation_contenu"] == $0.rawValue) }
        severityOptions = DefectSeverity.allCases.map { Option(value: $0.rawValue, label: $0.rawValue, selected: typed["anomalie_gravite"] == $0.rawValue) }
    }
}

/// The home page's list of what is overdue across teams (`FollowUps.overdue`), most late first.
struct OverdueList: Sendable {
    struct Row: Sendable { var campaign: Int64; var team: String; var title: String; var editor: Bool; var due: String; var late: String; var status: String }

    var summary: String
    var rows: [Row]
    var hasRows: Bool

    init(_ overdue: OverdueItems, today: String) {
        summary = overdue.rows.isEmpty ? "Rien n'est en retard."
            : "\(FrenchNumber.count(overdue.teamCount, "étape d'équipe", "étapes d'équipes")) et "
              + "\(FrenchNumber.count(overdue.editorCount, "engagement d'éditeur", "engagements d'éditeurs")) en retard."
        rows = overdue.rows.map { row in
            let status = StepStatus(rawValue: row.status) ?? .toDo
            return Row(campaign: row.campaignId, team: row.teamName, title: row.title, editor: row.party == FollowUpParty.editor.rawValue,
                       due: FrenchDate.long(row.plannedEnd),
                       late: Lateness.daysLate(plannedEnd: row.plannedEnd, status: status, today: today).map { FrenchNumber.count($0, "jour", "jours") } ?? "",
                       status: row.status + (row.blockedReason.map { " (\($0))" } ?? ""))
        }
        hasRows = !rows.isEmpty
    }
}
