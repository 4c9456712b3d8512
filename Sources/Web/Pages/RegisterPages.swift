import Application
import Comparator
import Foundation
import Store

/// The team page's register: software in use with its warnings, the stage in the method, both histories, and the
/// DIM's forms. A coordinator reads it but does not edit it: the register feeds the label alerts and the peers other
/// teams are sent to, so it is the federation's record, kept by the DIM on the team's word (least privilege).
struct TeamRegisterSection: Sendable {
    struct Use: Sendable { var product: String; var version: String; var since: String; var contractEnd: String? }
    struct HistoryRow: Sendable {
        var product: String; var version: String; var since: String; var until: String?; var contractEnd: String?; var recordedBy: String
    }
    struct StageRow: Sendable { var stage: String; var since: String; var recordedBy: String }

    var inUse: [Use]
    var flags: [String]
    var stage: String?
    var history: [HistoryRow]
    var stageHistory: [StageRow]
    var form: TeamRegisterForm?

    init(_ view: SoftwareRegister.TeamView, form: TeamRegisterForm?) {
        inUse = view.inUse.map { Use(product: $0.productName, version: $0.record.version, since: $0.record.since, contractEnd: $0.record.contractEnd) }
        flags = view.flags
        stage = view.stage.map { "«\u{00A0}\($0.stage.frenchName)\u{00A0}» depuis le \($0.since)" }
        history = view.history.map {
            HistoryRow(product: $0.productName, version: $0.record.version, since: $0.record.since, until: $0.record.until,
                       contractEnd: $0.record.contractEnd, recordedBy: $0.record.recordedBy)
        }
        stageHistory = view.stageHistory.map { StageRow(stage: $0.stage.frenchName, since: $0.since, recordedBy: $0.recordedBy) }
        self.form = form
    }
}

/// The DIM's forms on the team page, with what was typed and the refusal naming its field.
struct TeamRegisterForm: Sendable {
    struct Choice: Sendable { var id: String; var name: String; var selected: Bool }

    var csrf: String
    var teamID: Int64
    var products: [Choice]
    var stages: [Choice]
    var version: String
    var since: String
    var until: String
    var contractEnd: String
    var stageSince: String
    var softwareError: String?
    var stageError: String?

    init(csrf: String, teamID: Int64, products: [ProductRecord], typed: SoftwareEntry?, typedStage: StageEntry?, refusal: RegisterRefusal?) {
        (self.csrf, self.teamID) = (csrf, teamID)
        self.products = products.map { Choice(id: $0.id, name: $0.name, selected: $0.id == typed?.product) }
        stages = MethodStage.allCases.map { Choice(id: $0.rawValue, name: $0.frenchName, selected: MethodStage(typed: typedStage?.stage ?? "") == $0) }
        (version, since, until, contractEnd) = (typed?.version ?? "", typed?.since ?? "", typed?.until ?? "", typed?.contractEnd ?? "")
        stageSince = typedStage?.since ?? ""
        let message = refusal.map { "Le registre n’est pas modifié. \(Self.label($0.field))\u{00A0}: \($0.problem)." }
        softwareError = typedStage == nil ? message : nil
        stageError = typedStage == nil ? nil : message
    }

    static func label(_ field: String) -> String { FormLabels.all[field] ?? field }
}

/// `/facilitateurs`: the pool, suggestions for a team, the log of interventions and the year's totals; DIM only
/// (facilitators are personal data).
struct FacilitatorsPage: PageModel {
    static let template = "facilitateurs"

    struct Person: Sendable { var id: Int64; var name: String; var profession: String; var team: String; var software: String; var availability: String }
    struct Suggested: Sendable { var name: String; var team: String; var reason: String; var availability: String? }
    struct Choice: Sendable { var id: String; var name: String; var selected: Bool }
    struct Total: Sendable { var name: String; var interventions: Int; var hours: String }

    var pool: [Person]
    var teams: [Choice]
    var professions: [Choice]
    var products: [Choice]
    var suggestedTeam: String?
    var suggestions: [Suggested]
    var year: Int
    var byFacilitator: [Total]
    var byTeam: [Total]
    var total: Total
    var csrf: String
    var message: String?
    var error: String?
}
