/// The catalog's page templates (`CatalogPage`, `ProductPage`, `FactHistoryPage`) and the observations part of a
/// user-group session's page. A non-breaking space (U+00A0) precedes « : ; ! ? » and sits inside « ».
enum CatalogTemplates {
    static let all: [String: String] = [
        "catalogue": catalog, "produit": product, "historique": history, "observations-en-attente": pending,
        "observations-seance": sessionObservations, "choix-critere": criterionChoice, "statut-label": labelStatus,
    ]

    static let catalog = """
    <h1>Catalogue des logiciels</h1>
    {{#message}}<p class="succes" role="status">{{.}}</p>{{/message}}
    {{#error}}<p class="erreur" role="alert">{{.}}</p>{{/error}}
    <p>Chaque information sur un logiciel est datée et sourcée. Une information inconnue n’est pas un «\u{A0}non\u{A0}»\u{A0}: elle élargit l’intervalle du classement.</p>
    <ul>
    {{#products}}<li><p><a href="/catalogue/{{id}}"><strong>{{name}}</strong></a>{{#editor}} — {{.}}{{/editor}}<br>{{#statuses}}{{kind}}\u{A0}: {{text}}{{#date}}, {{.}}{{/date}}<br>{{/statuses}}{{knownFacts}} fait(s) connu(s), {{age}}<br><span class="petit">plus ancienne\u{A0}: {{oldest}}\u{A0}; plus récente\u{A0}: {{newest}}</span></p></li>{{/products}}
    {{^products}}<li>Aucun logiciel dans le catalogue.</li>{{/products}}
    </ul>
    {{#canWrite}}
    <h2 id="observations">Observations des groupes utilisateurs en attente</h2>
    {{> observations-en-attente}}
    <h2>Ajouter un logiciel</h2>
    <form method="post" action="/catalogue">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="pid">Identifiant (a-z, 0-9 et tiret, par exemple mon-logiciel)</label><input type="text" id="pid" name="identifiant" required maxlength="60" value="{{typedID}}">
    <label for="pnom">Nom</label><input type="text" id="pnom" name="nom" required maxlength="120" value="{{typedName}}">
    <label for="pediteur">Éditeur</label><input type="text" id="pediteur" name="editeur" maxlength="120" value="{{typedEditor}}">
    <p><button type="submit">Ajouter le logiciel</button></p>
    </form>
    {{/canWrite}}
    """

    static let pending = """
    {{#observations}}
    <div class="alerte">
    <p><strong>{{product}}</strong> — {{criterion}}<br>«\u{A0}{{text}}\u{A0}»{{#suggested}}<br>Valeur suggérée\u{A0}: {{.}}{{/suggested}}<br><span class="petit">Groupe utilisateurs <a href="/groupes/{{sessionID}}">{{session}}</a>, rapporté par {{recordedBy}}</span></p>
    {{#canDecide}}
    <form method="post" action="/catalogue/observations/{{id}}/accepter">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="ov-{{id}}">Valeur à inscrire au catalogue (retour d’utilisateurs, daté de la séance)</label><input type="text" id="ov-{{id}}" name="valeur" value="{{typable}}">
    <p><button type="submit">Accepter dans le catalogue</button></p>
    </form>
    <form method="post" action="/catalogue/observations/{{id}}/rejeter">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="om-{{id}}">Motif du rejet</label><input type="text" id="om-{{id}}" name="motif" maxlength="1000">
    <p><button type="submit" class="secondaire">Rejeter</button></p>
    </form>
    {{/canDecide}}
    </div>
    {{/observations}}
    {{^observations}}<p>Aucune observation en attente.</p>{{/observations}}
    """

    static let criterionChoice = """
    {{#criteria}}<optgroup label="{{title}}">{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</optgroup>{{/criteria}}
    """

    static let product = """
    <h1>{{name}}</h1>
    <p><a href="/catalogue">← Retour au catalogue</a> · <a href="/catalogue/{{id}}/historique">Historique de tous les faits</a></p>
    {{#message}}<p class="succes" role="status">{{.}}</p>{{/message}}
    <ul>{{#editor}}<li>Éditeur\u{A0}: {{.}}</li>{{/editor}}{{#statuses}}<li>{{kind}}\u{A0}: {{text}}{{#date}}, {{.}}{{/date}}{{#source}}<br><span class="petit">Source\u{A0}: {{.}}</span>{{/source}}</li>{{/statuses}}<li>Âge des informations\u{A0}: {{age}}</li></ul>
    {{#hasLabelAlerts}}{{> alertes-label}}{{/hasLabelAlerts}}
    {{#labelForm}}{{> statut-label}}{{/labelForm}}
    <p class="aide">Une information inconnue n’est pas un «\u{A0}non\u{A0}»\u{A0}: elle élargit l’intervalle du classement.</p>
    {{#sections}}
    <h2>{{title}}</h2>
    <table><thead><tr><th scope="col">Critère</th><th scope="col">Ce que l’on sait</th></tr></thead><tbody>
    {{#facts}}<tr><td>{{title}}<br><span class="petit">{{criterionID}} · <a href="{{history}}">historique</a></span></td><td>{{#known}}<strong>{{value}}</strong><br>{{grade}}{{/known}}{{^known}}<em>{{value}}</em>{{/known}}{{#date}} · {{.}}{{/date}}{{#source}}<br><span class="petit">{{.}}</span>{{/source}}{{#note}}<br><span class="petit">Remarque\u{A0}: {{.}}</span>{{/note}}</td></tr>{{/facts}}
    </tbody></table>
    {{/sections}}
    <h2>Informations propres à une équipe</h2>
    <p class="aide">Ce qu’une équipe a constaté elle-même (sa démonstration)\u{A0}: cela ne compte que dans la comparaison de cette équipe.</p>
    <table><thead><tr><th scope="col">Équipe et critère</th><th scope="col">Ce qu’elle a constaté</th></tr></thead><tbody>
    {{#teamFacts}}<tr><td>{{team}}<br><span class="petit">{{title}} ({{criterionID}})</span></td><td><strong>{{value}}</strong><br>{{grade}}{{#date}} · {{.}}{{/date}}{{#source}}<br><span class="petit">{{.}}</span>{{/source}}{{#note}}<br><span class="petit">Remarque\u{A0}: {{.}}</span>{{/note}}</td></tr>{{/teamFacts}}
    {{^teamFacts}}<tr><td colspan="2">Aucune.</td></tr>{{/teamFacts}}
    </tbody></table>
    {{#hasObservations}}<h2>Observations des groupes utilisateurs en attente</h2>{{/hasObservations}}
    {{#observations}}<p>{{criterion}}\u{A0}: «\u{A0}{{text}}\u{A0}» <span class="petit">(groupe utilisateurs {{session}})</span></p>{{/observations}}
    {{#hasObservations}}<p><a href="/catalogue#observations">Les accepter ou les rejeter</a></p>{{/hasObservations}}
    {{#form}}
    <h2 id="nouveau-fait">Enregistrer un fait</h2>
    <p class="aide">Le fait remplace l’actuel pour la fédération\u{A0}; l’ancien reste dans l’historique. Un fait connu cite sa source et sa date.</p>
    {{#formError}}<p class="erreur" role="alert">{{.}}</p>{{/formError}}
    <form method="post" action="/catalogue/{{id}}/faits#nouveau-fait">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <div{{#errors.critere}} class="champ-erreur"{{/errors.critere}}><label for="critere">Critère</label>{{#errors.critere}}<p class="erreur" id="e-critere">{{.}}</p>{{/errors.critere}}
    <select id="critere" name="critere">{{> choix-critere}}</select></div>
    <div{{#errors.valeur}} class="champ-erreur"{{/errors.valeur}}><label for="valeur">Valeur (oui ou non, un niveau de 0 à 4 ou un nombre selon le critère\u{A0}; vide si inconnu)</label>{{#errors.valeur}}<p class="erreur" id="e-valeur">{{.}}</p>{{/errors.valeur}}
    <input type="text" id="valeur" name="valeur" value="{{typedValue}}"></div>
    <div{{#errors.niveau}} class="champ-erreur"{{/errors.niveau}}><label for="niveau">Niveau de preuve</label>{{#errors.niveau}}<p class="erreur" id="e-niveau">{{.}}</p>{{/errors.niveau}}
    <select id="niveau" name="niveau">{{#grades}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/grades}}</select></div>
    <div{{#errors.source}} class="champ-erreur"{{/errors.source}}><label for="source">Source (document, démonstration, réponse de l’éditeur…)</label>{{#errors.source}}<p class="erreur" id="e-source">{{.}}</p>{{/errors.source}}
    <input type="text" id="source" name="source" maxlength="{{sourceLimit}}" value="{{typedSource}}"></div>
    <div{{#errors.date}} class="champ-erreur"{{/errors.date}}><label for="date">Date de l’information (AAAA, AAAA-MM ou AAAA-MM-JJ)</label>{{#errors.date}}<p class="erreur" id="e-date">{{.}}</p>{{/errors.date}}
    <input type="text" id="date" name="date" inputmode="numeric" value="{{typedDate}}"></div>
    <div{{#errors.note}} class="champ-erreur"{{/errors.note}}><label for="note">Remarque (facultative)</label>{{#errors.note}}<p class="erreur" id="e-note">{{.}}</p>{{/errors.note}}
    <textarea id="note" name="note" rows="2" maxlength="{{noteLimit}}">{{typedNote}}</textarea></div>
    <p><button type="submit">Enregistrer le fait</button></p>
    </form>
    {{/form}}
    """

    /// Inside `produit`, in the context of `LabelStatusForm` (DIM and admin only).
    static let labelStatus = """
    <h2 id="statut-label">Statut du label</h2>
    <p class="aide">Le nouveau statut remplace l’actuel\u{A0}; l’ancien reste dans l’historique. Quand le logiciel ne détient plus de niveau du label, ses faits de grade «\u{A0}label\u{A0}» ne comptent plus.</p>
    <table><thead><tr><th scope="col">Enregistré</th><th scope="col">Statut</th></tr></thead><tbody>
    {{#history}}<tr><td>{{recordedAt}}<br><span class="petit">par {{recordedBy}}</span></td><td>{{status}}{{#source}}<br><span class="petit">{{.}}</span>{{/source}}</td></tr>{{/history}}
    {{^history}}<tr><td colspan="2">Aucun statut enregistré.</td></tr>{{/history}}
    </tbody></table>
    {{#formError}}<p class="erreur" role="alert">{{.}}</p>{{/formError}}
    <form method="post" action="/catalogue/{{id}}/label#statut-label">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <div{{#errors.etat}} class="champ-erreur"{{/errors.etat}}><label for="label-etat">État</label>{{#errors.etat}}<p class="erreur">{{.}}</p>{{/errors.etat}}
    <select id="label-etat" name="etat">{{#states}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/states}}</select></div>
    <div{{#errors.niveau_label}} class="champ-erreur"{{/errors.niveau_label}}><label for="label-niveau">Niveau du label (seulement s’il est détenu et que la source le donne)</label>{{#errors.niveau_label}}<p class="erreur">{{.}}</p>{{/errors.niveau_label}}
    <select id="label-niveau" name="niveau_label">{{#levels}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/levels}}</select></div>
    <div{{#errors.obtenu}} class="champ-erreur"{{/errors.obtenu}}><label for="label-obtenu">Obtenu le (AAAA, AAAA-MM ou AAAA-MM-JJ, facultatif)</label>{{#errors.obtenu}}<p class="erreur">{{.}}</p>{{/errors.obtenu}}
    <input type="text" id="label-obtenu" name="obtenu" inputmode="numeric" value="{{typedGranted}}"></div>
    <div{{#errors.perdu}} class="champ-erreur"{{/errors.perdu}}><label for="label-perdu">Perdu le (obligatoire s’il ne répond plus au label)</label>{{#errors.perdu}}<p class="erreur">{{.}}</p>{{/errors.perdu}}
    <input type="text" id="label-perdu" name="perdu" inputmode="numeric" value="{{typedLost}}"></div>
    <div{{#errors.source}} class="champ-erreur"{{/errors.source}}><label for="label-source">Source (identifiant du registre ou document cité)</label>{{#errors.source}}<p class="erreur">{{.}}</p>{{/errors.source}}
    <input type="text" id="label-source" name="source" maxlength="{{sourceLimit}}" value="{{typedSource}}"></div>
    <div{{#errors.date}} class="champ-erreur"{{/errors.date}}><label for="label-date">Date de la source (AAAA, AAAA-MM ou AAAA-MM-JJ)</label>{{#errors.date}}<p class="erreur">{{.}}</p>{{/errors.date}}
    <input type="text" id="label-date" name="date" inputmode="numeric" value="{{typedDate}}"></div>
    <div{{#errors.note}} class="champ-erreur"{{/errors.note}}><label for="label-note">Remarque (facultative)</label>{{#errors.note}}<p class="erreur">{{.}}</p>{{/errors.note}}
    <textarea id="label-note" name="note" rows="2">{{typedNote}}</textarea></div>
    <p><button type="submit">Enregistrer le statut</button></p>
    </form>
    """

    static let history = """
    <h1>Historique — {{name}}</h1>
    {{#criterion}}<p>Critère\u{A0}: {{.}}</p>{{/criterion}}
    <p><a href="/catalogue/{{id}}">← Retour au logiciel</a>{{#criterion}} · <a href="/catalogue/{{id}}/historique">Tous les critères</a>{{/criterion}}</p>
    <p class="aide">Chaque version, de la plus récente à la plus ancienne\u{A0}: rien n’est effacé.</p>
    <table><thead><tr><th scope="col">Enregistré</th><th scope="col">Critère et fait</th></tr></thead><tbody>
    {{#rows}}<tr><td>{{recordedAt}}<br><span class="petit">par {{recordedBy}}<br>{{scope}}</span></td><td>{{title}} <span class="petit">({{criterionID}})</span><br><strong>{{value}}</strong><br>{{grade}}{{#date}} · {{.}}{{/date}}{{#source}}<br><span class="petit">{{.}}</span>{{/source}}{{#note}}<br><span class="petit">Remarque\u{A0}: {{.}}</span>{{/note}}</td></tr>{{/rows}}
    {{^rows}}<tr><td colspan="2">Aucun fait enregistré.</td></tr>{{/rows}}
    </tbody></table>
    """

    static let sessionObservations = """
    {{#observations}}
    <h2 id="observations">Observations sur les logiciels</h2>
    <p class="aide">Ce que le groupe a constaté sur un logiciel (par exemple «\u{A0}les infirmières ne facturent pas en tournée\u{A0}»). Le DIM décide de l’inscrire au catalogue comme retour d’utilisateurs, avec cette séance pour source.</p>
    <table><thead><tr><th scope="col">Logiciel</th><th scope="col">Critère</th><th scope="col">Observation</th><th scope="col">Suite donnée</th></tr></thead><tbody>
    {{#rows}}<tr><td>{{product}}</td><td>{{criterion}}</td><td>{{text}}{{#suggested}}<br><span class="petit">valeur suggérée\u{A0}: {{.}}</span>{{/suggested}}</td><td>{{status}}</td></tr>{{/rows}}
    {{^rows}}<tr><td colspan="4">Aucune observation.</td></tr>{{/rows}}
    </tbody></table>
    {{#observationError}}<p class="erreur" role="alert">{{.}}</p>{{/observationError}}
    <form method="post" action="/groupes/{{session}}/observations#observations">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <fieldset><legend>Rapporter une observation</legend>
    <label for="oproduit">Logiciel</label><select id="oproduit" name="produit">{{#products}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/products}}</select>
    <label for="ocritere">Critère</label><select id="ocritere" name="critere">{{> choix-critere}}</select>
    <label for="otexte">Observation</label><textarea id="otexte" name="observation" rows="3" maxlength="{{textLimit}}">{{typedText}}</textarea>
    <label for="ovaleur">Valeur que cela suggère (facultatif\u{A0}: oui, non, un niveau de 0 à 4 ou un nombre)</label><input type="text" id="ovaleur" name="valeur" value="{{typedValue}}">
    <p><button type="submit">Enregistrer l’observation</button></p>
    </fieldset>
    </form>
    {{/observations}}
    """
}
