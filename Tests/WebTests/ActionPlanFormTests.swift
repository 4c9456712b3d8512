import Foundation
import HTTPTypes
import HummingbirdTesting
import Store
import Survey
import Testing

/// The action plan's web form goes through the same rule as `sipadvisor plan` (`ActionPlanEditing`).
@Suite("Plan d'actions sur le web")
struct ActionPlanFormTests {
    @Test func aRefusedFieldIsNamedOnTheErrorPageAndNothingIsSaved() async throws {
        try await WebFixture.visit(loggedInAs: "coord@example.org") { fixture, visitor in
            let form = try await visitor.get("/campagnes/1/actions")
            let dimension = try #require(form.text.firstMatch(of: /name="dimension" value="([^"]+)"/)?.1)
            let refused = try await visitor.submit("/campagnes/1/actions", from: "/campagnes/1/actions", [
                ("dimension", String(dimension)), ("titre", "Charte"), ("pilote", "Coordinatrice"), ("echeance", "31/03/2027"),
                ("moyens", ""), ("indicateur", ""), ("etat", "à faire"),
            ])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("échéance\u{00A0}: date attendue au format AAAA-MM-JJ"))
            #expect(try fixture.store.actionPlans.saved(campaignID: 1).isEmpty)

            let saved = try await visitor.submit("/campagnes/1/actions", from: "/campagnes/1/actions", [
                ("dimension", String(dimension)), ("titre", "Charte"), ("pilote", "Coordinatrice"), ("echeance", "2027-03-31"),
                ("moyens", ""), ("indicateur", ""), ("etat", "en cours"),
            ])
            #expect(saved.status == .seeOther || saved.status == .found)
            let action = try #require(try fixture.store.actionPlans.saved(campaignID: 1).first)
            #expect(action.title == "Charte" && action.due == "2027-03-31" && action.status == .enCours)
            #expect(!action.means.isEmpty)
        }
    }
}
