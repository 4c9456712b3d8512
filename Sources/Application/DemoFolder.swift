import Catalog
import Comparator
import Foundation
import Survey

/// The fictional campaign of a catalog's `demo/` folder: respondents, answers and user-group sessions. `catalog
/// validate` checks them with the loaders `sipadvisor demo` runs them through (`campaign create`, `answers import`,
/// the session reader), so that a valid catalog also means a demo that runs. A catalog without `demo/` has nothing
/// to check.
public enum DemoFolder {
    public static func problems(catalog directory: URL, run: RunData) -> [CatalogIssue] {
        let demo = directory.appendingPathComponent("demo")
        guard FileManager.default.fileExists(atPath: demo.path) else { return [] }
        var issues: [CatalogIssue] = []
        var people: [(label: String, profession: String)] = []
        do { people = try RespondentsCSV.read(demo.appendingPathComponent("respondents.csv"), professions: run.catalog.professions) } catch {
            issues += error.issues
        }
        // Answers are checked against the respondents: with a broken respondents file they would all look unknown.
        if issues.isEmpty { issues += answerProblems(demo.appendingPathComponent("answers.csv"), people: people, survey: run.survey) }
        do {
            _ = try ReportDataLoader.sessions(CatalogLoader.yamlFiles(in: demo.appendingPathComponent("sessions")),
                                              professions: Set(run.catalog.professions.map(\.id)))
        } catch { issues += error.issues }
        return issues
    }

    /// The answers as `answers import` checks them right after `campaign create` (nobody has answered yet).
    private static func answerProblems(_ url: URL, people: [(label: String, profession: String)], survey: SurveyDefinition) -> [CatalogIssue] {
        let rows: [AnswerImport.Row]
        do { rows = try RecordsCSV.answerRows(url) } catch { return error.issues }
        let respondents = people.enumerated().map { index, person in
            AnswerImport.Respondent(id: Int64(index + 1), label: person.label, profession: person.profession, answers: [:])
        }
        guard case let .failure(failure) = AnswerImport.validate(rows, respondents: respondents, definition: survey) else { return [] }
        return failure.issues(in: url)
    }
}

extension RecordsCSV {
    /// A long-format answers file (`repondant`, `question`, `valeur`; `équipe` as respondent for team answers).
    public static func answerRows(_ url: URL) throws(CatalogLoadError) -> [AnswerImport.Row] {
        try read(url, required: ["repondant", "question", "valeur"]).map {
            AnswerImport.Row(line: $0.line, respondent: $0["repondant"] ?? "", item: $0["question"] ?? "", value: $0["valeur"] ?? "")
        }
    }
}

extension AnswerImport.Problems {
    /// Each problem located in the answers file it came from.
    public func issues(in url: URL) -> [CatalogIssue] {
        problems.map { CatalogIssue(file: CatalogLoader.display(url), line: $0.line, message: $0.message) }
    }
}
