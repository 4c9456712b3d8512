import Application
import Store

/// `/equipes`: the teams a user may see, and the DIM's form to add one.
struct TeamsPage: PageModel {
    static let template = "equipes"

    struct Row: Sendable { var id: Int64; var name: String; var fictional: Bool; var campaigns: Int }

    var heading: String
    var teams: [Row]
    var canCreate: Bool
    var csrf: String
    var message: String?
    var error: String?
    /// The name typed before an error, shown again.
    var typed: String
}

/// `/equipes/:team`: its campaigns, and the DIM's form to start one.
struct TeamPage: PageModel {
    static let template = "equipe"

    struct Row: Sendable { var id: Int64; var name: String; var invited: Int; var answered: Int }

    var id: Int64
    var name: String
    var campaigns: [Row]
    var canCreate: Bool
    /// Purging a team is the admin's.
    var canPurge: Bool
    var csrf: String
    var error: String?
    var typedName: String
    var typedRespondents: String
    /// Software in use, stage and their history (`TeamRegisterSection`).
    var register: TeamRegisterSection? = nil
}

/// `/campagnes/:campaign/equipe`: the team's own questions (the coordinator's or the DIM's form).
struct TeamAnswersPage: PageModel {
    static let template = "reponses-equipe"

    var id: Int64
    var team: String
    /// The question fields, HTML the `items` template produced (escaped there).
    var fields: String
    var saved: Bool
    var hasErrors: Bool
    var csrf: String
}
