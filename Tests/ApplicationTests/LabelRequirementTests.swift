import Application
import Comparator
import Foundation
import Store
import Survey
import TestSupport
import Testing

/// A team says on its team page that it requires labelled software (the ACI prerequisite): the campaign's
/// comparison then excludes the product that no longer meets the label, through the ordinary must-have filter.
@Suite("Exiger un logiciel labellisé depuis la page de l'équipe")
struct LabelRequirementTests {
    @Test(arguments: [("true", ["medistory"]), ("false", [])])
    func theTeamAnswerDecidesTheExclusion(answer: String, excluded: [String]) throws {
        let run = try Checkout.loadRun()
        let store = try TestStores.make()
        let built = try DemoFixture.build(on: store, run: run)
        let saving = AnswerSaving(database: store, survey: run.survey)
        let item = try #require(run.survey.questionnaire.item(WellKnownItem.labelledSoftware.id))
        let checked = saving.check(.init(shown: [item], stored: [:], submitted: [item.id: answer])) { _, _ in true }
        #expect(checked.errors.isEmpty)
        try saving.saveTeamPage(checked, campaignID: built.campaign.id)

        let documents = try CampaignDocuments(store: store, campaign: built.campaign.id, catalog: run.catalog,
                                              survey: run.survey, method: run.method)
        let comparison = documents.comparison(products: { !$0.fictional },
                                              settings: .standard(asOf: EvidenceDay(year: 2026, month: 12, day: 1)))
        #expect(comparison.excluded.map(\.productID) == excluded)
        #expect(comparison.excluded.first?.reasons.map(\.criterion) ?? [WellKnownCriterion.labelled]
                == [WellKnownCriterion.labelled])
    }
}
