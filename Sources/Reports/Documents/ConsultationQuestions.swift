import Comparator
import Survey

/// One question of the consultation of editors: a row of the reply template, checked again when the reply comes back.
public struct ConsultationQuestion: Sendable, Equatable {
    /// A criterion id, or a non-functional question's id (`ConsultationQuestions.nonFunctional`).
    public var id: String
    public var text: String
    /// How to answer, in French: the template's "réponse attendue" and the import's error messages say the same.
    public var form: String
    /// The scale the answer is read on; `nil` for a free answer (a description, kept in the reply, never a fact).
    public var scale: Criterion.Scale?
    /// The catalog's criterion the answer becomes an `editor` fact on; `nil`: no criterion, the answer is not recorded.
    public var criterion: Criterion?
    /// The team's pooled weight, for a need.
    public var weight: Double?
}

/// The questions an editor answers: the team's weighted needs (heaviest first) and the non-functional questions.
/// The document, the reply template and `facts import-reply` all read them here.
public enum ConsultationQuestions {
    /// A non-functional question. When the catalog has a criterion of the same id, the answer is a fact on it (its
    /// scale wins); otherwise the answer is checked on `scale` and reported as not recorded.
    struct NonFunctional {
        var id: String, text: String, scale: Criterion.Scale?
    }

    /// Ids of the questions on training hours, one per profession of the team.
    public static let trainingPrefix = "FORMATION-"

    /// Asked of every editor, in this order (the method's non-functional questions: cost, training, support, data
    /// migration, reversibility, hosting).
    static let nonFunctional: [NonFunctional] = [
        .init(id: WellKnownCriterion.oneOffCost, text: "Quel est le coût initial pour toute l'équipe (licences, installation, "
              + "reprise des données, formation initiale), en euros hors aides\u{00A0}?", scale: .number),
        .init(id: WellKnownCriterion.monthlyCostPerProfessional,
              text: "Quel est l'abonnement mensuel par professionnel·le, en euros\u{00A0}?", scale: .number),
        .init(id: WellKnownCriterion.trainingHours, text: "Combien d'heures de formation initiale prévoyez-vous en moyenne par professionnel·le\u{00A0}?",
              scale: .number),
        .init(id: "NF-FORMATION-PAR-PROFESSION",
              text: "La formation est-elle organisée par profession, puis pluriprofessionnelle\u{00A0}?", scale: .boolean),
        .init(id: "SUPPORT", text: "Comment le support est-il assuré (horaires, canaux, délai de réponse garanti)\u{00A0}?", scale: nil),
        .init(id: "NF-INTERLOCUTEUR-UNIQUE", text: "Un interlocuteur unique est-il désigné pour l'équipe\u{00A0}?", scale: .boolean),
        .init(id: "NF-AIDE-MIGRATION", text: "Quel accompagnement de la reprise des données des logiciels actuels proposez-vous, "
              + "de 0 (aucun) à 4 (reprise complète, contrôlée avec l'équipe)\u{00A0}?", scale: .level),
        .init(id: "REVERSIBILITE", text: "À la fin du contrat, restituez-vous toutes les données de l'équipe dans un format "
              + "standard et documenté, sans frais (réversibilité)\u{00A0}? Précisez le format et le délai en commentaire.", scale: .boolean),
        .init(id: "HEBERGEMENT-HDS", text: "Les données sont-elles hébergées par un hébergeur certifié HDS (hébergement de données "
              + "de santé)\u{00A0}? Donnez son nom et la date du certificat en commentaire.", scale: .boolean),
        .init(id: "NF-HEBERGEMENT-EDITEUR", text: "Proposez-vous une solution hébergée par vos soins (en ligne)\u{00A0}?", scale: .boolean),
        .init(id: "NF-HEBERGEMENT-SITE", text: "Proposez-vous un serveur installé dans la structure\u{00A0}?", scale: .boolean),
        .init(id: "NF-FEUILLE-DE-ROUTE", text: "Communiquez-vous aux équipes les évolutions prévues et leurs délais\u{00A0}?", scale: .boolean),
        .init(id: "NF-CLUB-UTILISATEURS", text: "Existe-t-il un club ou un groupe d'utilisateurs de votre logiciel\u{00A0}?", scale: .boolean),
    ]

    /// The team's weighted needs as plain questions, heaviest first; the non-functional criteria are asked in their
    /// own section.
    public static func needs(_ needs: NeedsProfile, catalog: ProductCatalog) -> [ConsultationQuestion] {
        let asked = Set(nonFunctional.map(\.id))
        return needs.weights.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).compactMap { id, weight in
            guard !asked.contains(id), let criterion = catalog.criterion(id) else { return nil }
            var question = criterionQuestion(criterion)
            question.weight = weight
            return question
        }
    }

    /// The non-functional questions for a team: training hours for each of its professions, and only the hosting
    /// the team prefers (`WellKnownItem.hosting`: both when it has no preference).
    public static func nonFunctional(headcount: [String: Int], hosting: String?, catalog: ProductCatalog) -> [ConsultationQuestion] {
        let unwanted: Set<String> = switch hosting {
        case "site": ["NF-HEBERGEMENT-EDITEUR"]
        case "editeur": ["NF-HEBERGEMENT-SITE"]
        default: []
        }
        var questions: [ConsultationQuestion] = []
        for question in nonFunctional where !unwanted.contains(question.id) {
            questions.append(self.question(question, catalog: catalog))
            if question.id == WellKnownCriterion.trainingHours {
                questions += catalog.professions.filter { headcount[$0.id, default: 0] > 0 }.map {
                    training($0, headcount: headcount[$0.id, default: 0])
                }
            }
        }
        return questions
    }

    /// Any question an editor may answer in a reply: a catalog criterion or a non-functional question; `nil` for an
    /// id the consultation never asks.
    public static func question(id: String, catalog: ProductCatalog) -> ConsultationQuestion? {
        if let known = nonFunctional.first(where: { $0.id == id }) { return question(known, catalog: catalog) }
        if id.hasPrefix(trainingPrefix), let profession = catalog.professions.first(where: { trainingPrefix + $0.id == id }) {
            return training(profession, headcount: nil)
        }
        return catalog.criterion(id).map(criterionQuestion)
    }

    static func question(_ question: NonFunctional, catalog: ProductCatalog) -> ConsultationQuestion {
        let criterion = catalog.criterion(question.id)
        let scale = criterion?.scale ?? question.scale
        return ConsultationQuestion(id: question.id, text: question.text, form: scale?.frenchAnswerForm ?? freeAnswer,
                                    scale: scale, criterion: criterion)
    }

    static func training(_ profession: Profession, headcount: Int?) -> ConsultationQuestion {
        let people = headcount.map { " (\(FrenchNumber.count($0, "personne", "personnes")))" } ?? ""
        return ConsultationQuestion(id: trainingPrefix + profession.id,
                                    text: "Combien d'heures de formation prévoyez-vous pour la profession «\u{00A0}\(profession.label)\u{00A0}»\(people)\u{00A0}?",
                                    form: Criterion.Scale.number.frenchAnswerForm, scale: .number, criterion: nil)
    }

    static func criterionQuestion(_ criterion: Criterion) -> ConsultationQuestion {
        let text: String = switch criterion.scale {
        case .boolean: "\(criterion.title)\u{00A0}: votre logiciel le permet-il\u{00A0}?"
        case .level: "\(criterion.title)\u{00A0}: à quel niveau, de 0 (absent) à 4 (complet)\u{00A0}?"
        case .number: "\(criterion.title)\u{00A0}: quelle valeur\(criterion.unit.map { " (\($0))" } ?? "")\u{00A0}?"
        }
        return ConsultationQuestion(id: criterion.id, text: text, form: criterion.scale.frenchAnswerForm, scale: criterion.scale,
                                    criterion: criterion)
    }

    static let freeAnswer = "texte libre"
}

extension Criterion.Scale {
    /// What an answer on this scale looks like, in French: forms, templates and error messages say it the same way.
    public var frenchAnswerForm: String {
        switch self {
        case .boolean: "oui ou non"
        case .level: "un niveau entier de 0 à 4"
        case .number: "un nombre (par exemple 45 ou 1 200,50)"
        }
    }
}
