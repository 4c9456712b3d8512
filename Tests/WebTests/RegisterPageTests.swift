import Application
import Foundation
import HTTPTypes
import HummingbirdTesting
import Store
import Testing
import Web

/// The register on the team page, the label alerts and the facilitators' pages: who may read and write them.
@Suite("Registre et facilitateurs (pages)")
struct RegisterPageTests {
    static let writes: [(path: String, form: String, fields: [(String, String)])] = [
        ("/equipes/1/logiciels", "/equipes/1", [("logiciel", "chorus"), ("version", "6"), ("depuis", "2026-01-05")]),
        ("/equipes/1/etape", "/equipes/1", [("etape", "pendant"), ("depuis", "2026-01-05")]),
        ("/facilitateurs", "/", [("nom", "Camille"), ("profession", "infirmier"), ("equipe", "2")]),
    ]

    /// The DIM and the admin read and write; a coordinator reads their team's register only; the user-group
    /// facilitator role sees neither (facilitators of the pool are personal data).
    @Test(arguments: [
        ("admin@example.org", 200, 200, true), ("dim@example.org", 200, 200, true),
        ("coord@example.org", 200, 403, false), ("animation@example.org", 403, 403, false),
    ])
    func eachRoleReadsAndWritesOnlyWhatItMay(email: String, teamPage: Int, pool: Int, writes: Bool) async throws {
        try await WebFixture.visit(loggedInAs: email) { fixture, visitor in
            let team = try await visitor.get("/equipes/1")
            #expect(Int(team.status.code) == teamPage, "\(email) team page")
            if teamPage == 200 {
                #expect(team.text.contains("Logiciels en service"))
                #expect(team.text.contains("action=\"/equipes/1/logiciels") == writes, "only the DIM gets the form")
            }
            #expect(Int(try await visitor.get("/facilitateurs").status.code) == pool, "\(email) pool")
            #expect(Int(try await visitor.get("/facilitateurs/bilan.csv").status.code) == pool, "\(email) report")
            for write in Self.writes {
                let response = try await visitor.submit(write.path, from: write.form, write.fields)
                #expect((response.status == .seeOther) == writes, "\(email) \(write.path): \(response.status)")
            }
            #expect(try fixture.store.teamSoftware.history(team: 1).isEmpty != writes)
            #expect(try fixture.store.facilitators.all().isEmpty != writes)
        }
    }

    @Test func aRefusedEntryComesBackWithItsFieldNamedAndWhatWasTyped() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let response = try await visitor.submit("/equipes/1/logiciels", from: "/equipes/1", [
                ("logiciel", "chorus"), ("version", "6.2 <b>"), ("depuis", "2026-03-01"), ("fin_contrat", "2026-02-01"),
            ])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Le registre n’est pas modifié. Fin de contrat\u{A0}: avant la date de début (2026-03-01)."))
            #expect(response.text.contains("value=\"6.2 &lt;b&gt;\""), "typed value kept, escaped")
            #expect(try fixture.store.teamSoftware.history(team: 1).isEmpty)
        }
    }

    @Test func teamsOnAProductThatNoLongerMeetsTheLabelAreShownToTheDIMOnly() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            // Médistory ships as « ne répond plus au label V2 » (the memoir, 2017).
            try fixture.store.teamSoftware.record(.init(teamID: 2, productID: "medistory", version: "4", since: "2020-01-01"), by: "dim")
            try fixture.store.teamSoftware.record(.init(teamID: 1, productID: "medistory", version: "4", since: "2018-01-01",
                                                        until: "2022-01-01"), by: "dim")
            let alert = "<a href=\"/equipes/2\">MSP des Saules (fictive)</a>\u{A0}: Médistory 4, depuis le 2020-01-01"
            let home = try await visitor.get("/")
            #expect(home.text.contains(alert))
            #expect(!home.text.contains("/equipes/1\">"), "a team that left the product is not listed")
            #expect(try await visitor.get("/catalogue/medistory").text.contains(alert))
            #expect(!(try await visitor.get("/catalogue/chorus").text.contains("ne répond plus au label</h2>")))
            let coordinator = Visitor(visitor.client)
            try await coordinator.login("coord@example.org")
            #expect(!(try await coordinator.get("/").text.contains("MSP des Saules")))
            #expect(!(try await coordinator.get("/catalogue/medistory").text.contains("MSP des Saules")))
        }
    }

    @Test func suggestionsShowTheirReasonAndThePrivacyNoticeNamesThePool() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            try fixture.store.teamSoftware.record(.init(teamID: 1, productID: "chorus", version: "6", since: "2025-01-01"), by: "dim")
            try await visitor.submit("/facilitateurs", from: "/facilitateurs", [
                ("nom", "Camille <Martin>"), ("profession", "infirmier"), ("equipe", "2"), ("maitrise", "chorus"), ("annee", "2022"),
                ("disponibilite", "le mardi"),
            ])
            let page = try await visitor.get("/facilitateurs?equipe=1")
            #expect(page.text.contains("Camille &lt;Martin&gt; (MSP des Saules (fictive))\u{A0}: maîtrise Chorus depuis 2022, infirmier·e — le mardi"))
            let refused = try await visitor.submit("/facilitateurs/interventions", from: "/facilitateurs", [
                ("facilitateur", "1"), ("equipe", "1"), ("date", "2026-02-03"), ("sujet", "Choix"), ("heures", "abc"),
            ])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Rien n&#39;est inscrit. Heures\u{A0}: un nombre d&#39;heures"))
            let notice = try await Visitor(visitor.client).get("/confidentialite")
            #expect(notice.text.contains("Pool de facilitateurs"))
        }
    }
}
