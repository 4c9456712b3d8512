/// The page templates. Small on purpose: each page with its CSS stays far under 50 KB for slow rural connections.
enum PageTemplates {
    static let all: [String: String] = [
        "layout": layout, "erreur": error, "connexion": login, "questionnaire": questionnaire, "merci": thanks,
        "items": items, "accueil": home, "equipes": teams, "equipe": team, "campagne": campaign,
        "reponses-equipe": teamAnswers, "document": document, "plan-actions": actionPlan, "groupes": groups, "groupe": group, "utilisateurs": users,
        "confidentialite": privacyNotice, "qui-voit": whoSees, "mot-de-passe": AccountTemplates.password,
        "confirmation": confirmation, "journal": auditLog, AnswerImportPage.template: AnswerImportPage.html,
    ].merging(EvaluationTemplates.all) { first, _ in first }.merging(InvitationTemplates.all) { first, _ in first }.merging(CatalogTemplates.all) { first, _ in first }
        .merging(RegisterTemplates.all) { first, _ in first }
        .merging(FollowUpTemplates.all) { first, _ in first }

    static let layout = """
    <!DOCTYPE html>
    <html lang="fr">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} — SIP Advisor</title>
    <style>
    body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0;color:#1a1a1a;background:#f6f7f9;line-height:1.5;font-size:1rem}
    a{color:#0b4f8a}a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #f0a202;outline-offset:2px}
    .saut{position:absolute;left:-999px}.saut:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem}
    header{background:#0b4f8a;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.8rem;align-items:center}
    header a{color:#fff;font-weight:bold;text-decoration:none}header nav{display:flex;flex-wrap:wrap;gap:.8rem}
    header form{margin-left:auto}header button{background:#fff;color:#0b4f8a;border:0;padding:.3rem .7rem;border-radius:3px}
    main{max-width:46rem;margin:0 auto;padding:1rem;background:#fff;min-height:70vh}main.large{max-width:70rem}
    h1{font-size:1.5rem;margin-top:.3rem}h2{font-size:1.2rem;color:#0b4f8a}
    fieldset{border:1px solid #c9d1da;border-radius:4px;margin:0 0 1rem;padding:.6rem .8rem}legend{font-weight:bold;padding:0 .3rem}
    label{display:block;margin:.25rem 0}.choix label{display:flex;gap:.5rem;align-items:flex-start;padding:.2rem 0}
    input[type=radio],input[type=checkbox]{width:1.2rem;height:1.2rem;margin-top:.15rem;flex:none}
    input[type=text],input[type=number],input[type=email],input[type=password],input[type=date],select,textarea{font-size:1rem;padding:.4rem;border:1px solid #767676;border-radius:3px;width:100%;box-sizing:border-box}
    button,.bouton{background:#0b4f8a;color:#fff;border:0;padding:.6rem 1.1rem;font-size:1rem;border-radius:4px;cursor:pointer;text-decoration:none;display:inline-block}
    .secondaire{background:#e8edf2;color:#0b4f8a}.erreur{color:#b00020;font-weight:bold}.champ-erreur{border-left:4px solid #b00020;padding-left:.6rem}
    .aide{color:#555;font-size:.9rem}.alerte{background:#fff4e5;border-left:4px solid #f0a202;padding:.6rem .8rem;margin:1rem 0}
    .succes{background:#e9f6ec;border-left:4px solid #2e7d32;padding:.6rem .8rem}
    progress{width:100%;height:1rem}table{border-collapse:collapse;width:100%;font-size:.95rem;margin:.8rem 0}
    th,td{border:1px solid #c9d1da;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#eef3f8}
    .actions{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}.petit{font-size:.85rem}code{word-break:break-all}
    footer{text-align:center;color:#555;font-size:.85rem;padding:1rem}
    @media (max-width:40rem){table{display:block;overflow-x:auto}main{padding:.6rem}}
    @media print{header,footer,form:not(.questionnaire),.actions{display:none}main{max-width:none}}
    </style>
    </head>
    <body>
    <a class="saut" href="#contenu">Aller au contenu</a>
    <header>
    <a href="/">SIP Advisor</a>
    {{#user}}
    <nav aria-label="Navigation principale">
    {{#dim}}<a href="/equipes">Équipes et campagnes</a>{{/dim}}
    {{#coordinator}}<a href="/equipes">Mon équipe</a>{{/coordinator}}
    {{#groups}}<a href="/groupes">Groupes utilisateurs</a>{{/groups}}
    <a href="/catalogue">Catalogue</a>
    {{#admin}}<a href="/utilisateurs">Comptes</a> <a href="/journal">Journal d'audit</a>{{/admin}}
    <a href="/compte/mot-de-passe">Mon mot de passe</a>
    </nav>
    <form method="post" action="/deconnexion"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">Se déconnecter ({{name}})</button></form>
    {{/user}}
    </header>
    <main id="contenu"{{#wide}} class="large"{{/wide}}>
    {{{body}}}
    </main>
    <footer>SIP Advisor — outil des fédérations de maisons de santé pluriprofessionnelles — <a href="/confidentialite">Vos données et vos droits</a></footer>
    </body>
    </html>
    """

    static let error = """
    <h1>{{title}}</h1>
    <p>{{message}}</p>
    <p><a href="/">Retour à l'accueil</a></p>
    """

    static let login = """
    <h1>Connexion</h1>
    {{#message}}<p class="succes" role="status">{{.}}</p>{{/message}}
    {{#error}}<p class="erreur" role="alert">{{.}}</p>{{/error}}
    <form method="post" action="/connexion">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <input type="hidden" name="suite" value="{{next}}">
    <label for="email">Adresse e-mail</label>
    <input type="email" id="email" name="email" value="{{email}}" autocomplete="username" required>
    <label for="motdepasse">Mot de passe</label>
    <input type="password" id="motdepasse" name="motdepasse" autocomplete="current-password" required>
    <p><button type="submit">Se connecter</button></p>
    </form>
    <p class="aide">Vous avez reçu un lien personnel pour répondre au questionnaire ? Ouvrez-le directement : il n'y a pas besoin de compte.</p>
    """

    static let items = """
    {{#items}}
    <div class="question{{#error}} champ-erreur{{/error}}" id="q-{{id}}">
    {{#grouped}}
    <fieldset{{#error}} aria-describedby="e-{{id}}"{{/error}}>
    <legend>{{text}}{{#required}} <span class="aide">(obligatoire)</span>{{/required}}</legend>
    {{#condition}}<p class="aide condition">{{.}}</p>{{/condition}}
    {{#help}}<p class="aide">{{.}}</p>{{/help}}
    {{#error}}<p class="erreur" id="e-{{id}}">{{.}}</p>{{/error}}
    <div class="choix">
    {{#options}}
    <label><input type="{{inputType}}" name="{{name}}" value="{{code}}"{{#checked}} checked{{/checked}}> <span>{{label}}</span></label>
    {{/options}}
    </div>
    </fieldset>
    {{/grouped}}
    {{^grouped}}
    <label for="f-{{id}}">{{text}}{{#required}} <span class="aide">(obligatoire)</span>{{/required}}</label>
    {{#condition}}<p class="aide condition">{{.}}</p>{{/condition}}
    {{#help}}<p class="aide">{{.}}</p>{{/help}}
    {{#error}}<p class="erreur" id="e-{{id}}">{{.}}</p>{{/error}}
    {{#multiline}}<textarea id="f-{{id}}" name="{{name}}" rows="3"{{#error}} aria-describedby="e-{{id}}"{{/error}}>{{value}}</textarea>{{/multiline}}
    {{^multiline}}<input type="{{inputType}}" id="f-{{id}}" name="{{name}}" value="{{value}}"{{#min}} min="{{.}}"{{/min}}{{#max}} max="{{.}}"{{/max}}{{#error}} aria-describedby="e-{{id}}"{{/error}}>{{/multiline}}
    {{/grouped}}
    </div>
    {{/items}}
    """

    static let questionnaire = """
    <h1>{{questionnaire}}</h1>
    <p class="aide">Page {{page}} sur {{pages}} — {{section}}</p>
    <progress max="{{pages}}" value="{{page}}">Page {{page}} sur {{pages}}</progress>
    {{#welcome}}
    <section class="bienvenue" aria-labelledby="bienvenue">
    <h2 id="bienvenue">Bienvenue</h2>
    {{#notice}}
    <p>{{federation}} prépare avec votre équipe, «\u{A0}{{team}}\u{A0}», le choix d'un logiciel partagé. Votre profession\u{A0}: {{profession}}.</p>
    <p>Comptez environ {{minutes}}\u{A0}minutes, sur {{pages}}\u{A0}pages au plus. Vous pouvez vous arrêter et reprendre plus tard avec le même lien.</p>
    {{> qui-voit}}
    {{/notice}}
    </section>
    {{/welcome}}
    {{#intro}}<p class="intro-section">{{.}}</p>{{/intro}}
    {{#hasErrors}}<div class="alerte" role="alert"><p class="erreur">Certaines réponses sont à corriger : elles sont signalées ci-dessous. Ce que vous avez saisi est conservé.</p></div>{{/hasErrors}}
    {{#expired}}<div class="alerte" role="alert"><p class="erreur">Cette page était restée ouverte trop longtemps et n'a pas été enregistrée. Vos réponses sont reprises ci-dessous : vérifiez-les et validez à nouveau.</p></div>{{/expired}}
    <form method="post" action="{{action}}" class="questionnaire" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    {{{fields}}}
    <div class="actions">
    <button type="submit" name="aller" value="suivante">{{nextLabel}}</button>
    {{#hasPrevious}}<button type="submit" name="aller" value="precedente" class="secondaire">Page précédente</button>{{/hasPrevious}}
    </div>
    <p class="aide">Chaque page est enregistrée quand vous la validez ou revenez en arrière : vous pouvez fermer et reprendre plus tard avec le même lien.</p>
    </form>
    """

    /// Who sees what, how long, which rights and whom to ask: in the welcome and the full notice alike.
    static let thanks = """
    <h1>Merci !</h1>
    <p class="succes">Vos réponses sont enregistrées.</p>
    <p>La fédération réunit les réponses de toutes les professions de votre équipe. Vous recevrez une synthèse commune ; elle servira à décider ensemble, en réunion d'équipe, du choix du logiciel et de l'organisation.</p>
    <p>Vous pouvez encore modifier vos réponses avec le même lien : <a href="{{first}}">revoir mes réponses</a>.</p>
    """

    static let home = """
    <h1>Bonjour {{name}}</h1>
    <p>Votre rôle : {{role}}.</p>
    <ul>
    {{#links}}<li><a href="{{href}}">{{label}}</a></li>{{/links}}
    </ul>
    {{#hasLabelAlerts}}{{> alertes-label}}{{/hasLabelAlerts}}
    {{#overdue}}
    <h2>En retard dans les équipes</h2>
    <p>{{summary}}</p>
    {{#hasRows}}
    <table><thead><tr><th scope="col">Équipe</th><th scope="col">Étape ou engagement</th><th scope="col">Fin prévue</th><th scope="col">Retard</th><th scope="col">État</th></tr></thead><tbody>
    {{#rows}}<tr><td><a href="/campagnes/{{campaign}}/suivi">{{team}}</a></td><td>{{#editor}}Éditeur\u{00A0}: {{/editor}}{{title}}</td><td>{{due}}</td><td>{{late}}</td><td>{{status}}</td></tr>{{/rows}}
    </tbody></table>
    {{/hasRows}}
    {{/overdue}}
    """

    static let teams = """
    <h1>{{heading}}</h1>
    {{#message}}<p class="succes" role="status">{{.}}</p>{{/message}}
    {{#error}}<p class="erreur" role="alert">{{.}}</p>{{/error}}
    <table><thead><tr><th scope="col">Équipe</th><th scope="col">Campagnes</th></tr></thead><tbody>
    {{#teams}}<tr><td><a href="/equipes/{{id}}">{{name}}</a>{{#fictional}} (fictive){{/fictional}}</td><td>{{campaigns}}</td></tr>{{/teams}}
    {{^teams}}<tr><td colspan="2">Aucune équipe pour l'instant.</td></tr>{{/teams}}
    </tbody></table>
    {{#canCreate}}
    <h2>Ajouter une équipe</h2>
    <form method="post" action="/equipes">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="nom">Nom de l'équipe</label><input type="text" id="nom" name="nom" required maxlength="200" value="{{typed}}">
    <p><button type="submit">Ajouter</button></p>
    </form>
    {{/canCreate}}
    """

    static let team = """
    <h1>{{name}}</h1>
    {{#error}}<p class="erreur" role="alert">{{.}}</p>{{/error}}
    <p><a class="bouton" href="/equipes/{{id}}/sensibilisation">Réunion de sensibilisation (support imprimable et feuille d'émargement)</a></p>
    <h2>Campagnes</h2>
    <ul>{{#campaigns}}<li><a href="/campagnes/{{id}}">{{name}}</a> — {{answered}} réponse(s) sur {{invited}}</li>{{/campaigns}}{{^campaigns}}<li>Aucune campagne.</li>{{/campaigns}}</ul>
    {{#canPurge}}<p><a class="bouton secondaire" href="/equipes/{{id}}/purger">Purger l'équipe</a></p>{{/canPurge}}
    {{#canCreate}}
    <h2>Nouvelle campagne</h2>
    <form method="post" action="/equipes/{{id}}/campagnes">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="nomc">Nom de la campagne</label><input type="text" id="nomc" name="nom" value="{{typedName}}" required>
    <label for="repondants">Répondant·es\u{A0}: collez les cellules du tableur ou le fichier CSV (colonnes «\u{A0}identifiant\u{A0}», «\u{A0}profession\u{A0}» et, si vous l'avez, «\u{A0}e-mail\u{A0}»)</label>
    <p class="aide" id="aide-rep">Exemple\u{A0}: une ligne «\u{A0}identifiant;profession;e-mail\u{A0}», puis «\u{A0}IDE 1;infirmière;ide1@exemple.fr\u{A0}». Séparateur tabulation (copier-coller d'un tableur), «\u{A0};\u{A0}» ou «\u{A0},\u{A0}». Professions en toutes lettres ou en abrégé (IDE, kiné, MG, SF…). L'identifiant peut être un pseudonyme.</p>
    <textarea id="repondants" name="repondants" rows="8" aria-describedby="aide-rep">{{typedRespondents}}</textarea>
    <p><button type="submit">Créer la campagne</button></p>
    </form>
    {{/canCreate}}
    {{#register}}{{> registre-equipe}}{{/register}}
    """

    static let campaign = """
    <h1>{{team}} — {{name}}</h1>
    <p><a href="/equipes/{{teamID}}">← Retour à l'équipe</a></p>
    {{#message}}<p class="succes" role="status">{{.}}</p>{{/message}}
    <h2>Avancement par profession</h2>
    <table><thead><tr><th scope="col">Profession</th><th scope="col">Invité·es</th><th scope="col">Ont commencé</th><th scope="col">Ont terminé</th></tr></thead><tbody>
    {{#progress}}<tr><td>{{profession}}</td><td>{{invited}}</td><td>{{started}}</td><td>{{completed}}</td></tr>{{/progress}}
    </tbody></table>
    <p class="aide">{{answeredMeaning}}</p>
    {{#empty}}<p class="alerte" role="status">{{.}}</p>{{/empty}}
    {{#silent}}<p class="alerte">Aucune réponse encore de : {{.}}.</p>{{/silent}}
    <div class="actions">
    {{#canSeeLinks}}<a class="bouton" href="/campagnes/{{id}}/liens">Liens à envoyer</a>{{/canSeeLinks}}
    <a class="bouton" href="/campagnes/{{id}}/import">Importer des réponses (Kobo, LimeSurvey)</a>
    <a class="bouton" href="/campagnes/{{id}}/equipe">Questions d'équipe ({{teamAnswered}}/{{teamItems}})</a>
    <a class="bouton" href="/campagnes/{{id}}/synthese">Synthèse et plan d'actions</a>
    <a class="bouton" href="/campagnes/{{id}}/comparaison">Fiche comparative</a>
    <a class="bouton" href="/campagnes/{{id}}/plan">Plan de projet</a>
    <a class="bouton" href="/campagnes/{{id}}/suivi">Suivi du déploiement</a>
    <a class="bouton" href="/campagnes/{{id}}/consultation">Consultation des éditeurs</a>
    {{#canSeeLinks}}<a class="bouton" href="/campagnes/{{id}}/demonstrations">Démonstrations</a>{{/canSeeLinks}}
    {{#canPurge}}<a class="bouton secondaire" href="/campagnes/{{id}}/purger">Purger la campagne</a>{{/canPurge}}
    </div>
    <h2>Téléchargements</h2>
    <ul>
    {{#downloads}}<li><a href="/campagnes/{{id}}/telechargements/{{file}}">{{label}}</a></li>{{/downloads}}
    </ul>
    """

    static let teamAnswers = """
    <h1>Questions d'équipe — {{team}}</h1>
    <p><a href="/campagnes/{{id}}">← Retour à la campagne</a></p>
    <p>À remplir une seule fois pour l'équipe, par la coordination ou le DIM.</p>
    {{#saved}}<p class="succes" role="status">Réponses enregistrées.</p>{{/saved}}
    {{#hasErrors}}<div class="alerte" role="alert"><p class="erreur">Certaines réponses sont à corriger.</p></div>{{/hasErrors}}
    <form method="post" action="/campagnes/{{id}}/equipe" class="questionnaire" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    {{{fields}}}
    <p><button type="submit">Enregistrer</button></p>
    </form>
    """

    static let document = """
    <div class="actions">
    {{#id}}<a class="bouton secondaire" href="/campagnes/{{id}}">Retour à la campagne</a>{{/id}}
    {{#editPlan}}<a class="bouton" href="/campagnes/{{id}}/actions">Modifier le plan d'actions</a>{{/editPlan}}
    {{#downloads}}<a class="bouton secondaire" href="{{href}}">{{label}}</a>{{/downloads}}
    </div>
    {{{document}}}
    """

    static let actionPlan = """
    <h1>Plan d'actions — {{team}}</h1>
    {{#message}}<p class="succes" role="status">{{.}}</p>{{/message}}
    <p>Pour chaque dimension sous sa cible : l'action, qui la pilote, pour quand, avec quels moyens et comment on saura qu'elle est faite (méthode HAS).</p>
    <p><a href="/campagnes/{{id}}">← Retour à la campagne</a> · <a href="/campagnes/{{id}}/synthese">Retour à la synthèse</a>
    · <a href="/campagnes/{{id}}/telechargements/actions.ics">Échéances dans un agenda (iCalendar)</a></p>
    {{#actions}}
    <form method="post" action="/campagnes/{{id}}/actions">
    <fieldset><legend>{{dimensionTitle}}</legend>
    <input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="dimension" value="{{dimension}}">
    <label for="t-{{dimension}}">Action</label><input type="text" id="t-{{dimension}}" name="titre" value="{{title}}" maxlength="{{textLimit}}">
    <label for="p-{{dimension}}">Pilote</label><input type="text" id="p-{{dimension}}" name="pilote" value="{{lead}}" maxlength="{{leadLimit}}">
    <label for="d-{{dimension}}">Échéance</label><input type="date" id="d-{{dimension}}" name="echeance" value="{{due}}">
    <label for="m-{{dimension}}">Moyens</label><input type="text" id="m-{{dimension}}" name="moyens" value="{{means}}" maxlength="{{textLimit}}">
    <label for="i-{{dimension}}">Indicateur</label><input type="text" id="i-{{dimension}}" name="indicateur" value="{{indicator}}" maxlength="{{textLimit}}">
    <label for="s-{{dimension}}">État</label><select id="s-{{dimension}}" name="etat">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/statuses}}</select>
    <p><button type="submit">Enregistrer cette action</button></p>
    </fieldset>
    </form>
    {{/actions}}
    {{^actions}}<p>Toutes les dimensions atteignent leur cible : aucune action à planifier.</p>{{/actions}}
    """

    static let groups = """
    <h1>Groupes utilisateurs</h1>
    {{#error}}<p class="erreur" role="alert">{{.}}</p>{{/error}}
    <table><thead><tr><th scope="col">Date</th><th scope="col">Logiciel</th><th scope="col">Demandes</th></tr></thead><tbody>
    {{#sessions}}<tr><td><a href="/groupes/{{id}}">{{date}}</a></td><td>{{software}}</td><td>{{requests}}</td></tr>{{/sessions}}
    {{^sessions}}<tr><td colspan="3">Aucune séance enregistrée.</td></tr>{{/sessions}}
    </tbody></table>
    <p><a href="/groupes/calendrier.ics">Séances et prochaines réunions dans un agenda (iCalendar)</a></p>
    {{#softwares}}<p><a href="/groupes/editeur?logiciel={{encoded}}">Synthèse des demandes à l'éditeur — {{name}}</a></p>{{/softwares}}
    <h2>Nouvelle séance</h2>
    <form method="post" action="/groupes">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="logiciel">Logiciel</label><input type="text" id="logiciel" name="logiciel" required value="{{typedSoftware}}">
    <label for="date">Date</label><input type="date" id="date" name="date" required value="{{typedDate}}">
    <fieldset><legend>Réunion</legend><div class="choix">
    <label><input type="radio" name="mode" value="visio" checked> <span>Visioconférence</span></label>
    <label><input type="radio" name="mode" value="presentiel"> <span>En présentiel</span></label></div></fieldset>
    <label for="lieu">Lien ou lieu</label><input type="text" id="lieu" name="lieu">
    <label for="animation">Animation</label><input type="text" id="animation" name="animation" required value="{{facilitator}}">
    <label for="notes">Prise de notes</label><input type="text" id="notes" name="notes">
    <p><button type="submit">Créer la séance</button></p>
    </form>
    """

    static let group = """
    <h1>{{software}} — {{date}}</h1>
    {{#message}}<p class="succes" role="status">{{.}}</p>{{/message}}
    {{#error}}<p class="erreur" role="alert">{{.}}</p>{{/error}}
    <div class="actions">
    <a class="bouton" href="/groupes/{{id}}/compte-rendu.html">Compte rendu (HTML)</a>
    <a class="bouton secondaire" href="/groupes/{{id}}/compte-rendu.pdf">Compte rendu (PDF)</a>
    <a class="bouton secondaire" href="/groupes/{{id}}/compte-rendu.docx">Compte rendu (Word)</a>
    <a class="bouton secondaire" href="/groupes/{{id}}/compte-rendu.odt">Compte rendu (LibreOffice)</a>
    <a class="bouton secondaire" href="/groupes/{{id}}/compte-rendu.md">Compte rendu (Markdown)</a>
    </div>
    <form method="post" action="/groupes/{{id}}">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="equipes">Équipes invitées, une par ligne : « Nom de l'équipe ; profession, profession… » (identifiants de profession)</label>
    <textarea id="equipes" name="equipes" rows="3">{{teams}}</textarea>
    <label for="participants">Participant·es, un·e par ligne : « Nom ; Équipe ; profession ; debutant ou experimente »</label>
    <textarea id="participants" name="participants" rows="6">{{attendees}}</textarea>
    <label for="odj">Ordre du jour, un sujet par ligne</label>
    <textarea id="odj" name="odj" rows="3">{{agenda}}</textarea>
    <label for="sujets">Notes par sujet : « ## Titre du sujet », puis les notes ; lignes « + astuce » et « - difficulté »</label>
    <textarea id="sujets" name="sujets" rows="10">{{topics}}</textarea>
    <label for="decisions">Décisions, une par ligne</label>
    <textarea id="decisions" name="decisions" rows="3">{{decisions}}</textarea>
    <label for="actionsg">Actions, une par ligne : « Action ; responsable ; AAAA-MM-JJ »</label>
    <textarea id="actionsg" name="actions" rows="4">{{actions}}</textarea>
    <label for="prochaine">Prochaine réunion (par défaut : deux mois plus tard)</label>
    <input type="date" id="prochaine" name="prochaine" value="{{next}}">
    <p><button type="submit">Enregistrer la séance</button></p>
    </form>
    <h2>Demandes d'évolution</h2>
    <table><thead><tr><th scope="col">N°</th><th scope="col">Demande</th><th scope="col">Votes</th><th scope="col">Statut</th></tr></thead><tbody>
    {{#requests}}<tr><td>{{id}}</td><td>{{title}}<br><span class="petit">{{professions}}</span></td><td>{{votes}}</td><td>{{status}}</td></tr>{{/requests}}
    {{^requests}}<tr><td colspan="4">Aucune demande.</td></tr>{{/requests}}
    </tbody></table>
    <form method="post" action="/groupes/{{id}}/demandes">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <fieldset><legend>Ajouter ou mettre à jour une demande</legend>
    <label for="rid">Numéro (ex. VAD-001 ; un numéro existant met la demande à jour)</label><input type="text" id="rid" name="id" required>
    <label for="rtitre">Titre</label><input type="text" id="rtitre" name="titre">
    <label for="rdesc">Description</label><textarea id="rdesc" name="description" rows="2"></textarea>
    <label for="rprof">Professions concernées (identifiants séparés par des virgules)</label><input type="text" id="rprof" name="professions">
    <label for="rvotes">Votes</label><input type="number" id="rvotes" name="votes" min="0" placeholder="inchangé">
    <label for="retat">Statut</label><select id="retat" name="etat"><option value="">à envoyer</option><option value="envoyee">envoyée</option><option value="promise">promise</option><option value="livree">livrée</option><option value="refusee">refusée</option></select>
    <label for="rdate">Date du statut</label><input type="date" id="rdate" name="date_statut">
    <label for="rpromis">Promise pour le</label><input type="date" id="rpromis" name="promise_pour">
    <p><button type="submit">Enregistrer la demande</button></p>
    </fieldset>
    </form>
    {{> observations-seance}}
    """

    static let users = """
    <h1>Comptes</h1>
    {{#message}}<p class="succes" role="status">{{.}}</p>{{/message}}
    {{#error}}<p class="erreur" role="alert">{{.}}</p>{{/error}}
    <table><thead><tr><th scope="col">E-mail</th><th scope="col">Nom</th><th scope="col">Rôle</th><th scope="col">Équipe</th><th scope="col">État</th><th scope="col">Actions</th></tr></thead><tbody>
    {{#users}}<tr><td>{{email}}</td><td>{{name}}</td><td>{{role}}</td><td>{{team}}</td><td>{{state}}</td><td>
    <form method="post" action="/utilisateurs/{{id}}/{{#disabled}}reactiver{{/disabled}}{{^disabled}}desactiver{{/disabled}}"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{#disabled}}Réactiver{{/disabled}}{{^disabled}}Désactiver{{/disabled}}</button></form>
    <form method="post" action="/utilisateurs/{{id}}/sessions"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">Fermer ses sessions</button></form>
    {{^disabled}}<form method="post" action="/utilisateurs/{{id}}/lien"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">Lien de réinitialisation</button></form>{{/disabled}}
    <form method="post" action="/utilisateurs/{{id}}/role"><input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="role-{{id}}">Nouveau rôle</label><select id="role-{{id}}" name="role"><option value="dim">DIM</option><option value="facilitator">animation de groupes utilisateurs</option><option value="coordinator">coordination d'équipe</option><option value="admin">administration</option></select>
    <label for="equipe-{{id}}">Équipe (pour la coordination)</label><select id="equipe-{{id}}" name="equipe"><option value="">—</option>{{#teams}}<option value="{{id}}">{{name}}</option>{{/teams}}</select>
    <button type="submit">Changer le rôle</button></form>
    </td></tr>{{/users}}
    </tbody></table>
    <h2>Créer un compte</h2>
    <form method="post" action="/utilisateurs">
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <label for="uemail">E-mail</label><input type="email" id="uemail" name="email" required>
    <label for="unom">Nom affiché</label><input type="text" id="unom" name="nom" required>
    <label for="urole">Rôle</label><select id="urole" name="role"><option value="dim">DIM</option><option value="facilitator">animation de groupes utilisateurs</option><option value="coordinator">coordination d'équipe</option><option value="admin">administration</option></select>
    <label for="uequipe">Équipe (pour la coordination)</label><select id="uequipe" name="equipe"><option value="">—</option>{{#teams}}<option value="{{id}}">{{name}}</option>{{/teams}}</select>
    <label for="umdp">Mot de passe provisoire (12 caractères au moins)</label><input type="password" id="umdp" name="motdepasse" required minlength="12" autocomplete="new-password">
    <p><button type="submit">Créer le compte</button></p>
    </form>
    """
}
