import Store

/// `/utilisateurs`: the accounts with their role in French, and the form that creates one.
struct UsersPage: PageModel {
    static let template = "utilisateurs"

    struct Account: Sendable {
        var id: Int64; var email: String; var name: String; var role: String; var team: String
        var disabled: Bool
        /// The state in French: « actif » or « désactivé ».
        var state: String
    }
    struct Team: Sendable { var id: Int64; var name: String }

    var users: [Account]
    var teams: [Team]
    var csrf: String
    var message: String?
    var error: String?

    init(accounts: [UserRecord], teams: [TeamRecord], csrf: String, message: String?, error: String?) {
        let names = Dictionary(teams.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        users = accounts.map {
            Account(id: $0.id, email: $0.email, name: $0.displayName, role: $0.role.frenchName, team: $0.teamId.flatMap { names[$0] } ?? "",
                    disabled: $0.disabledAt != nil, state: $0.disabledAt == nil ? "actif" : "désactivé")
        }
        self.teams = teams.map { Team(id: $0.id, name: $0.name) }
        (self.csrf, self.message, self.error) = (csrf, message, error)
    }
}
