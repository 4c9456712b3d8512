import Application
import Foundation
import Store
import Survey
import TestSupport
import Testing

/// The rules the web and the CLI share, checked once here on an in-memory database.
@Suite("Cas d'usage communs au web et à la ligne de commande")
struct UseCaseTests {
    static let grid = TinySurvey.definition.grid
    static let template = ActionTemplate(title: "Définir les règles de partage", means: "Réunion", indicator: "Charte signée")
    static let current = PlannedAction(dimension: "partage-donnees", title: "Titre choisi", lead: "Coordinatrice", due: "2027-03-31",
                                       means: "Moyens choisis", indicator: "Indicateur choisi", status: .enCours)

    @Test func anEditKeepsWhatItDoesNotNameAndResetsWhatItEmpties() throws {
        let kept = try ActionPlanEditing.apply(.init(lead: "Pharmacienne"), to: Self.current, template: Self.template)
        #expect(kept == PlannedAction(dimension: "partage-donnees", title: "Titre choisi", lead: "Pharmacienne", due: "2027-03-31",
                                      means: "Moyens choisis", indicator: "Indicateur choisi", status: .enCours))
        // The web form sends every field: an emptied one goes back to the grid's default, or is cleared.
        let reset = try ActionPlanEditing.apply(.init(title: "", lead: "", due: "", means: "", indicator: "", status: "fait"),
                                                to: Self.current, template: Self.template)
        #expect(reset == PlannedAction(dimension: "partage-donnees", title: Self.template.title, lead: nil, due: nil,
                                       means: Self.template.means, indicator: Self.template.indicator, status: .fait))
    }

    @Test(arguments: [
        (ActionPlanEditing.Edit(due: "31/03/2027"), "echeance"),
        (ActionPlanEditing.Edit(status: "terminé"), "etat"),
        (ActionPlanEditing.Edit(title: String(repeating: "é", count: 501)), "titre"),
        (ActionPlanEditing.Edit(lead: "Nom\u{0007}"), "pilote"),
    ])
    func aBadEditIsRefusedNamingItsField(edit: ActionPlanEditing.Edit, field: String) {
        #expect(throws: ActionPlanEditing.Refusal.self) { try ActionPlanEditing.apply(edit, to: Self.current, template: Self.template) }
        do { _ = try ActionPlanEditing.apply(edit, to: Self.current, template: Self.template) } catch {
            #expect(error.field == field)
        }
    }

    @Test func aPageWithdrawsAnswersToQuestionsNoLongerAsked() throws {
        let saving = AnswerSaving(database: try TestStores.make(), survey: TinySurvey.definition)
        let shown = TinySurvey.definition.sections[0].items.filter { ["visites-domicile", "tournee"].contains($0.id) }
        let page = AnswerSaving.Page(shown: shown, stored: ["visites-domicile": "true", "tournee": "3", "agenda": "2"],
                                     submitted: ["visites-domicile": "false", "tournee": "3"])
        let checked = saving.check(page) { item, answers in
            TinySurvey.definition.isAsked(item, profession: "infirmier", answers: answers)
        }
        #expect(checked.errors.isEmpty)
        #expect(checked.valid == ["visites-domicile": "false"])
        #expect(checked.withdrawn == ["tournee"])
        #expect(checked.after == ["visites-domicile": "false", "agenda": "2"])
    }

    @Test func aRequiredQuestionLeftEmptyHoldsOnlyAForwardPage() throws {
        let saving = AnswerSaving(database: try TestStores.make(), survey: TinySurvey.definition)
        let page = AnswerSaving.Page(shown: TinySurvey.definition.sections[0].items.filter { $0.id == "profession" }, stored: [:], submitted: [:])
        let forward = saving.check(page) { _, _ in true }
        let backward = saving.check(page, requireAnswers: false) { _, _ in true }
        #expect(forward.errors == ["profession": "Cette question est obligatoire."])
        #expect(backward.errors.isEmpty)
    }

    @Test func linksAndDefaultsAreTheSameEverywhere() throws {
        #expect(CampaignSetup.link(base: "https://sip.federation.example/", token: "abc") == "https://sip.federation.example/r/abc")
        #expect(CampaignSetup.isLocal(CampaignSetup.localBaseURL))
        let database = try TestStores.make()
        let team = try database.teams.add(name: "Équipe A")
        let (campaign, _) = try CampaignSetup(database: database, survey: TinySurvey.definition).create(team: team, name: "  ", respondents: [])
        #expect(campaign.name == CampaignSetup.defaultName)
        #expect(campaign.questionnaireVersion == TinySurvey.definition.questionnaire.version)
    }
}

@Suite("Création de compte (web et ligne de commande)")
struct AccountCreationTests {
    @Test(arguments: [
        ("dim@exemple.fr", "DIM", "court", UserRecord.Role.dim, Int64?.none, "Mot de passe\u{00A0}: 12 caractères au moins."),
        ("pas-une-adresse", "DIM", "mot-de-passe-long", .dim, nil, "Adresse e-mail non valable."),
        ("coord@exemple.fr", "Coord", "mot-de-passe-long", .coordinator, nil, "Un compte de coordination doit être rattaché à une équipe."),
        // 37 letters « é » are 74 bytes: bcrypt would ignore the last two.
        ("dim@exemple.fr", "DIM", String(repeating: "é", count: 37), .dim, nil,
         "Mot de passe\u{00A0}: 72 octets au plus (une lettre accentuée en compte 2), celui-ci en fait 74."),
    ])
    func aRefusedAccountSaysWhyAndIsNotStored(email: String, name: String, password: String, role: UserRecord.Role, team: Int64?,
                                              reason: String) throws {
        let database = try TestStores.make()
        do {
            try AccountCreation(database: database).create(email: email, name: name, password: password, role: role, teamID: team)
            Issue.record("account accepted")
        } catch let refusal as AccountCreation.Refusal {
            #expect(refusal.description == reason)
        }
        #expect(try database.accounts.all().isEmpty)
    }
}
