import Catalog
import Foundation
import Store
import Survey

/// Creating a campaign and handing out its links, for the web form and `sipadvisor campaign create` alike.
public struct CampaignSetup: Sendable {
    public let database: AppDatabase
    public let survey: SurveyDefinition

    public init(database: AppDatabase, survey: SurveyDefinition) {
        self.database = database
        self.survey = survey
    }

    /// The name of a campaign nobody named.
    public static let defaultName = "Recueil des besoins"
    /// Where links point when the server's public address was not given: this machine, which only suits a trial.
    public static let localBaseURL = "http://127.0.0.1:8080"

    /// Creates the campaign and one link per respondent (a list read by `RespondentsCSV`, the one reader of such
    /// lists, whether a file or text pasted in the web form). An empty name takes `defaultName`.
    public func create(team: TeamRecord, name: String, respondents: [Invitee]) throws
        -> (CampaignRecord, [RespondentRecord]) {
        let name = TypedText.cleaned(name)
        return try database.campaigns.create(teamID: team.id, name: name.isEmpty ? Self.defaultName : name,
                                             questionnaireVersion: survey.questionnaire.version, invitees: respondents)
    }

    /// Where respondents' links start on the server (`/r/TOKEN…`).
    public static let linkPath = "/r/"

    /// A respondent's personal link: their questionnaire, no account needed. With an empty `base`, the path alone.
    public static func link(base: String, token: String) -> String {
        (base.hasSuffix("/") ? String(base.dropLast()) : base) + linkPath + token
    }

    /// The privacy notice's full address on the server (`/confidentialite`), given in invitations.
    public static func privacyNoticeURL(base: String) -> String {
        (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/confidentialite"
    }

    /// Whether links on `base` only work on this machine (the person should give the server's public address).
    public static func isLocal(_ base: String) -> Bool { base.contains("127.0.0.1") || base.contains("localhost") }
}
