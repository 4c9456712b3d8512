import Application
import Survey

/// `/campagnes/:campaign/actions`: one form per action of the plan.
struct ActionPlanPage: PageModel {
    static let template = "plan-actions"

    struct Status: Sendable { var value: String; var selected: Bool }
    struct Action: Sendable {
        var dimension: String; var dimensionTitle: String; var title: String; var lead: String; var due: String
        var means: String; var indicator: String; var csrf: String; var statuses: [Status]
    }

    var id: Int64
    var team: String
    var actions: [Action]
    var message: String?
    /// The lengths `ActionPlanEditing` accepts, so the browser stops typing there instead of the server refusing.
    var textLimit = ActionPlanEditing.maximumTextLength
    var leadLimit = ActionPlanEditing.maximumLeadLength

    init(id: Int64, team: String, plan: [PlannedAction], grid: MaturityGrid, csrf: String, message: String?) {
        (self.id, self.team, self.message) = (id, team, message)
        actions = plan.map { action in
            Action(dimension: action.dimension, dimensionTitle: grid.dimension(action.dimension)?.title ?? action.dimension,
                   title: action.title, lead: action.lead ?? "", due: action.due ?? "", means: action.means,
                   indicator: action.indicator, csrf: csrf,
                   statuses: PlannedAction.Status.allCases.map { Status(value: $0.rawValue, selected: $0 == action.status) })
        }
    }
}
