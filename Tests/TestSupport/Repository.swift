import Application
import Catalog
import Comparator
import Foundation
import Survey

/// The checkout this test build comes from, its data folders and what they load into.
public enum Checkout {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let catalog = root.appendingPathComponent("catalog")
    public static let templates = root.appendingPathComponent("templates")
    /// The fictional demo campaign's files (`respondents.csv`, `answers.csv`, `needs.yaml`, `sessions/`).
    public static let demo = catalog.appendingPathComponent("demo")

    public static func loadCatalog() throws -> ProductCatalog { try CatalogLoader.load(directory: catalog) }

    public static func loadSurvey() throws -> (ProductCatalog, SurveyDefinition) {
        let products = try loadCatalog()
        return (products, try SurveyLoader.load(directory: catalog, catalog: products))
    }

    /// Everything a run of the repository's data reads (catalog, survey, method, templates), loaded once per process.
    public static func loadRun() throws -> RunData { try run.get() }

    private static let run = Result { try RunData.load(catalog: catalog, templates: templates) }
}
