import Comparator
import Deployment
import Foundation
import Store

/// The deployment follow-up of a team's campaign: the use cases `sipadvisor followup …` and the follow-up web page
/// both call. The checks are `FollowUpEntry` and `StepEdit`; the rules (lateness, training) are `Deployment`'s.
public struct FollowUpTracking: Sendable {
    public let database: AppDatabase
    public let method: DeploymentMethod
    /// The shipped catalog: the declared training is read from the federation's facts over it.
    public let reference: ProductCatalog

    public init(database: AppDatabase, method: DeploymentMethod, reference: ProductCatalog) {
        self.database = database; self.method = method; self.reference = reference
    }

    /// Who edits. The DIM plans (starts the follow-up, planned dates and owners, the editor's promises); the team's
    /// coordinator reports progress on the team's own steps, training, migration checks and defects — what they
    /// see on site — but cannot move a planned date to hide a delay, nor vouch for the editor.
    public enum Editor: Sendable { case dim, team }

    /// The criterion carrying the training hours per professional an editor declares (`catalog/criteria.yaml`).
    public static let declaredTrainingCriterion = "NF-FORMATION-HEURES"

    /// Starts the follow-up once, from the plan: the method's steps as `Schedule` dates them from `start`, and the
    /// method's migration checklist.
    @discardableResult
    public func start(campaignID: Int64, start: String, product: String?, by who: String) throws -> FollowUpRecord {
        let day = try FollowUpEntry.requiredDay(start, "debut")
        let campaign = try campaignRecord(campaignID)
        let catalog = try EvidenceCatalog(store: database, reference: reference).catalog(team: campaign.teamId)
        let productID = try FollowUpEntry.text(product, "logiciel", limit: 60)
        if let productID, !catalog.products.contains(where: { $0.id == productID }) {
            throw FollowUpEntry.Refusal(field: "logiciel", problem: "logiciel inconnu «\u{00A0}\(productID)\u{00A0}» (voir «\u{00A0}sipadvisor product list\u{00A0}»)")
        }
        let rows = Schedule(method: method, start: CalendarDay.parse(day)!).rows
        let items = rows.map { row in
            FollowUps.NewItem(party: FollowUpParty.team.rawValue, stepId: row.step.id, title: row.step.title, owner: row.step.owner,
                              plannedStart: CalendarDay.iso(row.start), plannedEnd: CalendarDay.iso(row.end))
        }
        return try database.followUps.start(campaignID: campaignID, productID: productID, startDate: day, by: who,
                                            items: items, checks: method.migrationChecks)
    }

    /// Changes one tracked item; the team may only report progress on its own steps.
    @discardableResult
    public func set(campaignID: Int64, itemID: Int64, _ edit: StepEdit, as editor: Editor) throws -> FollowUpItemRecord {
        let followUp = try started(campaignID)
        guard let current = try database.followUps.items(followUpID: followUp.id).first(where: { $0.id == itemID }) else {
            throw FollowUpEntry.Refusal(field: "etape", problem: "étape inconnue dans ce suivi\u{00A0}: \(itemID)")
        }
        if editor == .team, edit.changesPlan || current.party == FollowUpParty.editor.rawValue {
            throw FollowUpEntry.Refusal(field: edit.changesPlan ? "fin_prevue" : "etape",
                                        problem: "seul le DIM modifie le planning et les engagements de l'éditeur")
        }
        let item = try edit.applied(to: current)
        try database.followUps.update(item)
        return item
    }

    /// Records a date the editor committed to (installation, migration, a training session), against a method step.
    @discardableResult
    public func promise(campaignID: Int64, title: String?, step: String?, due: String?, as editor: Editor) throws -> FollowUpItemRecord {
        guard editor == .dim else { throw FollowUpEntry.Refusal(field: "titre", problem: "seul le DIM enregistre les engagements de l'éditeur") }
        let followUp = try started(campaignID)
        let title = try FollowUpEntry.text(title, "titre", limit: 300, required: true)!
        let dueDay = try FollowUpEntry.requiredDay(due, "fin_prevue")
        let stepID = try FollowUpEntry.text(step, "etape", limit: 60)
        if let stepID, !method.stages.flatMap(\.steps).contains(where: { $0.id == stepID }) {
            throw FollowUpEntry.Refusal(field: "etape", problem: "étape inconnue «\u{00A0}\(stepID)\u{00A0}» (attendu\u{00A0}: "
                                        + method.stages.flatMap(\.steps).map(\.id).joined(separator: ", ") + ")")
        }
        return try database.followUps.add(.init(party: FollowUpParty.editor.rawValue, stepId: stepID, title: title, owner: "éditeur",
                                                plannedStart: nil, plannedEnd: dueDay), followUpID: followUp.id)
    }

    /// Logs a training session of one professional of the campaign (by their label, as in the campaign's links).
    public func train(campaignID: Int64, person: String?, date: String?, hours: String?, content: String?, trainer: String?) throws {
        let followUp = try started(campaignID)
        let label = try FollowUpEntry.text(person, "professionnel", limit: 100, required: true)!
        guard let respondent = try database.campaigns.respondents(campaignID: campaignID).first(where: { $0.label == label }) else {
            throw FollowUpEntry.Refusal(field: "professionnel", problem: "«\u{00A0}\(label)\u{00A0}» n'est pas un·e professionnel·le de cette campagne")
        }
        let day = try FollowUpEntry.requiredDay(date, "date")
        let amount = try FollowUpEntry.hours(hours)
        let what = try FollowUpEntry.choice(content, "contenu", as: TrainingContent.self)
        let who = try FollowUpEntry.text(trainer, "formateur", limit: 200, required: true)!
        try database.followUps.addTraining(followUpID: followUp.id, respondentID: respondent.id, date: day, hours: amount,
                                           content: what.rawValue, trainer: who)
    }

    /// Records a defect found after the data migration.
    @discardableResult
    public func defect(campaignID: Int64, found: String?, description: String?, severity: String?) throws -> MigrationDefectRecord {
        let followUp = try started(campaignID)
        let day = try FollowUpEntry.requiredDay(found, "date")
        let text = try FollowUpEntry.text(description, "description", limit: 2_000, required: true)!
        let level = try FollowUpEntry.choice(severity, "gravite", as: DefectSeverity.self)
        return try database.followUps.addDefect(followUpID: followUp.id, foundOn: day, description: text, severity: level.rawValue)
    }

    /// Says when a defect was fixed (not before it was found).
    public func fix(campaignID: Int64, defectID: Int64, on fixed: String?) throws {
        let followUp = try started(campaignID)
        let day = try FollowUpEntry.requiredDay(fixed, "corrigee")
        guard let defect = try database.followUps.defects(followUpID: followUp.id).first(where: { $0.id == defectID }) else {
            throw FollowUpEntry.Refusal(field: "corrigee", problem: "anomalie inconnue dans ce suivi\u{00A0}: \(defectID)")
        }
        guard day >= defect.foundOn else {
            throw FollowUpEntry.Refusal(field: "corrigee", problem: "antérieure à la date où l'anomalie a été trouvée (\(defect.foundOn))")
        }
        try database.followUps.fixDefect(followUpID: followUp.id, id: defectID, fixedOn: day)
    }

    /// Ticks item `number` (from 1) of the migration checklist on a day, or unticks it without one.
    public func check(campaignID: Int64, number: Int, on day: String?, note: String?) throws {
        let followUp = try started(campaignID)
        guard (1...method.migrationChecks.count).contains(number) else {
            throw FollowUpEntry.Refusal(field: "point", problem: "numéro de 1 à \(method.migrationChecks.count)")
        }
        try database.followUps.setCheck(followUpID: followUp.id, position: number - 1, checkedOn: try FollowUpEntry.day(day, "date"),
                                        note: try FollowUpEntry.text(note, "note", limit: 1_000))
    }

    func campaignRecord(_ campaignID: Int64) throws -> CampaignRecord {
        guard let campaign = try database.campaigns.find(id: campaignID) else { throw StoreError.unknownCampaign(String(campaignID)) }
        return campaign
    }

    func started(_ campaignID: Int64) throws -> FollowUpRecord {
        _ = try campaignRecord(campaignID)
        guard let followUp = try database.followUps.find(campaignID: campaignID) else {
            throw StoreError.invalid("le suivi de la campagne \(campaignID) n'est pas démarré («\u{00A0}sipadvisor followup start --campaign \(campaignID) --start AAAA-MM-JJ\u{00A0}»)")
        }
        return followUp
    }
}
