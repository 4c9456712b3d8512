/// The pages of demonstration evaluations: the professionals' scoring pages (phone first, no JavaScript) and the
/// DIM's pages. Registered with the other page templates (`PageTemplates.all`).
enum EvaluationTemplates {
    static let all: [String: String] = [
        "evaluation-debut": start, "evaluation-fiche": sheet, "demonstrations": list, "demonstration": evaluation,
    ]

    static let start = """
    <h1>Démonstration de {{product}}</h1>
    <p>Démonstration du {{date}} — {{scenarios}} scénario(s) à noter.</p>
    <p>Pour chaque scénario montré, vous direz ce que vous avez vu. Pas besoin de compte ; vos réponses sont réunies avec celles des autres professions présentes, chaque profession comptant pour une voix.</p>
    {{#error}}<p class="erreur" role="alert">{{.}}</p>{{/error}}
    <form method="post" action="{{action}}" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="profession">Votre profession</label>
    <select id="profession" name="profession" required><option value="">— choisir —</option>{{#professions}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/professions}}</select>
    {{#professionError}}<p class="erreur">{{.}}</p>{{/professionError}}
    <label for="nom">Prénom ou initiales (facultatif)</label>
    <input type="text" id="nom" name="nom" value="{{name}}" maxlength="60" autocomplete="given-name">
    {{#nameError}}<p class="erreur">{{.}}</p>{{/nameError}}
    <p><button type="submit">Commencer ma fiche</button></p>
    </form>
    """

    static let sheet = """
    <h1>Démonstration de {{product}}</h1>
    <p class="aide">Démonstration du {{date}}</p>
    {{#saved}}<p class="succes" role="status">Fiche enregistrée. Vous pouvez la corriger avec ce même lien jusqu'à la clôture par le DIM.</p>{{/saved}}
    {{#hasErrors}}<div class="alerte" role="alert"><p class="erreur">Certaines réponses sont à corriger : elles sont signalées ci-dessous. Ce que vous avez saisi est conservé.</p></div>{{/hasErrors}}
    {{#expired}}<div class="alerte" role="alert"><p class="erreur">Cette page était restée ouverte trop longtemps et n'a pas été enregistrée. Vos réponses sont reprises ci-dessous : validez à nouveau.</p></div>{{/expired}}
    <form method="post" action="{{action}}" class="questionnaire" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="profession">Votre profession</label>
    <select id="profession" name="profession">{{#professions}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/professions}}</select>
    {{#professionError}}<p class="erreur">{{.}}</p>{{/professionError}}
    <label for="nom">Prénom ou initiales (facultatif)</label>
    <input type="text" id="nom" name="nom" value="{{name}}" maxlength="60">
    {{#nameError}}<p class="erreur">{{.}}</p>{{/nameError}}
    {{#scenarios}}
    <fieldset class="question{{#error}} champ-erreur{{/error}}" id="s-{{id}}">
    <legend>{{position}}. {{text}}{{#mustHave}} <span class="aide">(éliminatoire pour l'équipe)</span>{{/mustHave}}</legend>
    {{#choiceError}}<p class="erreur">{{.}}</p>{{/choiceError}}
    <div class="choix">
    {{#options}}<label><input type="radio" name="{{name}}" value="{{value}}"{{#checked}} checked{{/checked}}> <span>{{label}}</span></label>{{/options}}
    </div>
    <label for="c-{{id}}">Commentaire (facultatif)</label>
    <textarea id="c-{{id}}" name="{{commentName}}" rows="2" maxlength="1000">{{comment}}</textarea>
    {{#commentError}}<p class="erreur">{{.}}</p>{{/commentError}}
    </fieldset>
    {{/scenarios}}
    <p><button type="submit">Enregistrer ma fiche</button></p>
    <p class="aide">Gardez cette page : son adresse vous permet de corriger votre fiche jusqu'à la clôture.</p>
    </form>
    """

    static let list = """
    <h1>Démonstrations — {{team}}</h1>
    <p><a href="/campagnes/{{campaign}}">← Retour à la campagne</a></p>
    {{#error}}<p class="erreur" role="alert">{{.}}</p>{{/error}}
    <p>Chaque démonstration a sa grille, tirée des besoins pondérés de l'équipe : les professionnel·les présent·es la notent sur leur téléphone avec son lien, sans compte. La clôture enregistre le résultat comme informations « vu en démonstration » de l'équipe, et la fiche comparative en tient compte.</p>
    <table><thead><tr><th scope="col">Logiciel</th><th scope="col">Date</th><th scope="col">Fiches</th><th scope="col">État</th></tr></thead><tbody>
    {{#evaluations}}<tr><td><a href="/campagnes/{{campaign}}/demonstrations/{{id}}">{{product}}</a></td><td>{{date}}</td><td>{{people}}</td><td>{{state}}</td></tr>{{/evaluations}}
    {{^evaluations}}<tr><td colspan="4">Aucune démonstration préparée.</td></tr>{{/evaluations}}
    </tbody></table>
    <h2>Préparer une démonstration</h2>
    <form method="post" action="/campagnes/{{campaign}}/demonstrations">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="produit">Logiciel démontré</label>
    <select id="produit" name="produit">{{#products}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/products}}</select>
    <label for="date">Jour de la démonstration</label><input type="date" id="date" name="date" value="{{typedDate}}" required>
    <p><button type="submit">Préparer la grille</button></p>
    </form>
    """

    static let evaluation = """
    <h1>Démonstration de {{product}} — {{date}}</h1>
    <p><a href="/campagnes/{{campaign}}/demonstrations">← Retour aux démonstrations</a></p>
    {{#message}}<p class="succes" role="status">{{.}}</p>{{/message}}
    {{#error}}<p class="erreur" role="alert">{{.}}</p>{{/error}}
    {{^closed}}
    <h2>Lien à ouvrir sur les téléphones</h2>
    <p>À donner aux professionnel·les présent·es (message, QR code, tableau) : chacun·e indique sa profession puis note chaque scénario. Pas de compte.</p>
    <p><code>{{link}}</code></p>
    {{/closed}}
    {{#closed}}<p class="succes">{{closedText}}</p>{{/closed}}
    <p>Fiches remplies : {{people}}.</p>
    <div class="actions">
    <a class="bouton" href="/campagnes/{{campaign}}/demonstrations/{{id}}/synthese">Synthèse</a>
    <a class="bouton secondaire" href="/campagnes/{{campaign}}/demonstrations/{{id}}/synthese.pdf">Synthèse (PDF)</a>
    <a class="bouton secondaire" href="/campagnes/{{campaign}}/demonstrations/{{id}}/synthese.docx">Synthèse (Word)</a>
    <a class="bouton secondaire" href="/campagnes/{{campaign}}/demonstrations/{{id}}/synthese.md">Synthèse (Markdown)</a>
    </div>
    {{^closed}}
    <form method="post" action="/campagnes/{{campaign}}/demonstrations/{{id}}/cloture">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <p>La clôture fige les fiches et enregistre le résultat comme informations « vu en démonstration » de l'équipe.</p>
    <p><button type="submit">Clore l'évaluation</button></p>
    </form>
    {{/closed}}
    <h2>Grille</h2>
    <ol>{{#scenarios}}<li>{{text}}{{#mustHave}} <span class="aide">(éliminatoire)</span>{{/mustHave}}</li>{{/scenarios}}</ol>
    """
}
