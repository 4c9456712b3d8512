import Catalog
import Comparator
import Foundation
import Store
import Survey

/// `sipadvisor answers import ID FILE --from kobo|limesurvey`: a survey tool's export (one row per submission, CSV
/// or XLSX) checked whole against the campaign, then its people added as respondents with their answers in one
/// transaction. Every answer goes through the product's own import check (`AnswerImport.validate`: values, skip
/// rules, duplicates); every problem is reported at its row and column, and nothing is written when there is one.
///
/// Each row is a new respondent, labelled by the form's optional `repondant` question, else by its profession and
/// the tool's id of the submission (« Infirmier·e (Kobo 3f2a9c1b) », or the row when the export has no id). A row
/// whose label is already in the campaign is skipped and said, not refused: survey tools export every submission
/// each time, so the next export holds the people imported before and the new ones, and only the new ones are added.
public struct SurveyToolImport: Sendable {
    public let database: AppDatabase
    public let survey: SurveyDefinition

    public init(database: AppDatabase, survey: SurveyDefinition) {
        self.database = database
        self.survey = survey
    }

    public struct Summary: Sendable, Equatable {
        public var tool: SurveyTool
        public var respondents: Int
        public var answers: Int
        public var completed: Int
        /// Profession label and people added, in the survey's order of professions.
        public var byProfession: [String]
        /// Rows left out on purpose (a LimeSurvey response never submitted, a blank row), located.
        public var skipped: [CatalogIssue]

        /// What the CLI prints and the campaign page shows.
        public var lines: [String] {
            guard respondents > 0 else {
                return ["\(tool.name)\u{A0}: aucune personne ajoutée à la campagne."] + skipped.map { "Ligne ignorée\u{A0}: \($0)" }
            }
            return ["\(tool.name)\u{A0}: \(respondents) personne(s) ajoutée(s) à la campagne avec \(answers) réponse(s).",
                    "Par profession\u{A0}: \(byProfession.joined(separator: ", ")).",
                    AnswerImport.completionSentence(completed: completed, of: respondents)]
                + skipped.map { "Ligne ignorée\u{A0}: \($0)" }
        }
    }

    /// Checks the file and, when nothing is wrong, writes it; `name` is what messages call the file.
    public func importFile(_ data: Data, name: String, from tool: SurveyTool, campaignID: Int64) throws -> Result<Summary, CatalogLoadError> {
        guard try database.campaigns.find(id: campaignID) != nil else { throw StoreError.unknownCampaign(String(campaignID)) }
        let table: LocatedCSV.Table
        do { table = try SurveyToolFile.table(data, name: name) } catch { return .failure(error) }
        let taken = Set(try database.campaigns.respondents(campaignID: campaignID).map(\.label))
        switch check(table, tool: tool, taken: taken) {
        case .failure(let refusal):
            return .failure(CatalogLoadError(refusal.problems.sorted().map { CatalogIssue(file: name, line: $0.line, message: $0.message) }))
        case .success(let checked):
            try database.answers.add(checked.people, campaignID: campaignID)
            return .success(summary(checked, tool: tool, name: name))
        }
    }

    struct Checked {
        var people: [Answers.NewRespondent]
        var skipped: [SurveyToolRows.Located]
    }

    struct Refusal: Error {
        var problems: [SurveyToolRows.Located]
    }

    /// Every problem of the file, or the people to add.
    func check(_ table: LocatedCSV.Table, tool: SurveyTool, taken: Set<String>) -> Result<Checked, Refusal> {
        let reading = SurveyToolRows(columns: SurveyToolColumns(tool: tool, survey: survey), header: table.header)
        var problems = reading.headerProblems(), skipped: [SurveyToolRows.Located] = [], submissions: [SurveyToolRows.Submission] = []
        if !reading.meanings.contains(.item(WellKnownItem.profession.id)) { return .failure(Refusal(problems: problems)) }
        for row in table.rows {
            if let reason = reading.skipReason(row) { skipped.append(.init(line: row.line, column: nil, message: reason)); continue }
            let read = reading.submission(row)
            problems += read.problems
            if let submission = read.submission { submissions.append(submission) }
        }
        let already = submissions.filter { taken.contains($0.label) }
        skipped += already.map { .init(line: $0.line, column: nil, message: "«\u{A0}\($0.label)\u{A0}» est déjà dans la campagne (import précédent)") }
        submissions.removeAll { taken.contains($0.label) }
        problems += labelProblems(submissions)
        let validated = validate(submissions, reading: reading)
        problems += validated.problems
        guard problems.isEmpty else { return .failure(Refusal(problems: problems)) }
        return .success(Checked(people: validated.people, skipped: skipped.sorted { $0.line < $1.line }))
    }

    /// Labels must be valid and not twice in the file.
    private func labelProblems(_ submissions: [SurveyToolRows.Submission]) -> [SurveyToolRows.Located] {
        var first: [String: Int] = [:]
        return submissions.compactMap { submission in
            let label = submission.label
            defer { if first[label] == nil { first[label] = submission.line } }
            if let problem = Invitee.labelProblem(label) { return .init(line: submission.line, column: nil, message: "répondant\u{A0}: \(problem)") }
            if let line = first[label] { return .init(line: submission.line, column: nil, message: "«\u{A0}\(label)\u{A0}» figure déjà ligne \(line)") }
            return nil
        }
    }

    /// The product's own import check on every answer (each row a respondent not yet in the store, with a
    /// placeholder id), its problems placed back at their cell.
    private func validate(_ submissions: [SurveyToolRows.Submission], reading: SurveyToolRows)
    -> (people: [Answers.NewRespondent], problems: [SurveyToolRows.Located]) {
        let cells = submissions.flatMap { submission in submission.cells.map { (submission.label, $0) } }
        let rows = cells.enumerated().map { AnswerImport.Row(line: $0.offset, respondent: $0.element.0, item: $0.element.1.item, value: $0.element.1.value) }
        let respondents = submissions.enumerated().map {
            AnswerImport.Respondent(id: -Int64($0.offset + 1), label: $0.element.label, profession: $0.element.profession, answers: [:])
        }
        switch AnswerImport.validate(rows, respondents: respondents, definition: survey) {
        case .failure(let failure):
            return ([], failure.problems.map { problem in
                let cell = cells[problem.line].1
                return .init(line: cell.line, column: cell.column,
                             message: "\(reading.place(cell.column)), valeur «\u{A0}\(cell.raw)\u{A0}»\u{A0}: \(problem.message)")
            })
        case .success(let plan):
            let answers = Dictionary(grouping: plan.respondentAnswers, by: \.respondentID)
            let completing = Set(plan.completing)
            return (submissions.enumerated().map { index, submission in
                let id = -Int64(index + 1)
                return Answers.NewRespondent(invitee: Invitee(label: submission.label, profession: submission.profession),
                                             answers: (answers[id] ?? []).map { ($0.item, $0.value) }, completed: completing.contains(id))
            }, [])
        }
    }

    private func summary(_ checked: Checked, tool: SurveyTool, name: String) -> Summary {
        let counts = Dictionary(grouping: checked.people, by: \.invitee.profession).mapValues(\.count)
        return Summary(
            tool: tool, respondents: checked.people.count, answers: checked.people.map(\.answers.count).reduce(0, +),
            completed: checked.people.filter(\.completed).count,
            byProfession: survey.professions.compactMap { profession in counts[profession.id].map { "\(profession.label) \($0)" } },
            skipped: checked.skipped.map { CatalogIssue(file: name, line: $0.line, message: $0.message) })
    }
}

/// The file of a survey tool as a table: an XLSX workbook's first sheet, or CSV (`,` `;` or tab) in any encoding
/// `SpreadsheetText` recognises, rows numbered as a spreadsheet shows them.
public enum SurveyToolFile {
    public static func table(_ data: Data, name: String) throws(CatalogLoadError) -> LocatedCSV.Table {
        func refused(_ line: Int?, _ message: String) -> CatalogLoadError { CatalogLoadError([CatalogIssue(file: name, line: line, message: message)]) }
        if XLSXReader.isArchive(data) {
            do { return try XLSXReader.firstSheet(data) } catch { throw refused(nil, error.message) }
        }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw refused(nil, "classeur Excel 97-2003 (.xls) non lu\u{A0}: enregistrez-le au format «\u{A0}Classeur Excel (.xlsx)\u{A0}» ou en CSV")
        }
        switch SpreadsheetText.decode(data) {
        case .failure(let problem): throw refused(problem.line, problem.message)
        case .success(let decoded): return try LocatedCSV.read(text: decoded.text, name: name, numbering: .spreadsheetRow)
        }
    }
}
