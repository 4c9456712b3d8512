import Comparator
import Survey

// The French words for the engine's values. The engine returns values (bounds, grades, reasons); every document, page
// and command that shows them in French reads them here.

extension RankingMethod {
    public var frenchName: String { self == .topsis ? "TOPSIS" : "somme pondérée" }
}

extension EvidenceGrade {
    public var frenchName: String {
        switch self {
        case .label: "label"
        case .editor: "déclaratif éditeur"
        case .demo: "vu en démonstration"
        case .usergroup: "retour d'utilisateurs"
        case .unknown: "inconnu"
        }
    }
}

extension FactValue {
    public var frenchText: String {
        switch self {
        case .boolean(let yes): yes ? "oui" : "non"
        case .level(let level): "\(level)/4"
        case .number(let number): FrenchNumber.format(number)
        }
    }
}

extension MustHave {
    /// The requirement as said to a team: "au moins 2", "entre 1 et 3", "exigé".
    public var frenchRequirement: String {
        switch (minimum, maximum) {
        case let (low?, high?): "entre \(FrenchNumber.format(low)) et \(FrenchNumber.format(high))"
        case let (low?, nil): "au moins \(FrenchNumber.format(low))"
        case let (nil, high?): "au plus \(FrenchNumber.format(high))"
        case (nil, nil): "exigé"
        }
    }
}

extension WithheldProfession.Reason {
    /// What a table cell shows instead of the figure.
    public var frenchCell: String {
        switch self {
        case .noAnswer: "—"
        case .singleAnswer: "une seule réponse"
        }
    }
}

extension WithheldProfession {
    /// The legend under a table holding such cells.
    public static let legend = "« — » : aucune réponse de cette profession ; « une seule réponse » : la couverture n'est pas affichée, pour préserver l'anonymat de la personne qui a répondu."
}

extension DemoCheck.Reason {
    public var frenchName: String {
        switch self {
        case .unknownMustHave: "exigence éliminatoire non vérifiée"
        case .staleMustHave: "exigence éliminatoire contredite par une information ancienne : à revérifier avant d'écarter"
        case .editorOnly: "seulement déclaré par l'éditeur"
        case .stale: "information ancienne, à revérifier"
        case .unknown: "information inconnue"
        }
    }
}

extension Comparison {
    /// What a coverage cell shows when a product has no figure for the profession.
    public func missingCoverageCell(_ profession: String) -> String { withheldReason(profession)?.frenchCell ?? "—" }
}

extension TeamProfile {
    /// The empty state, in the words every document, page and command uses.
    public var emptyState: String { Self.emptyState(startedOnly: startedOnly) }

    public static func emptyState(startedOnly: Int) -> String {
        let started = startedOnly == 0 ? ""
            : " (\(FrenchNumber.count(startedOnly, "personne a", "personnes ont")) commencé sans terminer)"
        return "Personne n'a encore répondu au questionnaire\(started) : pas encore de synthèse, de verdict de préparation "
            + "ni de classement des logiciels."
    }
}
