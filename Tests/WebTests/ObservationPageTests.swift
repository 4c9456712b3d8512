import Application
import Deployment
import Foundation
import HTTPTypes
import HummingbirdTesting
import Store
import TestSupport
import Testing
import Web

/// User-group observations: the facilitator reports one in a session; the DIM accepts it into the catalog as a
/// `usergroup` fact (the session as source and date) or rejects it with a reason.
@Suite("Observations des groupes utilisateurs sur le web")
struct ObservationPageTests {
    static let session = UserGroupSession(software: "Chorus", date: "2026-03-12", mode: .visio, place: nil, facilitator: "Camille",
                                          noteTaker: nil, teams: [], attendees: [], agenda: [], topics: [], requests: [],
                                          decisions: [], actions: [], nextMeeting: nil)
    static let observation = [("produit", "chorus"), ("critere", "BES-FACT-IDE"),
                              ("observation", "Les infirmières facturent maintenant en tournée, hors connexion"), ("valeur", "oui")]

    /// The facilitator's session with one observation reported through its form.
    static func reported(_ fixture: WebFixture, _ visitor: Visitor) async throws -> (session: Int64, observation: ObservationRecord) {
        let session = try fixture.store.userGroups.save(id: nil, Self.session)
        try await visitor.login("animation@example.org")
        let response = try await visitor.submit("/groupes/\(session)/observations", from: "/groupes/\(session)", Self.observation)
        #expect(response.status == .seeOther && response.location == "/groupes/\(session)?observation=1#observations")
        return (session, try #require(try fixture.store.observations.pending().first))
    }

    @Test func theFacilitatorReportsAnObservationInASession() async throws {
        try await WebFixture.visit { fixture, visitor in
            let (session, observation) = try await Self.reported(fixture, visitor)
            #expect(observation.sessionId == session && observation.productId == "chorus" && observation.criterionId == "BES-FACT-IDE")
            #expect(observation.text == "Les infirmières facturent maintenant en tournée, hors connexion")
            #expect(observation.suggestedValue == "true" && observation.status == .pending && observation.recordedBy == "animation@example.org")
            let page = try await visitor.get("/groupes/\(session)?observation=1").text
            #expect(page.contains("Observation enregistrée\u{A0}: le DIM décidera de l’inscrire au catalogue."))
            #expect(page.contains("<td>Les infirmières facturent maintenant en tournée, hors connexion<br><span class=\"petit\">valeur suggérée\u{A0}: oui</span></td><td>en attente du DIM</td>"))
        }
    }

    @Test(arguments: [
        ("observation", "", "Observation\u{A0}: obligatoire"),
        ("valeur", "peut-être", "Valeur\u{A0}: attendu\u{A0}: oui ou non (critère BES-FACT-IDE), ou vide"),
        ("produit", "inconnu-ici", "Logiciel\u{A0}: inconnu"),
        ("critere", "XYZ", "Critère\u{A0}: inconnu"),
    ])
    func aRefusedObservationNamesItsFieldAndKeepsWhatWasTyped(field: String, value: String, message: String) async throws {
        try await WebFixture.visit(loggedInAs: "animation@example.org") { fixture, visitor in
            let session = try fixture.store.userGroups.save(id: nil, Self.session)
            let typed = Self.observation.map { $0.0 == field ? ($0.0, value) : $0 }
            let refused = try await visitor.submit("/groupes/\(session)/observations", from: "/groupes/\(session)", typed)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("L’observation n’est pas enregistrée. \(message)"), "\(field)")
            if field != "observation" { #expect(refused.text.contains(">Les infirmières facturent maintenant en tournée, hors connexion</textarea>")) }
            #expect(try fixture.store.observations.all(session: session).isEmpty)
        }
    }

    @Test func theDIMSeesPendingObservationsAndAcceptsOneAsAUserGroupFact() async throws {
        try await WebFixture.visit { fixture, visitor in
            let (session, observation) = try await Self.reported(fixture, visitor)
            try await visitor.login("dim@example.org")
            let home = try await visitor.get("/").text
            #expect(home.contains("<a href=\"/catalogue#observations\">1 observation de groupes utilisateurs à examiner</a>"))
            let catalog = try await visitor.get("/catalogue").text
            #expect(catalog.contains("«\u{A0}Les infirmières facturent maintenant en tournée, hors connexion\u{A0}»"))
            #expect(catalog.contains("name=\"valeur\" value=\"oui\""), "the suggested value prefilled")
            let forbidden = try await Self.decide(fixture, as: "animation@example.org", visitor, "\(observation.id)/accepter", [("valeur", "oui")])
            #expect(forbidden.status == .forbidden)

            let accepted = try await Self.decide(fixture, as: "dim@example.org", visitor, "\(observation.id)/accepter", [("valeur", "oui")])
            #expect(accepted.status == .seeOther && accepted.location == "/catalogue?ok=acceptee#observations")
            let fact = try #require(try fixture.store.products.currentFacts(team: nil)
                .first { $0.productId == "chorus" && $0.criterionId == "BES-FACT-IDE" })
            #expect(fact.value == "true" && fact.grade == "usergroup" && fact.date == "2026-03-12" && fact.teamId == nil)
            #expect(fact.source == "groupe utilisateurs Chorus du 12 mars 2026, compte rendu")
            #expect(fact.note == "Les infirmières facturent maintenant en tournée, hors connexion" && fact.recordedBy == "dim@example.org")
            let decided = try #require(try fixture.store.observations.find(id: observation.id))
            #expect(decided.status == .accepted && decided.factId == fact.id && decided.decidedBy == "dim@example.org")
            let history = try await visitor.get("/catalogue/chorus/historique?critere=BES-FACT-IDE").text
            #expect(history.contains("groupe utilisateurs Chorus du 12 mars 2026, compte rendu"))
            let sessionPage = try await visitor.get("/groupes/\(session)").text
            #expect(sessionPage.contains("<td>acceptée dans le catalogue</td>"))
            let again = try await Self.decide(fixture, as: "dim@example.org", visitor, "\(observation.id)/accepter", [("valeur", "oui")])
            #expect(again.status == .unprocessableContent && again.text.contains("Observation\u{A0}: n°\u{A0}\(observation.id) déjà acceptée"))
        }
    }

    @Test func aRejectionNeedsAReasonAndIsKept() async throws {
        try await WebFixture.visit { fixture, visitor in
            let (session, observation) = try await Self.reported(fixture, visitor)
            let before = try fixture.store.products.history(product: "chorus")
            let refused = try await Self.decide(fixture, as: "dim@example.org", visitor, "\(observation.id)/rejeter", [("motif", " ")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("L’observation n°\u{A0}\(observation.id) n’est pas rejetée. Motif du rejet\u{A0}: obligatoire"))
            #expect(try fixture.store.observations.find(id: observation.id)?.status == .pending)
            let rejected = try await Self.decide(fixture, as: "dim@example.org", visitor, "\(observation.id)/rejeter",
                                                 [("motif", "Une seule équipe, version non précisée")])
            #expect(rejected.location == "/catalogue?ok=rejetee#observations")
            let decided = try #require(try fixture.store.observations.find(id: observation.id))
            #expect(decided.status == .rejected && decided.reason == "Une seule équipe, version non précisée")
            #expect(try fixture.store.products.history(product: "chorus") == before, "a rejection writes no fact")
            let sessionPage = try await visitor.get("/groupes/\(session)").text
            #expect(sessionPage.contains("<td>rejetée\u{A0}: Une seule équipe, version non précisée</td>"))
        }
    }

    /// Logs in as `email`, then posts a decision on an observation with the token of the catalog page.
    static func decide(_ fixture: WebFixture, as email: String, _ visitor: Visitor, _ path: String,
                       _ fields: [(String, String)]) async throws -> TestResponse {
        try await visitor.login(email)
        return try await visitor.submit("/catalogue/observations/\(path)", from: "/", fields)
    }
}

/// Every catalog and observation form needs the session's CSRF token: without it, 403 and nothing written.
@Suite("Catalogue : jeton CSRF")
struct CatalogCSRFTests {
    @Test(arguments: ["/catalogue", "/catalogue/chorus/faits", "/catalogue/observations/1/accepter",
                      "/catalogue/observations/1/rejeter", "/groupes/1/observations"])
    func aFormWithoutItsTokenIsRefusedAndWritesNothing(path: String) async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let session = try fixture.store.userGroups.save(id: nil, ObservationPageTests.session)
            let evidence = EvidenceCatalog(store: fixture.store, reference: try Checkout.loadRun().catalog)
            try evidence.recordObservation(ObservationEntry(product: "chorus", criterion: "BES-FACT-IDE", text: "Observé", suggestedValue: "oui"),
                                           session: session, by: "animation@example.org")
            let (products, facts) = (try fixture.store.products.all(), try fixture.store.products.history(product: "chorus"))
            let response = try await visitor.post(path, ObservationPageTests.observation + CatalogPageTests.goodFact
                                                  + [("identifiant", "nouveau"), ("nom", "Nouveau"), ("motif", "Doublon")])
            #expect(response.status == .forbidden && response.text.contains("Formulaire expiré"))
            #expect(try fixture.store.products.all() == products && fixture.store.products.history(product: "chorus") == facts)
            #expect(try fixture.store.observations.all(session: session).map(\.status) == [.pending])
        }
    }
}
