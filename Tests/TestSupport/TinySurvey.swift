import Comparator
import Survey

/// A small survey built in code, so pooling numbers can be checked by hand.
public enum TinySurvey {
    public static let importance = AnswerScale(id: "importance", options: [
        .init(code: "0", label: "Pas utile"), .init(code: "1", label: "Utile"),
        .init(code: "2", label: "Important"), .init(code: "3", label: "Indispensable"),
    ])
    public static let analytic = AnswerScale(id: "analytique", options: [
        .init(code: "0", label: "Aucun élément"), .init(code: "1", label: "Quelques éléments"),
        .init(code: "2", label: "La plupart des éléments"), .init(code: "3", label: "Tous les éléments"),
    ])
    public static let professions = [Profession(id: "medecin-generaliste", label: "Médecin généraliste"),
                              Profession(id: "infirmier", label: "Infirmier·e"), Profession(id: "pharmacien", label: "Pharmacien·ne")]

    public static let definition: SurveyDefinition = {
        let items = [
            Item(id: "profession", text: "Profession", kind: .choice,
                 options: professions.map { AnswerOption(code: $0.id, label: $0.label) }, required: true),
            Item(id: "visites-domicile", text: "Visites à domicile ?", kind: .boolean),
            Item(id: "agenda", text: "Agenda partagé", kind: .scale, scale: "importance",
                 criteria: [CriterionLink(criterion: "AGENDA", factor: 1)]),
            Item(id: "tournee", text: "Facturer en tournée", kind: .scale, scale: "importance",
                 professions: ["infirmier", "medecin-generaliste"], condition: Condition(item: "visites-domicile", equals: "true"),
                 criteria: [CriterionLink(criterion: "FACT-IDE", factor: 1)]),
            Item(id: "partage", text: "Que partager ?", kind: .multichoice,
                 options: [.init(code: "antecedents", label: "Antécédents"), .init(code: "photos", label: "Photos")]),
            Item(id: "sites", text: "Sites", kind: .integer, minimum: 1, maximum: 20),
        ]
        let team = [Item(id: "projet-sante-valide", text: "Projet de santé validé ?", kind: .boolean)]
        let questionnaire = Questionnaire(id: "mini", version: "1", title: "Mini", scales: [importance, analytic], sections: [
            .init(id: "individuel", title: "Individuel", audience: .respondent, items: items),
            .init(id: "equipe", title: "Équipe", audience: .team, items: team),
        ])
        let grid = MaturityGrid(id: "grille", title: "Grille", source: "test", axes: [
            .init(id: "si", title: "Système d'information", provenance: .has, dimensions: [
                .init(id: "partage-donnees", title: "Partage de données", scale: "analytique", target: 2, provenance: .has,
                      source: "test", characteristics: [], action: ActionTemplate(title: "Définir les règles de partage",
                                                                                   means: "Réunion", indicator: "Charte signée")),
            ]),
        ])
        let rules = [
            ReadinessRule(id: "projet", title: "Projet de santé", severity: .bloquant,
                          check: .teamAnswer(item: "projet-sante-valide", equals: "true", not: nil, minimum: nil),
                          failed: "Projet de santé non validé.", action: "Le faire valider.", source: nil),
            ReadinessRule(id: "partage", title: "Partage", severity: .condition,
                          check: .dimensionLevel(dimension: "partage-donnees", minimum: 1),
                          failed: "Partage insuffisant.", action: "Écrire des règles.", source: nil),
        ]
        return SurveyDefinition(professions: professions, questionnaire: questionnaire, grid: grid, rules: rules)
    }()

    public static let criteria = [
        Criterion(id: "AGENDA", title: "Agenda", section: "besoins", kind: .need, scale: .boolean, direction: .benefit),
        Criterion(id: "FACT-IDE", title: "Facturation", section: "besoins", kind: .need, scale: .boolean, direction: .benefit),
    ]

    public static func respondent(_ label: String, _ profession: String, _ answers: [String: String]) -> RespondentAnswers {
        // Finished on the web (reached the last page): they count as having answered.
        RespondentAnswers(respondent: label, profession: profession, answers: answers, reachedEnd: true)
    }
}
