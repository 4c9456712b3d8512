/// The follow-up page (`FollowUpPage`). Registered with the other page templates (`PageTemplates.all`).
enum FollowUpTemplates {
    static let all: [String: String] = ["suivi": page]

    static let page = """
    <h1>Suivi du déploiement — {{team}}</h1>
    <p><a href="/campagnes/{{id}}">Retour à la campagne</a> · <a href="/campagnes/{{id}}/plan">Plan de projet</a>
    · <a href="/campagnes/{{id}}/telechargements/jalons.ics">Étapes et promesses dans un agenda (iCalendar)</a>
    · <a href="/campagnes/{{id}}/telechargements/groupes-utilisateurs.ics">Groupes utilisateurs de l'équipe (iCalendar)</a></p>
    {{#message}}<p class="succes" role="status">{{.}}</p>{{/message}}
    {{#error}}<p class="erreur" role="alert">{{.}}</p>{{/error}}
    {{^started}}
    <p>Le suivi n'est pas démarré\u{00A0}: les étapes du plan de projet deviendront des étapes suivies, datées à partir du début du projet.</p>
    {{#canPlan}}
    <form method="post" action="/campagnes/{{id}}/suivi/demarrer">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    {{#errorInStart}}<p class="erreur">{{error}}</p>{{/errorInStart}}
    <label for="debut">Début du projet (AAAA-MM-JJ)</label><input type="date" id="debut" name="debut" required value="{{typed.debut_debut}}">
    <label for="logiciel">Logiciel déployé</label>
    <select id="logiciel" name="logiciel"><option value="">— pas encore choisi —</option>{{#products}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/products}}</select>
    <p><button type="submit">Démarrer le suivi</button></p>
    </form>
    {{/canPlan}}
    {{/started}}
    {{#started}}
    <p>Au {{today}}\u{00A0}: {{lateCount}} élément(s) en retard.</p>
    <h2>Étapes de l'équipe</h2>
    <table><thead><tr><th scope="col">Étape</th><th scope="col">Pilote</th><th scope="col">Fin prévue</th><th scope="col">Fin réelle</th><th scope="col">État</th><th scope="col">Retard</th></tr></thead><tbody>
    {{#steps}}<tr id="etape-{{id}}"><td>{{title}}</td><td>{{owner}}</td><td>{{planned}}</td><td>{{actual}}</td><td>{{status}}</td><td>{{#late}}<strong>{{.}}</strong>{{/late}}</td></tr>{{/steps}}
    </tbody></table>
    <h2>Engagements de l'éditeur</h2>
    <table><thead><tr><th scope="col">Engagement</th><th scope="col">Promis pour</th><th scope="col">Réel</th><th scope="col">État</th><th scope="col">Retard</th></tr></thead><tbody>
    {{#promises}}<tr id="etape-{{id}}"><td>{{title}}</td><td>{{planned}}</td><td>{{actual}}</td><td>{{status}}</td><td>{{#late}}<strong>{{.}}</strong>{{/late}}</td></tr>{{/promises}}
    {{^promises}}<tr><td colspan="5">Aucun engagement enregistré.</td></tr>{{/promises}}
    </tbody></table>
    <h2>Mettre à jour une étape</h2>
    <form method="post" action="/campagnes/{{id}}/suivi/etapes" id="form-etape">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    {{#errorInStep}}<p class="erreur">{{error}}</p>{{/errorInStep}}
    <label for="etape">Étape</label><select id="etape" name="etape">{{#stepOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/stepOptions}}</select>
    <label for="statut">État</label><select id="statut" name="statut">{{#statusOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statusOptions}}</select>
    <label for="motif">Motif du blocage (obligatoire si bloquée)</label><input type="text" id="motif" name="motif" maxlength="1000" value="{{typed.etape_motif}}">
    <label for="debut_reel">Début réel</label><input type="date" id="debut_reel" name="debut_reel" value="{{typed.etape_debut_reel}}">
    <label for="fin_reelle">Fin réelle (obligatoire si faite)</label><input type="date" id="fin_reelle" name="fin_reelle" value="{{typed.etape_fin_reelle}}">
    {{#canPlan}}<label for="fin_prevue">Nouvelle fin prévue (DIM)</label><input type="date" id="fin_prevue" name="fin_prevue" value="{{typed.etape_fin_prevue}}">{{/canPlan}}
    <p><button type="submit">Enregistrer l'étape</button></p>
    </form>
    {{#canPlan}}
    <h2>Ajouter un engagement de l'éditeur</h2>
    <form method="post" action="/campagnes/{{id}}/suivi/engagements">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    {{#errorInPromise}}<p class="erreur">{{error}}</p>{{/errorInPromise}}
    <label for="titre">Engagement (installation, reprise, session de formation…)</label><input type="text" id="titre" name="titre" maxlength="300" value="{{typed.engagement_titre}}">
    <label for="etape-methode">Étape concernée</label><select id="etape-methode" name="etape"><option value="">—</option>{{#methodSteps}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/methodSteps}}</select>
    <label for="promis">Promis pour</label><input type="date" id="promis" name="fin_prevue" value="{{typed.engagement_fin_prevue}}">
    <p><button type="submit">Ajouter l'engagement</button></p>
    </form>
    {{/canPlan}}
    <h2>Formation</h2>
    <p>Formation déclarée par l'éditeur\u{00A0}: {{declared}}. Pas encore formé·es\u{00A0}: {{untrained}}.</p>
    <table><thead><tr><th scope="col">Professionnel·le</th><th scope="col">Profession</th><th scope="col">Heures</th><th scope="col">Contenus</th><th scope="col">Reste dû</th></tr></thead><tbody>
    {{#people}}<tr><td>{{name}}</td><td>{{profession}}</td><td>{{hours}}</td><td>{{contents}}</td><td>{{owed}}</td></tr>{{/people}}
    </tbody></table>
    <table><thead><tr><th scope="col">Profession</th><th scope="col">Formé·es</th><th scope="col">Heures</th></tr></thead><tbody>
    {{#professions}}<tr><td>{{profession}}</td><td>{{contents}}</td><td>{{hours}}</td></tr>{{/professions}}
    </tbody></table>
    <table><thead><tr><th scope="col">Vague de la méthode</th><th scope="col">Semaine du</th><th scope="col">Formé·es</th></tr></thead><tbody>
    {{#waves}}<tr><td>{{title}}</td><td>{{due}}</td><td>{{trained}}{{#late}} — <strong>en retard</strong>{{/late}}</td></tr>{{/waves}}
    </tbody></table>
    <form method="post" action="/campagnes/{{id}}/suivi/formations" id="form-formation">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    {{#errorInTraining}}<p class="erreur">{{error}}</p>{{/errorInTraining}}
    <label for="professionnel">Professionnel·le</label><select id="professionnel" name="professionnel">{{#peopleOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/peopleOptions}}</select>
    <label for="formation-date">Date</label><input type="date" id="formation-date" name="date" value="{{typed.formation_date}}">
    <label for="heures">Heures (1,5 pour une heure et demie)</label><input type="text" id="heures" name="heures" inputmode="decimal" value="{{typed.formation_heures}}">
    <label for="contenu">Contenu</label><select id="contenu" name="contenu">{{#contentOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/contentOptions}}</select>
    <label for="formateur">Formé·e par</label><input type="text" id="formateur" name="formateur" maxlength="200" value="{{typed.formation_formateur}}">
    <p><button type="submit">Enregistrer la formation</button></p>
    </form>
    <h2>Reprise des données</h2>
    <table><thead><tr><th scope="col">n°</th><th scope="col">Contrôle</th><th scope="col">Fait le</th><th scope="col">Note</th></tr></thead><tbody>
    {{#checks}}<tr><td>{{number}}</td><td>{{text}}</td><td>{{checkedOn}}</td><td>{{note}}</td></tr>{{/checks}}
    </tbody></table>
    <form method="post" action="/campagnes/{{id}}/suivi/controles">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    {{#errorInCheck}}<p class="erreur">{{error}}</p>{{/errorInCheck}}
    <label for="point">Contrôle n°</label><input type="number" id="point" name="point" min="1" value="{{typed.controle_point}}">
    <label for="controle-date">Fait le (vide\u{00A0}: décocher)</label><input type="date" id="controle-date" name="date" value="{{typed.controle_date}}">
    <label for="controle-note">Note</label><input type="text" id="controle-note" name="note" maxlength="1000" value="{{typed.controle_note}}">
    <p><button type="submit">Enregistrer le contrôle</button></p>
    </form>
    <h3>Anomalies</h3>
    <table><thead><tr><th scope="col">n°</th><th scope="col">Anomalie</th><th scope="col">Gravité</th><th scope="col">Trouvée le</th><th scope="col">Corrigée le</th></tr></thead><tbody>
    {{#defects}}<tr><td>{{id}}</td><td>{{description}}</td><td>{{severity}}</td><td>{{found}}</td><td>{{fixed}}</td></tr>{{/defects}}
    {{^defects}}<tr><td colspan="5">Aucune anomalie.</td></tr>{{/defects}}
    </tbody></table>
    <form method="post" action="/campagnes/{{id}}/suivi/anomalies">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    {{#errorInDefect}}<p class="erreur">{{error}}</p>{{/errorInDefect}}
    <label for="anomalie-date">Trouvée le</label><input type="date" id="anomalie-date" name="date" value="{{typed.anomalie_date}}">
    <label for="description">Description</label><textarea id="description" name="description" maxlength="2000">{{typed.anomalie_description}}</textarea>
    <label for="gravite">Gravité</label><select id="gravite" name="gravite">{{#severityOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/severityOptions}}</select>
    <p><button type="submit">Enregistrer l'anomalie</button></p>
    </form>
    {{#hasOpenDefects}}
    <form method="post" action="/campagnes/{{id}}/suivi/anomalies/correction">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    {{#errorInFix}}<p class="erreur">{{error}}</p>{{/errorInFix}}
    <label for="anomalie">Anomalie corrigée</label><select id="anomalie" name="anomalie">{{#openDefects}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/openDefects}}</select>
    <label for="corrigee">Corrigée le</label><input type="date" id="corrigee" name="corrigee" value="{{typed.correction_corrigee}}">
    <p><button type="submit">Enregistrer la correction</button></p>
    </form>
    {{/hasOpenDefects}}
    {{/started}}
    """
}
