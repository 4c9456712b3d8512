/// The register's templates: the team page's software and stage, the label alerts, the facilitators' page.
enum RegisterTemplates {
    static let all: [String: String] = [
        "registre-equipe": teamRegister, "alertes-label": labelAlerts, "facilitateurs": facilitators,
    ]

    /// Inside `equipe`, in the context of `TeamRegisterSection`.
    static let teamRegister = """
    <h2 id="registre">Logiciels en service</h2>
    {{#flags}}<p class="erreur" role="alert">Alerte\u{A0}: {{.}}</p>{{/flags}}
    <table><thead><tr><th scope="col">Logiciel</th><th scope="col">Version</th><th scope="col">Depuis</th><th scope="col">Fin de contrat</th></tr></thead><tbody>
    {{#inUse}}<tr><td>{{product}}</td><td>{{version}}</td><td>{{since}}</td><td>{{contractEnd}}</td></tr>{{/inUse}}
    {{^inUse}}<tr><td colspan="4">Aucun logiciel inscrit.</td></tr>{{/inUse}}
    </tbody></table>
    <p>Étape dans la méthode\u{A0}: {{#stage}}{{.}}{{/stage}}{{^stage}}non renseignée{{/stage}}.</p>
    {{#form}}
    <h3>Inscrire un logiciel, une version, ou la fin de son usage</h3>
    {{#softwareError}}<p class="erreur" role="alert">{{.}}</p>{{/softwareError}}
    <form method="post" action="/equipes/{{teamID}}/logiciels#registre">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="logiciel">Logiciel</label><select id="logiciel" name="logiciel">{{#products}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/products}}</select>
    <label for="version">Version</label><input type="text" id="version" name="version" maxlength="60" value="{{version}}">
    <label for="depuis">En service depuis (AAAA-MM-JJ)</label><input type="text" id="depuis" name="depuis" inputmode="numeric" value="{{since}}">
    <label for="fin_contrat">Fin du contrat (facultatif)</label><input type="text" id="fin_contrat" name="fin_contrat" inputmode="numeric" value="{{contractEnd}}">
    <label for="jusqua">Quitté le (facultatif\u{A0}: l'équipe ne l'utilise plus)</label><input type="text" id="jusqua" name="jusqua" inputmode="numeric" value="{{until}}">
    <p><button type="submit">Inscrire au registre</button></p>
    </form>
    <h3>Changer d'étape</h3>
    {{#stageError}}<p class="erreur" role="alert">{{.}}</p>{{/stageError}}
    <form method="post" action="/equipes/{{teamID}}/etape#registre">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="etape">Étape</label><select id="etape" name="etape">{{#stages}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/stages}}</select>
    <label for="etape_depuis">Depuis (AAAA-MM-JJ)</label><input type="text" id="etape_depuis" name="depuis" inputmode="numeric" value="{{stageSince}}">
    <p><button type="submit">Changer d'étape</button></p>
    </form>
    {{/form}}
    <h3>Historique du registre</h3>
    <table><thead><tr><th scope="col">Logiciel et version</th><th scope="col">Période</th><th scope="col">Inscrit par</th></tr></thead><tbody>
    {{#history}}<tr><td>{{product}} {{version}}</td><td>depuis le {{since}}{{#until}}, quitté le {{.}}{{/until}}{{#contractEnd}}<br><span class="petit">fin de contrat\u{A0}: {{.}}</span>{{/contractEnd}}</td><td>{{recordedBy}}</td></tr>{{/history}}
    {{^history}}<tr><td colspan="3">Rien d'inscrit.</td></tr>{{/history}}
    {{#stageHistory}}<tr><td>étape «\u{A0}{{stage}}\u{A0}»</td><td>depuis le {{since}}</td><td>{{recordedBy}}</td></tr>{{/stageHistory}}
    </tbody></table>
    """

    /// In the context of a list of `LabelAlert`s (home page, product page).
    static let labelAlerts = """
    <h2 id="perte-label">Équipes sur un logiciel qui ne répond plus au label</h2>
    <ul>{{#labelAlerts}}<li><a href="/equipes/{{teamID}}">{{team}}</a>\u{A0}: {{product}} {{version}}, depuis le {{since}}</li>{{/labelAlerts}}</ul>
    """

    static let facilitators = """
    <h1>Pool de facilitateurs</h1>
    <p class="aide">Des professionnels de MSP à l'aise avec leur logiciel, qui aident d'autres équipes à choisir et à déployer. Données personnelles\u{A0}: visibles du DIM seulement.</p>
    {{#message}}<p class="succes" role="status">{{.}}</p>{{/message}}
    {{#error}}<p class="erreur" role="alert">{{.}}</p>{{/error}}
    <table><thead><tr><th scope="col">Facilitateur</th><th scope="col">Équipe</th><th scope="col">Logiciels maîtrisés</th><th scope="col">Disponibilité</th></tr></thead><tbody>
    {{#pool}}<tr><td>{{name}} (n°\u{A0}{{id}})<br><span class="petit">{{profession}}</span></td><td>{{team}}</td><td>{{software}}</td><td>{{availability}}</td></tr>{{/pool}}
    {{^pool}}<tr><td colspan="4">Aucun facilitateur inscrit.</td></tr>{{/pool}}
    </tbody></table>
    <h2 id="suggestions">Qui proposer à une équipe\u{A0}?</h2>
    <form method="get" action="/facilitateurs#suggestions">
    <label for="pour">Équipe</label><select id="pour" name="equipe">{{#teams}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/teams}}</select>
    <p><button type="submit">Proposer des facilitateurs</button></p>
    </form>
    {{#suggestedTeam}}<p>Pour {{.}}\u{A0}:</p>
    <ol>{{#suggestions}}<li>{{name}} ({{team}})\u{A0}: {{reason}}{{#availability}} — {{.}}{{/availability}}</li>{{/suggestions}}</ol>
    {{^suggestions}}<p>Aucun facilitateur d'une autre équipe ne maîtrise ses logiciels ni ne partage ses professions.</p>{{/suggestions}}{{/suggestedTeam}}
    <h2>Inscrire un facilitateur</h2>
    <form method="post" action="/facilitateurs">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="nom">Nom et prénom</label><input type="text" id="nom" name="nom" maxlength="120" required>
    <label for="profession">Profession</label><select id="profession" name="profession">{{#professions}}<option value="{{id}}">{{name}}</option>{{/professions}}</select>
    <label for="equipe">Son équipe</label><select id="equipe" name="equipe">{{#teams}}<option value="{{id}}">{{name}}</option>{{/teams}}</select>
    <label for="maitrise">Logiciel maîtrisé (facultatif)</label><select id="maitrise" name="maitrise"><option value="">—</option>{{#products}}<option value="{{id}}">{{name}}</option>{{/products}}</select>
    <label for="annee">Utilisé depuis (année)</label><input type="text" id="annee" name="annee" inputmode="numeric" maxlength="4">
    <label for="disponibilite">Disponibilité</label><input type="text" id="disponibilite" name="disponibilite" maxlength="200" placeholder="2 demi-journées par mois">
    <p><button type="submit">Inscrire</button></p>
    </form>
    <h2>Inscrire une intervention</h2>
    <form method="post" action="/facilitateurs/interventions">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="facilitateur">Facilitateur</label><select id="facilitateur" name="facilitateur">{{#pool}}<option value="{{id}}">{{name}}</option>{{/pool}}</select>
    <label for="iequipe">Équipe aidée</label><select id="iequipe" name="equipe">{{#teams}}<option value="{{id}}">{{name}}</option>{{/teams}}</select>
    <label for="date">Date (AAAA-MM-JJ)</label><input type="text" id="date" name="date" inputmode="numeric">
    <label for="sujet">Sujet</label><input type="text" id="sujet" name="sujet" maxlength="300">
    <label for="heures">Durée en heures</label><input type="text" id="heures" name="heures" inputmode="decimal">
    <p><button type="submit">Inscrire l'intervention</button></p>
    </form>
    <h2 id="bilan">Bilan {{year}} pour les financeurs</h2>
    <p>{{total.interventions}} intervention(s), {{total.hours}}\u{A0}h. <a href="/facilitateurs/bilan.csv?annee={{year}}">Télécharger le tableau (CSV)</a></p>
    <table><thead><tr><th scope="col">Facilitateur</th><th scope="col">Interventions</th><th scope="col">Heures</th></tr></thead><tbody>
    {{#byFacilitator}}<tr><td>{{name}}</td><td>{{interventions}}</td><td>{{hours}}</td></tr>{{/byFacilitator}}
    </tbody></table>
    <table><thead><tr><th scope="col">Équipe</th><th scope="col">Interventions</th><th scope="col">Heures</th></tr></thead><tbody>
    {{#byTeam}}<tr><td>{{name}}</td><td>{{interventions}}</td><td>{{hours}}</td></tr>{{/byTeam}}
    </tbody></table>
    """
}
