import Deployment
import Foundation
import Store
import Survey

/// Editing one action of a campaign's plan, for the web form and `sipadvisor plan` alike.
public struct ActionPlanEditing: Sendable {
    public let database: AppDatabase
    public let survey: SurveyDefinition

    public init(database: AppDatabase, survey: SurveyDefinition) {
        self.database = database
        self.survey = survey
    }

    /// What a person changed. `nil` keeps the current value; an empty text puts back the grid's default (title,
    /// means, indicator) or clears the field (lead, due date).
    public struct Edit: Sendable {
        public var title, lead, due, means, indicator, status: String?

        public init(title: String? = nil, lead: String? = nil, due: String? = nil, means: String? = nil,
                    indicator: String? = nil, status: String? = nil) {
            self.title = title; self.lead = lead; self.due = due; self.means = means; self.indicator = indicator; self.status = status
        }
    }

    /// Why an edit is refused, naming the field in French.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        /// The web form's field (`echeance`, `etat`…); the CLI names its option instead.
        public let field: String
        /// What is wrong, without the field's name.
        public let problem: String

        public var description: String { "\(Self.labels[field] ?? field)\u{00A0}: \(problem)" }

        static let labels = ["titre": "titre", "pilote": "pilote", "echeance": "échéance", "moyens": "moyens",
                             "indicateur": "indicateur", "etat": "état", "dimension": "dimension"]
    }

    public static let maximumTextLength = 500
    public static let maximumLeadLength = 200

    /// Applies and saves an edit; returns the action as saved.
    @discardableResult
    public func save(_ edit: Edit, campaignID: Int64, dimension: String) throws -> PlannedAction {
        guard let template = survey.grid.dimension(dimension) else {
            throw Refusal(field: "dimension", problem: "inconnue «\u{A0}\(dimension)\u{A0}» (attendu\u{A0}: "
                          + survey.grid.dimensions.map(\.id).joined(separator: ", ") + ")")
        }
        guard try database.campaigns.find(id: campaignID) != nil else { throw StoreError.unknownCampaign(String(campaignID)) }
        // The plan's action for a dimension is the one saved, else the grid's default (`ActionPlan.plan`).
        let current = try database.actionPlans.saved(campaignID: campaignID).first { $0.dimension == dimension }
            ?? PlannedAction(dimension: dimension, title: template.action.title, means: template.action.means,
                             indicator: template.action.indicator)
        let action = try Self.apply(edit, to: current, template: template.action)
        try database.actionPlans.save(campaignID: campaignID, action)
        return action
    }

    /// The rule itself, pure: checks every field and returns the edited action.
    public static func apply(_ edit: Edit, to current: PlannedAction, template: ActionTemplate) throws(Refusal) -> PlannedAction {
        var action = current
        if let title = try text(edit.title, "titre", limit: maximumTextLength) { action.title = title.isEmpty ? template.title : title }
        if let means = try text(edit.means, "moyens", limit: maximumTextLength) { action.means = means.isEmpty ? template.means : means }
        if let indicator = try text(edit.indicator, "indicateur", limit: maximumTextLength) {
            action.indicator = indicator.isEmpty ? template.indicator : indicator
        }
        if let lead = try text(edit.lead, "pilote", limit: maximumLeadLength) { action.lead = lead.isEmpty ? nil : lead }
        if let due = try text(edit.due, "echeance", limit: 10) {
            guard due.isEmpty || CalendarDay.parse(due) != nil else {
                throw Refusal(field: "echeance", problem: "date attendue au format AAAA-MM-JJ, par exemple 2027-03-31")
            }
            action.due = due.isEmpty ? nil : due
        }
        if let status = edit.status {
            guard let value = PlannedAction.Status(rawValue: status) else {
                throw Refusal(field: "etat", problem: "«\u{A0}à faire\u{A0}», «\u{A0}en cours\u{A0}» ou «\u{A0}fait\u{A0}»")
            }
            action.status = value
        }
        return action
    }

    /// A text field, refused when too long or holding a control character. Kept as typed (the web form trims its
    /// fields; exports guard every cell against formulas, whatever its first character).
    private static func text(_ raw: String?, _ field: String, limit: Int) throws(Refusal) -> String? {
        guard let raw else { return nil }
        if TypedText.hasControlCharacter(raw) {
            throw Refusal(field: field, problem: "caractère de contrôle non accepté (retirez-le et recommencez)")
        }
        let text = raw
        if TypedText.length(text) > limit {
            throw Refusal(field: field, problem: "\(limit) caractères au plus")
        }
        return text
    }
}
