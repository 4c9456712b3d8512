import Application
import Foundation
import HTTPTypes
import HummingbirdTesting
import Store
import Survey
import TestSupport
import Testing
import Web

/// French typography on the pages (`Page.html`, the one exit of every page): no regular space or line break before
/// « : ; ! ? », none inside « », no « 1e » — and what a user typed comes back in its field unchanged.
@Suite("Typographie des pages")
struct TypographyPageTests {
    static func pages(campaign: Int64) -> [String] {
        ["/", "/equipes", "/campagnes/\(campaign)", "/campagnes/\(campaign)/synthese", "/campagnes/\(campaign)/comparaison",
         "/campagnes/\(campaign)/plan", "/campagnes/\(campaign)/actions", "/campagnes/\(campaign)/liens", "/tableau-de-bord",
         "/catalogue", "/catalogue/chorus", "/groupes", "/confidentialite"]
    }

    @Test func pagesKeepPunctuationWithItsWord() async throws {
        let fixture = try WebFixture(teamName: "MSP du Test (fictive)")
        defer { fixture.remove() }
        let built = try DemoFixture.build(on: fixture.store, run: try Checkout.loadRun())
        try await fixture.application.test(.router) { client in
            let dim = Visitor(client)
            try await dim.login("dim@example.org")
            for path in Self.pages(campaign: built.campaign.id) {
                let page = try await dim.get(path)
                #expect(page.status == .ok, "\(path)")
                let problems = TypographyCheck.problems(html: page.text)
                #expect(problems.isEmpty, "\(path) : \(problems.prefix(6))")
            }
            let respondent = Visitor(client)
            for page in 1...3 {
                let path = "/r/\(try built.respondent("IDE 1").token)/page/\(page)"
                let questionnaire = try await respondent.get(path)
                #expect(questionnaire.status == .ok, "\(path)")
                #expect(TypographyCheck.problems(html: questionnaire.text).isEmpty, "\(path) : \(TypographyCheck.problems(html: questionnaire.text).prefix(6))")
            }
        }
    }

    @Test func aTypedValueComesBackInItsFieldUnchanged() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let dimension = try Checkout.loadRun().survey.grid.dimensions[0].id
            let typed = "Ordre du jour : relances ; « bilan » ?"
            let saved = try await visitor.submit("/campagnes/1/actions", from: "/campagnes/1/actions",
                                                 [("dimension", dimension), ("titre", typed), ("pilote", "Camille"), ("echeance", ""),
                                                  ("moyens", ""), ("indicateur", ""), ("etat", "à faire")])
            #expect(saved.status == .seeOther)
            let page = try await visitor.get("/campagnes/1/actions")
            #expect(page.text.contains("name=\"titre\" value=\"\(typed)\""), "\(page.text.prefix(3_000))")
            #expect(try fixture.store.actionPlans.saved(campaignID: 1).first?.title == typed)
        }
    }
}
