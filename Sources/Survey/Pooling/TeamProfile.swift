import Comparator

/// A campaign pooled into what the team says: per-item and per-dimension synthesis, readiness, needs weights.
public struct TeamProfile: Sendable, Codable {
    public var team: String
    public var campaign: String
    public var voice: Pooling.Voice
    public var invited: Int
    /// Respondents who have answered, i.e. finished (`SurveyDefinition.status(of:)`): the only ones pooled.
    public var answered: Int
    /// Respondents who started without finishing: counted, never pooled.
    public var startedOnly = 0
    public var professions: [ProfessionParticipation]
    /// Professions invited in the campaign with no answer at all.
    public var missingProfessions: [String]
    public var items: [ItemSynthesis]
    public var dimensions: [DimensionSynthesis]
    public var readiness: ReadinessVerdict
    /// What the Comparator takes: weights from the team's own answers.
    public var needs: NeedsProfile
    /// Answers given once for the team (bandwidth, hosting, coordinator…), by item id.
    public var teamAnswers: [String: String] = [:]

    public var disagreements: [ItemSynthesis] { items.filter(\.professionsDisagree) }

    /// Nobody has answered yet: documents, pages and commands show `emptyState` (Reports) instead of a verdict and a ranking.
    public var nobodyAnswered: Bool { answered == 0 }

    /// What "has answered" means, said on the pages and in the documents that count answers.
    public static let answeredMeaning = "« A répondu » signifie « a terminé le questionnaire » : dernière page atteinte "
        + "(les questions facultatives peuvent rester vides) ou, pour un import, toutes les questions posées renseignées. "
        + "Un questionnaire commencé mais pas terminé n'entre pas dans la synthèse."
}

public struct ProfessionParticipation: Sendable, Codable, Equatable {
    public var profession: String
    public var invited: Int
    public var answered: Int
}

/// One item pooled across respondents.
public struct ItemSynthesis: Sendable, Codable {
    public var item: String
    public var text: String
    public var respondents: Int
    /// Count per option code, over everyone who answered.
    public var counts: [String: Int]
    /// Per profession: count per option code and median level.
    public var byProfession: [ProfessionDistribution]
    /// Median level (scale items), lower median when even.
    public var median: Int?
    /// The option chosen by more than half of the respondents, if any (HAS: synthesis by majority consensus).
    public var majority: String?
    public var lowest: Int?
    public var highest: Int?
    /// Professions' medians two levels or more apart.
    public var professionsDisagree: Bool

    /// The per-profession positions a document may show (`RespondentPrivacy`): not those of a profession that
    /// answered through one person.
    public var shareableByProfession: [ProfessionDistribution] {
        byProfession.filter { RespondentPrivacy.canShow(answers: $0.respondents) }
    }
}

public struct ProfessionDistribution: Sendable, Codable, Equatable {
    public var profession: String
    /// Members of the profession who answered the item.
    public var respondents: Int
    public var counts: [String: Int]
    public var median: Int?
}

public struct DimensionSynthesis: Sendable, Codable {
    public var dimension: String
    public var title: String
    public var axis: String
    public var provenance: MaturityGrid.Provenance
    public var target: Int
    /// The majority level when there is one, else the (lower) median; `nil` when nobody answered.
    public var teamLevel: Int?
    public var hasMajority: Bool
    public var lowest: Int?
    public var highest: Int?
    public var respondents: Int
    /// Professions of the campaign that did not assess this dimension.
    public var missingProfessions: [String]

    public var isBelowTarget: Bool { (teamLevel ?? -1) < target }
}
