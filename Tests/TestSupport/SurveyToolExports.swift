import Application
import Catalog
import Foundation
import Survey

/// Exports of the demo answers as KoboToolbox and LimeSurvey write them, built from a long-format answers file
/// (`catalog/demo/answers.csv`): the fixtures of `answers import --from`, so the same answers can come in both ways.
public enum SurveyToolExports {
    /// The long file's individual answers, respondent by respondent in file order (team answers left out).
    public static func demoAnswers() throws -> [(label: String, answers: [String: String])] {
        var order: [String] = [], answers: [String: [String: String]] = [:]
        for row in try RecordsCSV.answerRows(Checkout.demo.appendingPathComponent("answers.csv")) where row.respondent != "équipe" {
            if answers[row.respondent] == nil { order.append(row.respondent) }
            answers[row.respondent, default: [:]][row.item] = row.value
        }
        return order.map { ($0, answers[$0] ?? [:]) }
    }

    static func respondentSections(_ survey: SurveyDefinition) -> [Questionnaire.Section] {
        survey.sections.filter { $0.audience == .respondent }
    }

    /// A Kobo wide export: meta columns, `repondant` (empty labels leave it blank), `section/item` headers (`item` alone without `groups`),
    /// multiple choices space-separated plus Kobo's 0/1 column per option, one row per person.
    public static func kobo(_ people: [(label: String, answers: [String: String])], survey: SurveyDefinition,
                            groups: Bool = true) -> [[String]] {
        let sections = respondentSections(survey)
        var header = ["start", "end", "today", "repondant"], cells: [[String]] = people.map { person in
            ["2026-11-30T09:00:00.000+01:00", "2026-11-30T09:20:00.000+01:00", "2026-11-30", person.label]
        }
        for section in sections {
            for item in section.items {
                let name = groups ? "\(section.id)/\(item.id)" : item.id
                header.append(name)
                for (index, person) in people.enumerated() {
                    cells[index].append((person.answers[item.id] ?? "").replacingOccurrences(of: "|", with: " "))
                }
                guard item.kind == .multichoice else { continue }
                for option in item.options {
                    header.append("\(name)/\(option.code)")
                    for (index, person) in people.enumerated() {
                        let chosen = person.answers[item.id].map { $0.split(separator: "|").contains(Substring(option.code)) }
                        cells[index].append(chosen.map { $0 ? "1" : "0" } ?? "")
                    }
                }
            }
        }
        header += ["meta/instanceID", "_id", "_uuid", "_submission_time", "_validation_status", "_status", "__version__", "_index"]
        for index in cells.indices {
            cells[index] += ["uuid:\(index)", "\(1000 + index)", "uuid-\(index)", "2026-11-30T08:21:00", "", "submitted_via_web", "vAbc", "\(index + 1)"]
        }
        return [header] + cells
    }

    /// A LimeSurvey « codes » response export: its own columns, codes with letters and digits only, one
    /// `code[SQcode]` column per option of a multiple choice (`Y` when ticked), `Y`/`N` for yes/no.
    public static func limeSurvey(_ people: [(label: String, answers: [String: String])], survey: SurveyDefinition) -> [[String]] {
        func code(_ text: String) -> String { String(text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }) }
        var header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "repondant"]
        var cells: [[String]] = people.enumerated().map { ["\($0.offset + 1)", "2026-11-30 09:20:00", "7", "fr", "12345", $0.element.label] }
        for item in respondentSections(survey).flatMap(\.items) {
            let columns: [(String, (String?) -> String)]
            switch item.kind {
            case .multichoice:
                columns = item.options.map { option in
                    ("\(code(item.id))[\(code(option.code))]", { $0.map { $0.split(separator: "|").contains(Substring(option.code)) ? "Y" : "" } ?? "" })
                }
            case .boolean: columns = [(code(item.id), { $0.map { $0 == "true" ? "Y" : "N" } ?? "" })]
            case .choice, .scale: columns = [(code(item.id), { $0.map(code) ?? "" })]
            default: columns = [(code(item.id), { $0 ?? "" })]
            }
            for (name, value) in columns {
                header.append(name)
                for (index, person) in people.enumerated() { cells[index].append(value(person.answers[item.id])) }
            }
        }
        return [header] + cells
    }

    /// CSV text of `rows` with `separator`, fields quoted when they need it, CRLF line ends as Excel writes them.
    public static func csv(_ rows: [[String]], separator: String = ";") -> String {
        rows.map { row in
            row.map { field in
                field.contains(separator) || field.contains("\"") || field.contains("\n") ? "\"\(field.replacingOccurrences(of: "\"", with: "\"\""))\"" : field
            }.joined(separator: separator)
        }.joined(separator: "\r\n") + "\r\n"
    }
}

/// Runs a Python script of `scripts/` with `python3`; the outcome's status and output.
public enum PythonScript {
    public static func run(_ script: String, _ arguments: [String]) throws -> CommandOutcome {
        try BuiltExecutable.run(["python3", Checkout.root.appendingPathComponent("scripts/\(script)").path] + arguments,
                                executable: URL(fileURLWithPath: "/usr/bin/env"))
    }

    /// Whether `python3` can import `module` (`scripts/setup --test` installs the ones the tests use).
    public static func hasModule(_ module: String) -> Bool {
        (try? BuiltExecutable.run(["python3", "-c", "import \(module)"], executable: URL(fileURLWithPath: "/usr/bin/env")).status) == 0
    }
}
