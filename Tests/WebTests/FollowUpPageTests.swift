import Foundation
import HTTPTypes
import HummingbirdTesting
import Store
import Testing

/// `/campagnes/ID/suivi`: who may do what (least privilege), refusals naming the field with what was typed kept, and
/// the DIM's home page listing what is overdue across teams. The fixture's clock reads 18 May 2033: every step of a
/// follow-up started in 2027 is late.
@Suite("Suivi du déploiement sur le web")
struct FollowUpPageTests {
    static func start(_ visitor: Visitor) async throws -> TestResponse {
        try await visitor.submit("/campagnes/1/suivi/demarrer", from: "/campagnes/1/suivi", [("debut", "2027-01-04"), ("logiciel", "")])
    }

    @Test func onlyTheDIMStartsAndRecordsTheEditorsPromises() async throws {
        try await WebFixture.visit(loggedInAs: "coord@example.org") { fixture, visitor in
            let response1 = try await visitor.get("/campagnes/1/suivi")
            #expect(response1.status == .ok)
            let response2 = try await Self.start(visitor)
            #expect(response2.status == .forbidden)
            #expect(try fixture.store.followUps.find(campaignID: 1) == nil)
            // Another team's follow-up is not the coordinator's.
            let response3 = try await visitor.get("/campagnes/2/suivi")
            #expect(response3.status == .forbidden)
        }
        try await WebFixture.visit(loggedInAs: "animation@example.org") { _, visitor in
            let response4 = try await visitor.get("/campagnes/1/suivi")
            #expect(response4.status == .forbidden)
        }
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let response5 = try await Self.start(visitor)
            #expect(response5.status == .seeOther)
            let promise = try await visitor.submit("/campagnes/1/suivi/engagements", from: "/campagnes/1/suivi",
                                                   [("titre", "Installation sur site"), ("etape", "installation"), ("fin_prevue", "2027-06-14")])
            #expect(promise.status == .seeOther)
            let followUp = try #require(try fixture.store.followUps.find(campaignID: 1))
            #expect(try fixture.store.followUps.items(followUpID: followUp.id).filter { $0.party == "editeur" }.map(\.title) == ["Installation sur site"])
        }
    }

    @Test func theCoordinatorReportsProgressButCannotMoveAPlannedDate() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            _ = try await Self.start(visitor)
            let followUp = try #require(try fixture.store.followUps.find(campaignID: 1))
            let first = try #require(try fixture.store.followUps.items(followUpID: followUp.id).first)
            let coordinator = Visitor(visitor.client)
            try await coordinator.login("coord@example.org")
            let promise = try await coordinator.submit("/campagnes/1/suivi/engagements", from: "/campagnes/1/suivi",
                                                       [("titre", "X"), ("etape", ""), ("fin_prevue", "2027-06-14")])
            #expect(promise.status == .forbidden)
            let moved = try await coordinator.submit("/campagnes/1/suivi/etapes", from: "/campagnes/1/suivi",
                                                     [("etape", String(first.id)), ("statut", "en cours"), ("fin_prevue", "2040-01-01")])
            #expect(moved.status == .unprocessableContent)
            #expect(moved.text.contains("Fin prévue\u{00A0}: seul le DIM modifie le planning"))
            let done = try await coordinator.submit("/campagnes/1/suivi/etapes", from: "/campagnes/1/suivi",
                                                    [("etape", String(first.id)), ("statut", "fait"), ("fin_reelle", "2027-02-03")])
            #expect(done.status == .seeOther)
            let stored = try #require(try fixture.store.followUps.items(followUpID: followUp.id).first)
            #expect((stored.status, stored.actualEnd, stored.plannedEnd) == ("fait", "2027-02-03", first.plannedEnd))
            // The plan page shows planned against actual, from the follow-up's start.
            let plan = try await coordinator.get("/campagnes/1/plan").text
            #expect(plan.contains("Suivi du déploiement au 18 mai 2033"), "\(plan.prefix(2_000))")
            #expect(plan.contains("3 février 2027"))
        }
    }

    @Test func aFormWithoutItsCSRFTokenIsRefusedAndWritesNothing() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let forged = try await visitor.post("/campagnes/1/suivi/demarrer", [("debut", "2027-01-04")])
            #expect(forged.status == .forbidden)
            #expect(try fixture.store.followUps.find(campaignID: 1) == nil)
        }
    }

    @Test func aDefectIsLoggedThenFixedOnTheWeb() async throws {
        try await WebFixture.visit(loggedInAs: "coord@example.org") { fixture, visitor in
            let dim = Visitor(visitor.client)
            try await dim.login("dim@example.org")
            _ = try await Self.start(dim)
            let found = try await visitor.submit("/campagnes/1/suivi/anomalies", from: "/campagnes/1/suivi",
                                                 [("date", "2027-06-22"), ("description", "Doublons de patients"), ("gravite", "majeur")])
            #expect(found.status == .seeOther)
            let followUp = try #require(try fixture.store.followUps.find(campaignID: 1))
            let defect = try #require(try fixture.store.followUps.defects(followUpID: followUp.id).first)
            let page = try await visitor.get("/campagnes/1/suivi").text
            #expect(page.contains("<option value=\"\(defect.id)\">n°\u{00A0}\(defect.id) — Doublons de patients</option>"))
            let early = try await visitor.submit("/campagnes/1/suivi/anomalies/correction", from: "/campagnes/1/suivi",
                                                 [("anomalie", String(defect.id)), ("corrigee", "2027-06-01")])
            #expect(early.status == .unprocessableContent)
            #expect(early.text.contains("Corrigée le\u{00A0}: antérieure à la date où l&#39;anomalie a été trouvée"))
            let fixed = try await visitor.submit("/campagnes/1/suivi/anomalies/correction", from: "/campagnes/1/suivi",
                                                 [("anomalie", String(defect.id)), ("corrigee", "2027-06-29")])
            #expect(fixed.status == .seeOther)
            #expect(try fixture.store.followUps.defects(followUpID: followUp.id).map(\.fixedOn) == ["2027-06-29"])
        }
    }

    @Test func aRefusedTrainingNamesTheFieldAndKeepsWhatWasTyped() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            _ = try await Self.start(visitor)
            let refused = try await visitor.submit("/campagnes/1/suivi/formations", from: "/campagnes/1/suivi", [
                ("professionnel", "MG 1"), ("date", "2027-07-05"), ("heures", "0"), ("contenu", "aci"), ("formateur", "Formatrice <b>éditeur</b>"),
            ])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Heures\u{00A0}: nombre d&#39;heures supérieur à 0 et au plus 40"))
            #expect(refused.text.contains("value=\"Formatrice &lt;b&gt;éditeur&lt;/b&gt;\""))
            #expect(refused.text.contains("<option value=\"MG 1\" selected>"))
            let followUp = try #require(try fixture.store.followUps.find(campaignID: 1))
            #expect(try fixture.store.followUps.trainings(followUpID: followUp.id).isEmpty)
        }
    }

    @Test func theDIMsHomeListsWhatIsOverdueAcrossTeamsTheCoordinatorsDoesNot() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { _, visitor in
            let empty = try await visitor.get("/").text
            #expect(empty.contains("Rien n&#39;est en retard."))
            _ = try await Self.start(visitor)
            _ = try await visitor.submit("/campagnes/1/suivi/engagements", from: "/campagnes/1/suivi",
                                         [("titre", "Installation sur site"), ("etape", ""), ("fin_prevue", "2027-06-14")])
            let home = try await visitor.get("/").text
            #expect(home.contains("17 étapes d&#39;équipes et 1 engagement d&#39;éditeur en retard."), "\(home)")
            #expect(home.contains("Éditeur\u{00A0}: Installation sur site"))
            let coordinator = Visitor(visitor.client)
            try await coordinator.login("coord@example.org")
            let coordinatorHome = try await coordinator.get("/").text
            #expect(!coordinatorHome.contains("En retard dans les équipes"))
        }
    }
}
