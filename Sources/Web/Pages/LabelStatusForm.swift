import Application
import Comparator
import Foundation
import Reports
import Store

/// The DIM's « Statut du label » form on a product's page, with the status history (newest first); shown again with
/// what was typed and the refused field's message.
struct LabelStatusForm: Sendable {
    struct Option: Sendable { var value: String; var label: String; var selected: Bool }
    /// One message per form field, set on the refused one.
    struct Errors: Sendable { var etat, niveau_label, obtenu, perdu, source, date, note: String? }
    struct Row: Sendable { var status: String; var source: String?; var recordedBy: String; var recordedAt: String }

    var csrf: String
    var states: [Option]
    var levels: [Option]
    var typedGranted: String, typedLost: String, typedSource: String, typedDate: String, typedNote: String
    var formError: String?
    var errors = Errors()
    var history: [Row]
    var sourceLimit = FactEntry.maximumSourceLength

    /// The state's words on the form (the sheets' words are `LabelStatus.frenchState`, which also say the dates).
    static let stateWords: [(LabelStatus.State, String)] = [
        (.held, "détenu"), (.noLongerMeets, "ne répond plus au label"), (.notLabelled, "non labellisé"),
    ]

    /// `titled` shows a citation by its source's title, as the rest of the page does.
    init(csrf: String, history: [(status: LabelStatus?, record: ProductStatusRecord)], titled: (String) -> String,
         typed: LabelEntry?, refusal: FactEntry.Refusal?) {
        self.csrf = csrf
        let state = typed?.state ?? LabelStatus.State.noLongerMeets.rawValue
        states = Self.stateWords.map { Option(value: $0.0.rawValue, label: $0.1, selected: $0.0.rawValue == state) }
        levels = [("", "non précisé par la source"), ("standard", "niveau 1, standard"), ("avance", "niveau 2, avancé")].map {
            Option(value: $0.0, label: $0.1, selected: $0.0 == (typed?.level ?? ""))
        }
        (typedGranted, typedLost) = (typed?.granted ?? "", typed?.lost ?? "")
        (typedSource, typedDate, typedNote) = (typed?.source ?? "", typed?.date ?? "", typed?.note ?? "")
        self.history = history.map { status, record in
            Row(status: status?.frenchState ?? LabelStatus.frenchUnknown, source: status.map { "\(titled($0.source)), \(FrenchDate.evidence($0.date))" },
                recordedBy: record.recordedBy,
                recordedAt: FrenchDate.long(record.recordedAt) + " à " + FactHistoryPage.time(record.recordedAt))
        }
        guard let refusal else { return }
        formError = "Le statut n’est pas enregistré. \(refusal.onForm)"
        switch refusal.field {
        case "etat": errors.etat = refusal.problem
        case "niveau_label": errors.niveau_label = refusal.problem
        case "obtenu": errors.obtenu = refusal.problem
        case "perdu": errors.perdu = refusal.problem
        case "source": errors.source = refusal.problem
        case "date": errors.date = refusal.problem
        default: errors.note = refusal.problem
        }
    }
}
