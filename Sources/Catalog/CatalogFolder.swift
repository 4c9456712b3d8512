import Comparator
import Deployment
import Foundation
import Survey

/// The data of a catalog folder read together (products, survey definition, deployment method, sources: id →
/// title, the sensitisation meeting's content), every problem of every file collected in the log.
/// `Application.RunData` adds the templates.
public enum CatalogFolder {
    public struct Contents: Sendable {
        public var catalog: ProductCatalog
        public var survey: SurveyDefinition
        public var method: DeploymentMethod
        public var sources: [String: String]
        public var sensitisation: SensitisationKit
    }

    public static func read(_ directory: URL, log: IssueLog) -> Contents? {
        if let missing = missing(directory) {
            log.add(missing.file, missing.line, missing.message)
            return nil
        }
        let reading = CatalogLoader.read(directory, includeDemo: true, log: log)
        let survey = SurveyLoader.read(directory, professions: reading.professions,
                                       criteria: reading.criteria.map { Set($0.map(\.id)) }, log: log)
        let method = ReportDataLoader.readMethod(directory.appendingPathComponent("method.yaml"), log: log)
        let sensitisation = SensitisationReader.read(directory.appendingPathComponent("sensitisation.yaml"), sources: reading.sources, log: log)
        guard let survey, let method, let sensitisation else { return nil }
        return Contents(catalog: reading.catalog, survey: survey, method: method, sources: reading.sources?.titles ?? [:],
                        sensitisation: sensitisation)
    }

    /// The problem of a catalog folder that does not exist, nil when it does.
    public static func missing(_ directory: URL) -> CatalogIssue? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue { return nil }
        return CatalogIssue(file: CatalogLoader.display(directory), line: nil, message: "dossier du catalogue introuvable")
    }
}
