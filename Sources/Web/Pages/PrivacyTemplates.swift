// The respondent's privacy texts: the "who sees what" part the welcome and the full notice share, and the notice.
extension PageTemplates {
    static let whoSees = """
    <h3>Qui voit vos réponses\u{A0}?</h3>
    <ul>
    <li>Vos réponses une par une\u{A0}: seulement le DIM de la fédération ({{dim}}).</li>
    <li>Votre équipe voit la synthèse de toutes les réponses, pas les vôtres une par une.</li>
    <li>Une profession n'est montrée à part qu'avec au moins {{minimumAnswers}}\u{A0}réponses. Si vous êtes seul·e de votre profession à répondre, vos réponses comptent seulement dans la synthèse de l'équipe.</li>
    </ul>
    <p>Durée de conservation de vos réponses\u{A0}: {{retention}}.</p>
    <p>Vous pouvez demander à voir vos réponses, à les corriger, à les effacer, ou refuser qu'elles servent. Écrivez à\u{A0}: {{protection}}.</p>
    <p><a href="{{noticePath}}">Tout savoir sur vos données et vos droits</a></p>
    """

    /// The full notice at `/confidentialite`: public, printable (the layout's print style drops header and footer).
    static let privacyNotice = """
    <h1>Vos données et vos droits</h1>
    <p>Cette page dit ce que devient ce que vous répondez au questionnaire de {{federation}}. Vous pouvez l'imprimer.</p>
    <h2>Pourquoi ce questionnaire\u{A0}?</h2>
    <p>La fédération aide votre équipe à choisir un logiciel partagé et à s'organiser. Le questionnaire recueille les besoins de chaque profession de l'équipe.</p>
    <h2>Qui est responsable\u{A0}?</h2>
    <p>Responsable du traitement\u{A0}: {{controller}}.</p>
    <h2>Ce qui est enregistré</h2>
    <p>Vos réponses, votre profession et un identifiant choisi par le DIM (souvent un pseudonyme, comme «\u{A0}IDE\u{A0}1\u{A0}»). Votre lien personnel ouvre vos réponses\u{A0}: ne le transmettez pas.</p>
    <h2>Qui voit quoi, et combien de temps</h2>
    {{> qui-voit}}
    <p>La durée de conservation se compte depuis la dernière activité de la campagne (dernière réponse, dernier lien envoyé, plan d'actions, démonstration)\u{A0}: passé ce délai, la campagne est effacée entière, réponses comprises.</p>
    <h2>Vos droits</h2>
    <ul>
    <li>Accès\u{A0}: savoir ce qui est enregistré sur vous et en recevoir une copie.</li>
    <li>Rectification\u{A0}: faire corriger une réponse. Vous pouvez aussi la modifier vous-même avec votre lien.</li>
    <li>Effacement\u{A0}: faire effacer vos réponses. Le DIM les efface avec votre lien, et la synthèse de l'équipe est recalculée sans elles.</li>
    <li>Opposition\u{A0}: refuser que vos réponses servent.</li>
    </ul>
    <p>À qui écrire\u{A0}: {{protection}}. Pour une question sur le questionnaire\u{A0}: le DIM, {{dim}}.</p>
    <h2>Pool de facilitateurs</h2>
    <p>Si vous aidez d'autres équipes comme facilitateur ou facilitatrice, la fédération enregistre votre nom, votre profession, votre équipe, les logiciels que vous maîtrisez, vos disponibilités et vos interventions (date, équipe, sujet, durée)\u{A0}: seuls le DIM et les administrateurs les voient, pour vous proposer aux équipes et rendre compte aux financeurs.</p>
    """
}
