import Catalog
import Comparator
import Foundation
import Survey

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
