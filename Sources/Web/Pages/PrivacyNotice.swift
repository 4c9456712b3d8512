import Catalog
import Comparator

/// What a respondent is told about their answers: the federation's settings and the survey's privacy rule
/// (`RespondentPrivacy`), worded once for the welcome of the questionnaire's first page and the full notice at
/// `/confidentialite`. Unset settings show their placeholders (`FederationSettings.shown`), never an invented name.
struct PrivacyNotice: PageModel {
    static let template = "confidentialite"
    static let path = "/confidentialite"

    var federation: String
    var controller: String
    var dim: String
    var protection: String
    var retention: String
    /// "A profession is shown on its own only from this many answers."
    var minimumAnswers = RespondentPrivacy.minimumAnswers
    var noticePath = Self.path

    init(settings: FederationSettings) {
        federation = settings.shown(.federationName)
        controller = settings.shown(.dataController)
        dim = settings.shown(.dimContact)
        protection = settings.shown(.dataProtectionContact)
        retention = settings.retentionMonths.map { "\($0)\u{A0}mois" } ?? settings.shown(.retentionMonths)
    }
}

/// The short welcome at the top of the questionnaire's first page: who asks, for what, how long it takes, and the
/// notice's essentials.
struct RespondentWelcome: Sendable {
    var notice: PrivacyNotice
    var team: String
    var profession: String
    var pages: Int
    var minutes: Int
}
