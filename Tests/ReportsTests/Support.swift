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

/// Compares a rendered document with its golden file. `SIPADVISOR_UPDATE_GOLDEN=1 swift test` rewrites the files
/// (then review the diff before committing).
func expectGolden(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = Repository.golden.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["SIPADVISOR_UPDATE_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: Repository.golden, withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if expected != text {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = Array(zip(expectedLines, lines)).firstIndex { $0.0 != $0.1 } ?? min(expectedLines.count, lines.count)
        Issue.record("\(name) differs from its golden file at line \(first + 1):\n- \(first < expectedLines.count ? String(expectedLines[first]) : "<end>")\n+ \(first < lines.count ? String(lines[first]) : "<end>")",
                     sourceLocation: sourceLocation)
    }
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
            var command = try SIPAdvisorCommand.parseAsRoot(arguments + common)
            try command.run()
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
                                  options: .init(method: .wsm, sensitivity: SensitivityOptions(draws: 1000, seed: 7, spread: 0.2)))
    }
}
