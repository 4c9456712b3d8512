import Application
import Catalog
import Comparator
import Deployment
import Foundation
import Reports
import Store
import Survey
import TestSupport
import Testing

/// The golden files of this target.
let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

/// Compares a rendered document with its golden file (`SIPADVISOR_UPDATE_GOLDEN=1 swift test` rewrites them).
func expectGolden(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try expectSnapshot(text, named: name, in: goldenFolder, sourceLocation: sourceLocation)
}

/// The fictional demo campaign pooled from an in-memory store (`TestSupport.DemoFixture`), built once per test process.
struct DemoData: Sendable {
    let catalog: ProductCatalog
    let survey: SurveyDefinition
    let profile: TeamProfile
    let plan: [PlannedAction]
    let people: [String: [String]]
    let sessions: [UserGroupSession]
    let method: DeploymentMethod

    static let shared: DemoData = try! DemoData()

    init() throws {
        let run = try Checkout.loadRun()
        let built = try DemoFixture.build(on: try TestStores.make(), run: run)
        catalog = run.catalog
        survey = run.survey
        (profile, plan) = try built.store.profile(campaignID: built.campaign.id, definition: survey, criteria: catalog.criteria)
        var people: [String: [String]] = [:]
        for respondent in built.respondents { people[respondent.profession, default: []].append(respondent.label) }
        self.people = people
        sessions = try ReportDataLoader.sessions(CatalogLoader.yamlFiles(in: Checkout.demo.appendingPathComponent("sessions")),
                                                 professions: Set(catalog.professions.map(\.id)))
        method = run.method
    }

    var labels: @Sendable (String) -> String {
        let labels = Dictionary(catalog.professions.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        return { labels[$0] ?? $0 }
    }

    /// The golden files' day (`GoldenTests.date`): the day their comparisons are made.
    static let asOf = EvidenceDay(year: 2026, month: 11, day: 23)

    func comparison() -> Comparison {
        var demo = catalog
        demo.products = catalog.products.filter(\.fictional)
        return Comparator.compare(catalog: demo, needs: profile.needs,
                                  options: ComparisonSettings(draws: 1000, seed: 7, asOf: Self.asOf).options)
    }
}
