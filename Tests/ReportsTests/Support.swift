import Application
import ArgumentParser
import Catalog
import Commands
import Comparator
import Deployment
import Foundation
import Reports
import Store
import Survey
import TestSupport
import Testing

enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let catalog = root.appendingPathComponent("catalog")
    static let templates = root.appendingPathComponent("templates")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
}

/// Compares a rendered document with its golden file (`SIPADVISOR_UPDATE_GOLDEN=1 swift test` rewrites them).
func expectGolden(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try expectSnapshot(text, named: name, in: Repository.golden, sourceLocation: sourceLocation)
}

/// The fictional demo campaign in a temporary SQLite file, built once per test process.
struct DemoCampaign: Sendable {
    let catalog: ProductCatalog
    let survey: SurveyDefinition
    let profile: TeamProfile
    let plan: [PlannedAction]
    let people: [String: [String]]
    let sessions: [UserGroupSession]
    let method: DeploymentMethod

    static let shared: DemoCampaign = try! DemoCampaign()

    init() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sipadvisor-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("demo.sqlite").path
        let common = ["--catalog", Repository.catalog.path, "--database", database]
        for arguments in [["team", "add", "--name", "MSP des Hirondelles (fictive)", "--fictional"],
                          ["campaign", "create", "--team", "1", "--respondents", Repository.catalog.appendingPathComponent("demo/respondents.csv").path],
                          ["answers", "import", "1", Repository.catalog.appendingPathComponent("demo/answers.csv").path]] {
            #expect(runInProcess(arguments + common) == 0, "\(arguments)")
        }
        catalog = try CatalogLoader.load(directory: Repository.catalog)
        survey = try SurveyLoader.load(directory: Repository.catalog, catalog: catalog)
        let store = try AppDatabase.file(path: database)
        (profile, plan) = try store.profile(campaignID: 1, definition: survey, criteria: catalog.criteria)
        var people: [String: [String]] = [:]
        for respondent in try store.campaigns.respondents(campaignID: 1) { people[respondent.profession, default: []].append(respondent.label) }
        self.people = people
        sessions = try ReportDataLoader.sessions(
            CatalogLoader.yamlFiles(in: Repository.catalog.appendingPathComponent("demo/sessions")),
            professions: Set(catalog.professions.map(\.id)))
        method = try ReportDataLoader.method(Repository.catalog.appendingPathComponent("method.yaml"))
    }

    var labels: @Sendable (String) -> String {
        let labels = Dictionary(catalog.professions.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
        return { labels[$0] ?? $0 }
    }

    func comparison() -> Comparison {
        var demo = catalog
        demo.products = catalog.products.filter(\.fictional)
        return Comparator.compare(catalog: demo, needs: profile.needs,
                                  options: ComparisonSettings(draws: 1000, seed: 7).options)
    }
}
