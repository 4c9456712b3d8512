import Store

/// `/`: what a signed-in user may open, by role.
struct HomePage: PageModel {
    static let template = "accueil"

    struct Link: Sendable { var href: String; var label: String }

    var name: String
    var role: String
    var links: [Link]
    /// Teams on a product that no longer meets the label (DIM and admin only): they may have to change software.
    var labelAlerts: [LabelAlert]
    var hasLabelAlerts: Bool
    /// What is overdue across teams (the DIM's and the admin's page only): `OverdueList`.
    var overdue: OverdueList?

    /// `pendingObservations`: user-group observations waiting for the DIM (counted for the DIM and the admin only).
    init(user: UserRecord, pendingObservations: Int = 0, labelAlerts: [LabelAlert] = [], overdue: OverdueList? = nil) {
        (name, role) = (user.displayName, user.role.frenchName)
        (self.labelAlerts, hasLabelAlerts) = (labelAlerts, !labelAlerts.isEmpty)
        self.overdue = overdue
        links = []
        if [.admin, .dim].contains(user.role) { links.append(Link(href: "/tableau-de-bord", label: "Tableau de bord de la fédération")) }
        if [.admin, .dim, .coordinator].contains(user.role) {
            links.append(Link(href: "/equipes", label: user.role == .coordinator ? "Mon équipe et ses campagnes" : "Équipes et campagnes"))
        }
        if [.admin, .dim, .facilitator].contains(user.role) { links.append(Link(href: "/groupes", label: "Groupes utilisateurs")) }
        if [.admin, .dim].contains(user.role) { links.append(Link(href: "/facilitateurs", label: "Pool de facilitateurs")) }
        links.append(Link(href: "/catalogue", label: "Catalogue des logiciels"))
        if pendingObservations > 0 {
            let plural = pendingObservations > 1 ? "s" : ""
            links.append(Link(href: "/catalogue#observations",
                              label: "\(pendingObservations) observation\(plural) de groupes utilisateurs à examiner"))
        }
        if user.role == .admin { links.append(Link(href: "/utilisateurs", label: "Comptes")) }
    }
}

/// `/connexion`: the login form, shown again with the typed address and a French error after a refusal.
struct LoginPage: PageModel {
    static let template = "connexion"

    var csrf: String
    var error: String?
    var email: String
    /// Where to go after logging in: a path of this site only (`WebApp.safeNext`).
    var next: String
    /// After a reset link was used: the new password is recorded.
    var message: String? = nil
}

/// A team using a product that no longer meets the label (`SoftwareRegister.affectedByLabelLoss`).
struct LabelAlert: Sendable {
    var teamID: Int64; var team: String; var product: String; var version: String; var since: String

    init(_ use: SoftwareInUse) {
        (teamID, team, product, version, since) = (use.record.teamId, use.teamName, use.productName, use.record.version, use.record.since)
    }
}
