import Deployment
import Foundation
import HummingbirdTesting
import Store
import Testing
import Web

/// The catalog's forms in headless Chromium (`scripts/browser_catalog.py`), at phone width; the store is checked here.
extension BrowserTests {
    @Test func theDIMRecordsAFactThroughTheCatalogForm() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.runBrowserScript("scripts/browser_catalog.py", ["--password", WebFixture.password, "fact"],
                                           expecting: "OK navigateur : fait enregistré")
        let history = try fixture.store.products.history(product: "chorus", criterion: "BES-FACT-MK")
        #expect(history.count == 1, "the refused attempt wrote nothing")
        let fact = try #require(history.first)
        #expect(fact.value == "true" && fact.grade == "demo" && fact.date == "2026-11-20" && fact.recordedBy == "dim@example.org")
        #expect(fact.source == "Démonstration <Chorus> du 20 novembre 2026 & compte rendu")
        #expect(fact.note == "Séries de séances\nà domicile comprises", "the browser's CRLF stored as one line break")
    }

    @Test func theDIMAcceptsAUserGroupObservationInTheBrowser() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let session = try fixture.store.userGroups.save(id: nil, UserGroupSession(
            software: "Chorus", date: "2026-03-12", mode: .visio, place: nil, facilitator: "Camille", noteTaker: nil, teams: [],
            attendees: [], agenda: [], topics: [], requests: [], decisions: [], actions: [], nextMeeting: nil))
        try await fixture.runBrowserScript("scripts/browser_catalog.py", ["--password", WebFixture.password, "--session", "\(session)", "observation"],
                                           expecting: "OK navigateur : observation acceptée")
        let observation = try #require(try fixture.store.observations.all(session: session).first)
        #expect(observation.status == .accepted && observation.recordedBy == "animation@example.org" && observation.decidedBy == "dim@example.org")
        let fact = try #require(try fixture.store.products.history(product: "chorus", criterion: "BES-FACT-IDE").first)
        #expect(fact.id == observation.factId && fact.value == "true" && fact.grade == "usergroup" && fact.date == "2026-03-12")
        #expect(fact.source == "groupe utilisateurs Chorus du 12 mars 2026, compte rendu")
        #expect(fact.note == "Les infirmières facturent maintenant en tournée")
    }
}
