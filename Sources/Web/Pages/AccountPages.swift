import Application
import Store

/// A password form: the signed-in user's change (`/compte/mot-de-passe`: current, new, confirmation) or a reset
/// link's page (`/reinitialisation/TOKEN`: new, confirmation). Passwords are never sent back; a refusal is shown
/// under the field it is about.
struct PasswordPage: PageModel {
    static let template = "mot-de-passe"

    struct Field: Sendable {
        var name: String
        var label: String
        var autocomplete: String
        var error: String?
    }

    var heading: String
    var intro: String
    var action: String
    var csrf: String
    var fields: [Field]
    /// A refusal that is about no field (a dead reset link).
    var error: String?
    var message: String?
    /// False once a reset link no longer works: no form is shown.
    var showsForm = true

    static func change(csrf: String, refusal: AccountAdministration.Refusal? = nil, message: String? = nil) -> PasswordPage {
        PasswordPage(heading: "Changer mon mot de passe",
                     intro: "Vos autres sessions ouvertes seront fermées\u{00A0}; celle-ci reste ouverte.",
                     action: "/compte/mot-de-passe", csrf: csrf,
                     fields: fields([("actuel", "Mot de passe actuel", "current-password")] + newPasswordFields, refusal: refusal),
                     error: nil, message: message)
    }

    static func reset(token: String, email: String, csrf: String, refusal: AccountAdministration.Refusal? = nil) -> PasswordPage {
        let dead = refusal?.field == AccountAdministration.deadLink.field
        return PasswordPage(heading: "Choisir un nouveau mot de passe",
                            intro: "Compte\u{00A0}: \(email). Ce lien ne sert qu'une fois\u{00A0}; vous vous connecterez ensuite avec le nouveau mot de passe.",
                            action: "/reinitialisation/\(token)", csrf: csrf, fields: fields(newPasswordFields, refusal: refusal),
                            error: dead ? refusal?.description : nil, message: nil, showsForm: !dead)
    }

    static let newPasswordRule = "\(AccountRules.minimumPasswordLength) caractères au moins, \(AccountRules.maximumPasswordBytes) octets au plus (une lettre accentuée en compte 2)"
    private static let newPasswordFields = [("nouveau", "Nouveau mot de passe (\(newPasswordRule))", "new-password"),
                                            ("confirmation", "Nouveau mot de passe, une seconde fois", "new-password")]

    private static func fields(_ list: [(String, String, String)], refusal: AccountAdministration.Refusal?) -> [Field] {
        list.map { Field(name: $0.0, label: $0.1, autocomplete: $0.2, error: refusal?.field == $0.0 ? refusal?.description : nil) }
    }
}

enum AccountTemplates {
    static let password = """
    <h1>{{heading}}</h1>
    {{#message}}<p class="succes" role="status">{{.}}</p>{{/message}}
    {{#error}}<p class="erreur" role="alert">{{.}}</p>{{/error}}
    {{#showsForm}}
    <p>{{intro}}</p>
    <form method="post" action="{{action}}">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    {{#fields}}
    <div{{#error}} class="champ-erreur"{{/error}}>
    <label for="{{name}}">{{label}}</label>
    {{#error}}<p class="erreur" id="e-{{name}}" role="alert">{{.}}</p>{{/error}}
    <input type="password" id="{{name}}" name="{{name}}" autocomplete="{{autocomplete}}" required{{#error}} aria-describedby="e-{{name}}"{{/error}}>
    </div>
    {{/fields}}
    <p><button type="submit">Enregistrer le mot de passe</button></p>
    </form>
    {{/showsForm}}
    """
}
