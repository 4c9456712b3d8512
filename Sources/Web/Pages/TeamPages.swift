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

/// `/campagnes/:campaign/liens`: one personal link per respondent, with its state; the DIM's only.
struct LinksPage: PageModel {
    static let template = "liens"

    struct Row: Sendable {
        var label: String; var profession: String; var link: String; var id: Int64; var campaign: Int64
        var revoked: Bool; var csrf: String; var status: String
    }

    var id: Int64
    var name: String
    var respondents: [Row]
    /// Set after an erasure.
    var erased: Bool

    init(snapshot: CampaignSnapshot, publicURL: String, csrf: String, professionLabel: (String) -> String, erased: Bool = false) {
        (id, name, self.erased) = (snapshot.campaign.id, snapshot.campaign.name, erased)
        respondents = snapshot.respondents.map { respondent in
            let count = snapshot.answers[respondent.id]?.count ?? 0
            return Row(label: respondent.label, profession: professionLabel(respondent.profession),
                       link: CampaignSetup.link(base: publicURL, token: respondent.token), id: respondent.id,
                       campaign: snapshot.campaign.id, revoked: respondent.revoked, csrf: csrf,
                       status: respondent.revoked ? "révoqué" : (count == 0 ? "pas encore de réponse" : "\(count) réponse(s)"))
        }
    }
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
