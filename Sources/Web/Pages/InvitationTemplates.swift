/// The links page and its confirmations (`InvitationPages.swift`).
enum InvitationTemplates {
    static let all: [String: String] = ["liens": links, "liens-envoi": sending, "liens-revocation": revocation]

    static let links = """
    <h1>Liens personnels — {{name}}</h1>
    <p><a href="/campagnes/{{id}}">← Retour à la campagne</a></p>
    {{#message}}<p class="succes" role="status">{{.}}</p>{{/message}}
    {{#hasFailures}}<div class="alerte" role="alert"><p class="erreur">Envois refusés\u{A0}:</p><ul>{{#failures}}<li>{{.}}</li>{{/failures}}</ul></div>{{/hasFailures}}
    <p id="compteurs"><strong>{{notStarted}}</strong> pas commencé · <strong>{{inProgress}}</strong> en cours · <strong>{{finished}}</strong> terminé{{#revokedCount}} · {{.}} lien(s) révoqué(s){{/revokedCount}}</p>
    <p>Droits des répondant·es\u{A0}: «\u{A0}Exporter\u{A0}» donne toutes les données d'une personne (JSON, CSV)\u{A0}; «\u{A0}Effacer\u{A0}» supprime ses réponses et son lien, après confirmation.</p>
    <p>Chaque personne reçoit son propre lien\u{A0}: il ouvre le questionnaire de sa profession et permet de reprendre plus tard. Un lien envoyé par erreur ou à une personne partie de l'équipe peut être révoqué, puis rétabli\u{A0}: ses réponses sont gardées.</p>
    <div class="actions">
    <a class="bouton secondaire" href="/campagnes/{{id}}/liens.csv">Télécharger pour un publipostage (CSV)</a>
    {{#canSend}}
    <a class="bouton" href="/campagnes/{{id}}/liens/envoi?type=invitation">Envoyer les invitations ({{invitations}})</a>
    <a class="bouton" href="/campagnes/{{id}}/liens/envoi?type=relance">Relancer qui n'a pas terminé ({{reminders}})</a>
    {{/canSend}}
    </div>
    {{^canSend}}<p class="aide">Envoi par e-mail indisponible\u{A0}: renseignez smtp_host et smtp_from dans les réglages de la fédération.</p>{{/canSend}}
    <table><thead><tr><th scope="col">Répondant·e</th><th scope="col">Profession</th><th scope="col">E-mail</th><th scope="col">Lien</th><th scope="col">État</th><th scope="col">Envois</th><th scope="col">Action</th></tr></thead><tbody>
    {{#respondents}}<tr><td>{{label}}</td><td>{{profession}}</td><td>{{#email}}{{.}}{{/email}}{{^email}}<em>pas d'adresse</em>{{/email}}</td><td><code>{{link}}</code></td><td>{{status}}</td>
    <td>{{#sendings}}{{.}}<br>{{/sendings}}</td>
    <td>{{^revoked}}<a class="bouton secondaire" href="/campagnes/{{campaign}}/liens/{{id}}/revoquer">Révoquer…</a>{{/revoked}}{{#revoked}}<form method="post" action="/campagnes/{{campaign}}/liens/{{id}}/retablir"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="secondaire">Rétablir le lien</button></form>{{/revoked}}
    <p class="petit">Exporter\u{A0}: <a href="/campagnes/{{campaign}}/liens/{{id}}/export.json">JSON</a> · <a href="/campagnes/{{campaign}}/liens/{{id}}/export.csv">CSV</a> · <a href="/campagnes/{{campaign}}/liens/{{id}}/effacer">Effacer</a></p></td></tr>{{/respondents}}
    </tbody></table>
    <h2>Ajouter un·e répondant·e</h2>
    {{#form.error}}<p class="erreur" role="alert">{{.}}</p>{{/form.error}}
    <form method="post" action="/campagnes/{{id}}/liens/ajouter" id="ajout">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <div{{#form.professionError}} class="champ-erreur"{{/form.professionError}}><label for="aprofession">Profession (en toutes lettres ou en abrégé\u{A0}: IDE, kiné, MG…)</label>
    {{#form.professionError}}<p class="erreur">{{.}}</p>{{/form.professionError}}<input type="text" id="aprofession" name="profession" value="{{form.profession}}" required></div>
    <div{{#form.emailError}} class="champ-erreur"{{/form.emailError}}><label for="aemail">Adresse e-mail (facultative)</label>
    {{#form.emailError}}<p class="erreur">{{.}}</p>{{/form.emailError}}<input type="email" id="aemail" name="email" value="{{form.email}}"></div>
    <div{{#form.identifierError}} class="champ-erreur"{{/form.identifierError}}><label for="aidentifiant">Identifiant (facultatif, sinon «\u{A0}Profession n\u{A0}»)</label>
    {{#form.identifierError}}<p class="erreur">{{.}}</p>{{/form.identifierError}}<input type="text" id="aidentifiant" name="identifiant" value="{{form.identifier}}"></div>
    <p><button type="submit">Ajouter et créer son lien</button></p>
    </form>
    """

    static let sending = """
    <h1>{{title}}</h1>
    <p><a href="/campagnes/{{id}}/liens">← Retour aux liens</a></p>
    {{#hasRecipients}}<p>{{count}} e-mail(s) vont partir, chacun avec le lien personnel de la personne\u{A0}:</p>
    <ul>{{#recipients}}<li>{{.}}</li>{{/recipients}}</ul>
    <form method="post" action="/campagnes/{{id}}/liens/envoi">
    <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="type" value="{{kind}}">
    <p><button type="submit">Confirmer l'envoi de {{count}} e-mail(s)</button></p>
    </form>{{/hasRecipients}}
    {{^hasRecipients}}<p>Personne à qui envoyer.</p>{{/hasRecipients}}
    {{#hasWithoutAddress}}<h2>Pas d'adresse</h2><p>Ces personnes ne recevront rien\u{A0}: donnez-leur le lien vous-même.</p>
    <ul>{{#withoutAddress}}<li>{{.}}</li>{{/withoutAddress}}</ul>{{/hasWithoutAddress}}
    """

    static let revocation = """
    <h1>Révoquer le lien de «\u{A0}{{label}}\u{A0}»\u{A0}?</h1>
    <p>Le lien mènera à une page introuvable. Les réponses déjà données sont gardées, et le lien pourra être rétabli tel quel.</p>
    <form method="post" action="/campagnes/{{id}}/liens/{{respondent}}/revoquer">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <div class="actions"><button type="submit">Révoquer le lien</button><a class="bouton secondaire" href="/campagnes/{{id}}/liens">Annuler</a></div>
    </form>
    """
}
