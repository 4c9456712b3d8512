import Application
import Deployment
import Foundation
import Store
import TestSupport
import Testing

/// The follow-up's use cases on the demo campaign: what the web forms and `sipadvisor followup` both call.
@Suite("Suivi du déploiement\u{00A0}: cas d'usage")
struct FollowUpTrackingTests {
    let clock = TestClock()

    func started() throws -> (FollowUpTracking, DemoFixture.Built) {
        let run = try Checkout.loadRun()
        let built = try DemoFixture.build(on: try TestStores.make(clock: clock.function), run: run, answered: false)
        let tracking = FollowUpTracking(database: built.store, method: run.method, reference: run.catalog)
        try tracking.start(campaignID: built.campaign.id, start: "2027-01-04", product: nil, by: "DIM")
        return (tracking, built)
    }

    @Test func startingGivesThePlansStepsWithTheirScheduleAndTheChecklistOnce() throws {
        let (tracking, built) = try started()
        let state = try #require(try tracking.state(campaignID: built.campaign.id, today: "2027-01-04"))
        let rows = Schedule(method: tracking.method, start: CalendarDay.parse("2027-01-04")!).rows
        #expect(state.steps.map(\.stepId) == rows.map(\.step.id))
        #expect(state.steps.map(\.plannedEnd) == rows.map { CalendarDay.iso($0.end) })
        #expect(state.checks.map(\.text) == tracking.method.migrationChecks)
        #expect(state.late.isEmpty)
        #expect(throws: StoreError.self) { try tracking.start(campaignID: built.campaign.id, start: "2027-02-01", product: nil, by: "DIM") }
    }

    @Test func aStepDoneWithItsDateIsNoLongerLateAndABlockedOneNeedsAReason() throws {
        let (tracking, built) = try started()
        let state = try #require(try tracking.state(campaignID: built.campaign.id, today: "2027-03-01"))
        let first = state.steps[0], second = state.steps[1]
        #expect(state.late.map(\.id).contains(first.id))
        try tracking.set(campaignID: built.campaign.id, itemID: first.id, StepEdit(status: "fait", actualEnd: "2027-02-03"), as: .team)
        #expect(throws: FollowUpEntry.Refusal(field: "motif", problem: "obligatoire quand l'étape est bloquée (dites ce qui la bloque)")) {
            try tracking.set(campaignID: built.campaign.id, itemID: second.id, StepEdit(status: "bloqué"), as: .team)
        }
        try tracking.set(campaignID: built.campaign.id, itemID: second.id, StepEdit(status: "bloqué", reason: "référents absents"), as: .team)
        let after = try #require(try tracking.state(campaignID: built.campaign.id, today: "2027-03-01"))
        #expect(!after.late.map(\.id).contains(first.id))
        #expect(after.steps[0].actualEnd == "2027-02-03")
        #expect(after.steps[1].blockedReason == "référents absents")
    }

    @Test(arguments: [
        (StepEdit(status: "terminé"), "statut"),
        (StepEdit(status: "fait"), "fin_reelle"),
        (StepEdit(actualEnd: "03/02/2027"), "fin_reelle"),
        (StepEdit(actualStart: "2027-02-10", actualEnd: "2027-02-01"), "fin_reelle"),
        (StepEdit(plannedEnd: ""), "fin_prevue"),
    ])
    func aBadEditIsRefusedNamingItsField(edit: StepEdit, field: String) throws {
        let (tracking, built) = try started()
        let step = try #require(try tracking.state(campaignID: built.campaign.id, today: "2027-01-04")?.steps.first)
        do {
            try tracking.set(campaignID: built.campaign.id, itemID: step.id, edit, as: .dim)
            Issue.record("accepted")
        } catch let refusal as FollowUpEntry.Refusal { #expect(refusal.field == field) }
    }

    @Test func theTeamReportsProgressButNeverMovesThePlanNorTheEditorsPromises() throws {
        let (tracking, built) = try started()
        let step = try #require(try tracking.state(campaignID: built.campaign.id, today: "2027-01-04")?.steps.first)
        #expect(throws: FollowUpEntry.Refusal.self) {
            try tracking.set(campaignID: built.campaign.id, itemID: step.id, StepEdit(plannedEnd: "2027-12-01"), as: .team)
        }
        #expect(throws: FollowUpEntry.Refusal.self) {
            try tracking.promise(campaignID: built.campaign.id, title: "Installation", step: "installation", due: "2027-03-01", as: .team)
        }
        let promise = try tracking.promise(campaignID: built.campaign.id, title: "Installation", step: nil, due: "2027-03-01", as: .dim)
        #expect(throws: FollowUpEntry.Refusal.self) {
            try tracking.set(campaignID: built.campaign.id, itemID: promise.id, StepEdit(status: "fait", actualEnd: "2027-03-01"), as: .team)
        }
        #expect(try tracking.state(campaignID: built.campaign.id, today: "2027-01-04")?.steps.first?.plannedEnd == step.plannedEnd)
    }

    @Test func trainingIsLoggedPerProfessionalAndTheUnknownDeclarationStaysUnknown() throws {
        let (tracking, built) = try started()
        let person = built.respondents[0]
        try tracking.train(campaignID: built.campaign.id, person: person.label, date: "2027-04-12", hours: "1,5", content: "individuel", trainer: "Éditeur")
        #expect(throws: FollowUpEntry.Refusal(field: "professionnel", problem: "«\u{00A0}Personne\u{00A0}» n'est pas un·e professionnel·le de cette campagne")) {
            try tracking.train(campaignID: built.campaign.id, person: "Personne", date: "2027-04-12", hours: "1", content: "aci", trainer: "X")
        }
        #expect(throws: FollowUpEntry.Refusal.self) {
            try tracking.train(campaignID: built.campaign.id, person: person.label, date: "2027-04-12", hours: "0", content: "aci", trainer: "X")
        }
        let training = try #require(try tracking.state(campaignID: built.campaign.id, today: "2027-04-13")).training
        #expect(training.declaredHours == nil)
        #expect(training.professionals.first { $0.person == person.label }?.hours == 1.5)
        #expect(training.untrained.count == built.respondents.count - 1)
    }

    /// The deployed product's `NF-FORMATION-HEURES` fact is the editor's declaration: hours still owed are counted
    /// from it; an unknown product is refused naming the field.
    @Test func theDeclaredTrainingIsTheDeployedProductsFact() throws {
        let run = try Checkout.loadRun()
        let built = try DemoFixture.build(on: try TestStores.make(clock: clock.function), run: run, answered: false)
        let tracking = FollowUpTracking(database: built.store, method: run.method, reference: run.catalog)
        let evidence = EvidenceCatalog(store: built.store, reference: run.catalog)
        try evidence.seedIfEmpty()
        try evidence.record(FactEntry(product: "chorus", criterion: FollowUpTracking.declaredTrainingCriterion, value: "3,5", grade: "editor",
                                      source: "Réponse de l'éditeur à la consultation", date: "2027-01-10"),
                            by: "DIM", today: CalendarDay.parse("2027-01-11")!)
        #expect(throws: FollowUpEntry.Refusal.self) {
            try tracking.start(campaignID: built.campaign.id, start: "2027-01-04", product: "inconnu", by: "DIM")
        }
        try tracking.start(campaignID: built.campaign.id, start: "2027-01-04", product: "chorus", by: "DIM")
        try tracking.train(campaignID: built.campaign.id, person: built.respondents[0].label, date: "2027-07-06", hours: "1",
                           content: "individuel", trainer: "Éditeur")
        let training = try #require(try tracking.state(campaignID: built.campaign.id, today: "2027-07-07")).training
        #expect(training.declaredHours == 3.5)
        #expect(training.professionals.first { $0.person == built.respondents[0].label }?.shortfall == 2.5)
    }

    @Test func defectsAreFixedNotBeforeTheyAreFound() throws {
        let (tracking, built) = try started()
        let defect = try tracking.defect(campaignID: built.campaign.id, found: "2027-05-03", description: "Doublons de patients", severity: "majeur")
        #expect(throws: FollowUpEntry.Refusal.self) { try tracking.fix(campaignID: built.campaign.id, defectID: defect.id, on: "2027-05-01") }
        try tracking.fix(campaignID: built.campaign.id, defectID: defect.id, on: "2027-05-10")
        try tracking.check(campaignID: built.campaign.id, number: 2, on: "2027-05-10", note: "aucun doublon restant")
        let state = try #require(try tracking.state(campaignID: built.campaign.id, today: "2027-05-11"))
        #expect(state.defects.map(\.fixedOn) == ["2027-05-10"])
        #expect(state.checks[1].checkedOn == "2027-05-10")
    }
}
