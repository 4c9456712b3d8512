import Application
import Catalog
import Foundation
import Reports
import Store
import Survey
import TestSupport
import Testing

/// The federation dashboard: syntheses kept per campaign and marked stale by the schema itself when answers change,
/// aggregate reads over every team's latest campaign, and the document the DIM reads.
@Suite("Tableau de bord de la fédération")
struct FederationDashboardTests {
    /// The demo team (13 invited, answered) and a second team whose campaign nobody has answered yet.
    struct Federation {
        let run: RunData
        let store: AppDatabase
        let demo: DemoFixture.Built
        let quiet: CampaignRecord

        init() throws {
            run = try Checkout.loadRun()
            store = try TestStores.make()
            demo = try DemoFixture.build(on: store, run: run)
            let team = try store.teams.add(name: "MSP des Saules (fictive)", fictional: true)
            quiet = try store.campaigns.create(teamID: team.id, name: "Besoins", questionnaireVersion: "1",
                                               respondents: [("IDE 9", "infirmier"), ("MG 9", "medecin-generaliste")]).0
        }

        var dashboard: FederationDashboard { FederationDashboard(store: store, reference: run.catalog, survey: run.survey) }
    }

    @Test func syntheses_arePooledOnceThenMarkedStaleByAnyAnswerSaved() throws {
        let federation = try Federation()
        let overview = federation.store.federationOverview
        // Only assessed campaigns (someone finished) have a maturity to pool: the quiet team's is not pooled.
        #expect(try overview.campaignsToPool() == [federation.demo.campaign.id])
        #expect(try federation.dashboard.refresh(limit: 0) == 1)
        #expect(try federation.dashboard.refresh(limit: 1) == 0)
        #expect(try overview.campaignsToPool().isEmpty)
        // A respondent's page saved through the ordinary path: the schema's trigger marks the synthesis stale.
        let nurse = try federation.demo.respondent("IDE 1")
        try federation.store.savePage(respondentID: nurse.id, answers: ["maturite-projet-sante": "3"])
        #expect(try overview.campaignsToPool() == [federation.demo.campaign.id])
        try federation.dashboard.refresh()
        // A revoked link changes who is invited: stale again.
        try federation.store.campaigns.revoke(respondentID: nurse.id)
        #expect(try overview.campaignsToPool() == [federation.demo.campaign.id])
    }

    @Test func theDocumentGivesCompletionMaturityAlertsAndOverdueActions() throws {
        let federation = try Federation()
        _ = try ActionPlanEditing(database: federation.store, survey: federation.run.survey)
            .save(.init(title: "Relire le projet de santé", lead: "Coordinatrice", due: "2026-06-30", status: "en cours"),
                  campaignID: federation.demo.campaign.id, dimension: "projet-sante")
        try federation.dashboard.refresh()
        let dashboard = try federation.dashboard.document(date: "2026-11-23")
        #expect(dashboard.campaigns.map(\.team) == ["MSP des Hirondelles (fictive)", "MSP des Saules (fictive)"])
        #expect(dashboard.campaigns.map(\.invited) == [13, 2])
        // Maturity comes from assessed campaigns only: the team nobody has answered yet is not counted as « 0 ».
        let project = dashboard.distribution.filter { $0.dimension == "projet-sante" }
        #expect(project.reduce(0) { $0 + $1.teams } == 1 && !project.contains { $0.level == nil })
        #expect(dashboard.labelAlerts.map(\.id) == ["medistory"])
        #expect(dashboard.overdueTotal == 1 && dashboard.overdue.first?.title == "Relire le projet de santé")

        let text = try dashboard.document(templates: federation.run.templates).markdown
        #expect(text.contains("2 équipes, 12 questionnaires terminés sur 15 envoyés (80\u{202F}%)."))
        #expect(text.contains("- aucune réponse terminée\u{00A0}: 1 équipe"))
        #expect(text.contains("| MSP des Saules (fictive) | Besoins | 0 | 2 | 0\u{202F}% |"))
        #expect(text.contains("| Médistory | ne répond plus au label"))
        #expect(text.contains("1 action en retard\u{00A0}:"))
        #expect(try dashboard.document(templates: federation.run.templates).charts["equipes"]?.contains("MSP des Hirondelles") == true)
    }

    /// The register's figures: teams by stage (and those with none), software in use, and which teams still use a
    /// product that lost the label.
    @Test func theRegisterGivesStagesSoftwareAndAffectedTeams() throws {
        let federation = try Federation()
        try EvidenceCatalog(store: federation.store, reference: federation.run.catalog).seedIfEmpty()
        let register = federation.store.teamSoftware
        try register.record(.init(teamID: federation.demo.team.id, productID: "medistory", version: "3", since: "2024-01-15"), by: "test")
        try register.setStage(team: federation.demo.team.id, .pendant, since: "2026-09-01", by: "test")
        try federation.dashboard.refresh()
        let dashboard = try federation.dashboard.document(date: "2026-11-23")
        #expect(dashboard.stages.map(\.teams) == [0, 1, 0] && dashboard.unstaged == 1)
        #expect(dashboard.software.map(\.product) == ["Médistory"] && dashboard.software.first?.teams == 1)
        #expect(dashboard.affectedTeams == ["medistory": ["MSP des Hirondelles (fictive)"]])
        let text = try dashboard.document(templates: federation.run.templates).markdown
        #expect(text.contains("| pendant | 1 |") && text.contains("1 équipe n'a pas d'étape enregistrée dans le registre."))
        #expect(text.contains("| Médistory | ne répond plus au label") && text.contains("| MSP des Hirondelles (fictive) |"))
    }

    /// The follow-up's late steps and editors' promises, counted by party over all teams.
    @Test func lateDeploymentStepsAndEditorPromisesAreListed() throws {
        let federation = try Federation()
        let followUp = try federation.store.followUps.start(campaignID: federation.demo.campaign.id, productID: nil, startDate: "2026-09-01",
                                                            by: "DIM", items: [
            .init(party: "equipe", stepId: nil, title: "Diagnostic partagé", owner: "DIM", plannedStart: nil, plannedEnd: "2026-10-01"),
            .init(party: "equipe", stepId: nil, title: "Choix du logiciel", owner: "DIM", plannedStart: nil, plannedEnd: "2027-03-01"),
        ], checks: [])
        try federation.store.followUps.add(.init(party: "editeur", stepId: nil, title: "Installation promise", owner: "Éditeur",
                                                 plannedStart: nil, plannedEnd: "2026-11-01"), followUpID: followUp.id)
        try federation.dashboard.refresh()
        let dashboard = try federation.dashboard.document(date: "2026-11-23")
        #expect((dashboard.lateTeamSteps, dashboard.lateEditorPromises) == (1, 1))
        #expect(dashboard.lateSteps.map(\.title) == ["Diagnostic partagé", "Installation promise"])
        let text = try dashboard.document(templates: federation.run.templates).markdown
        #expect(text.contains("1 étape d'équipe et 1 engagement d'éditeur ont dépassé leur date prévue."))
        #expect(text.contains("| MSP des Hirondelles (fictive) | éditeur | Installation promise | 1er novembre 2026 |"))
    }

    /// A team's new campaign that nobody has answered yet hides neither last year's maturity nor its open actions.
    @Test func aNewUnansweredCampaignKeepsLastYearsPicture() throws {
        let federation = try Federation()
        _ = try ActionPlanEditing(database: federation.store, survey: federation.run.survey)
            .save(.init(title: "Relire le projet de santé", due: "2026-06-30", status: "en cours"),
                  campaignID: federation.demo.campaign.id, dimension: "projet-sante")
        _ = try federation.store.campaigns.create(teamID: federation.demo.team.id, name: "Réévaluation", questionnaireVersion: "1",
                                                  respondents: [("IDE 5", "infirmier")])
        try federation.dashboard.refresh()
        let dashboard = try federation.dashboard.document(date: "2026-11-23")
        #expect(dashboard.overdueTotal == 1)
        #expect(dashboard.distribution.filter { $0.dimension == "projet-sante" }.allSatisfy { $0.level != nil })
        // Completion reads the new campaign: one link, nobody finished.
        #expect(dashboard.campaigns.first { $0.team == DemoFixture.teamName }?.invited == 1)
        let text = try dashboard.document(templates: federation.run.templates).markdown
        #expect(text.contains("| Réévaluation | 0 | 1 | 0\u{202F}% |"))
        #expect(!text.contains("| MSP des Hirondelles (fictive) | Recueil des besoins"))
    }

    /// An action due after the dashboard's date, or done, is not late.
    @Test func onlyOpenActionsPastTheirDueDateAreLate() throws {
        let federation = try Federation()
        let editing = ActionPlanEditing(database: federation.store, survey: federation.run.survey)
        _ = try editing.save(.init(due: "2026-06-30", status: "fait"), campaignID: federation.demo.campaign.id, dimension: "projet-sante")
        _ = try editing.save(.init(due: "2027-01-31", status: "à faire"), campaignID: federation.demo.campaign.id, dimension: "besoins-population")
        let late = try federation.store.federationOverview.overdueActions(before: "2026-11-23", limit: 10)
        #expect(late.total == 0 && late.first.isEmpty)
        #expect(try federation.store.federationOverview.overdueActions(before: "2027-02-01", limit: 10).total == 1)
    }

    @Test func anEmptyFederationSaysSo() throws {
        let run = try Checkout.loadRun()
        let store = try TestStores.make()
        let dashboard = FederationDashboard(store: store, reference: run.catalog, survey: run.survey)
        try dashboard.refresh()
        let text = try dashboard.document(date: "2026-11-23").document(templates: run.templates).markdown
        #expect(text.contains("0 équipe, 0 questionnaire terminé sur 0 envoyé (—)."))
        #expect(text.contains("Aucune équipe n'a encore de synthèse de maturité."))
    }
}
