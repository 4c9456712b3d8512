import Catalog
import Comparator
import Deployment
import Foundation
import Reports
import Survey

/// Everything a run reads from the data directories: professions, criteria and products, the survey definition
/// (questionnaire, maturity grid, readiness rules), the deployment method, the sources' descriptions and the
/// document templates. `catalog validate`, `demo`, `serve` and the campaign commands all load it here, so what
/// validates is exactly what runs.
///
/// ```swift
/// let run = try RunData.load(catalog: URL(fileURLWithPath: "catalog"), templates: URL(fileURLWithPath: "templates"))
/// ```
public struct RunData: Sendable {
    public let catalog: ProductCatalog
    public let survey: SurveyDefinition
    public let method: DeploymentMethod
    /// Source file → how documents name it (`sources.yaml`; empty when the file is absent).
    public let sources: [String: String]
    public let templates: TemplateSet
    /// The sensitisation meeting's content (`catalog/sensitisation.yaml`).
    public let sensitisation: SensitisationKit

    /// Loads every file, then throws every problem of every file at once, as `file:line: message`.
    /// `templatesOverride` is a federation's folder whose files replace the built-in templates of the same name.
    public static func load(catalog directory: URL, templates: URL, templatesOverride: URL? = nil) throws(CatalogLoadError) -> RunData {
        let log = IssueLog()
        let loaded = CatalogFolder.read(directory, log: log)
        let templateSet = readTemplates(templates, override: templatesOverride, log: log)
        try log.throwIfAny()
        guard let loaded, let templateSet else { throw CatalogLoadError([]) }
        return RunData(catalog: loaded.catalog, survey: loaded.survey, method: loaded.method, sources: loaded.sources,
                       templates: templateSet, sensitisation: loaded.sensitisation)
    }

    private static func readTemplates(_ builtIn: URL, override: URL?, log: IssueLog) -> TemplateSet? {
        do { return try TemplateSet(builtIn: builtIn, override: override) } catch {
            for problem in error.problems {
                log.add(CatalogLoader.display(URL(fileURLWithPath: problem.file)), problem.line, problem.message)
            }
            return nil
        }
    }
}
