import Catalog
import Foundation
import Survey

/// A survey tool's export read row by row into submissions: one respondent each, their answers located at the
/// cell they came from. Pure: what the store holds comes in as `taken` labels.
struct SurveyToolRows {
    /// One answer and where it is in the file.
    struct Cell {
        var line: Int
        var column: Int
        var header: String
        var raw: String
        var item: String
        /// As the product's own import takes it (`SurveyToolColumns.value`).
        var value: String
    }

    struct Submission {
        var line: Int
        var label: String
        var profession: String
        var cells: [Cell]
    }

    /// A problem at a row and column (column nil for the whole row), sorted as the file reads.
    struct Located: Comparable {
        var line: Int
        var column: Int?
        var message: String

        static func < (lhs: Located, rhs: Located) -> Bool { (lhs.line, lhs.column ?? -1) < (rhs.line, rhs.column ?? -1) }
    }

    let columns: SurveyToolColumns
    let header: [String]
    let meanings: [ColumnMeaning]

    init(columns: SurveyToolColumns, header: [String]) {
        self.columns = columns
        self.header = header
        meanings = header.map { columns.meaning(of: $0) }
    }

    /// `colonne D («\u{A0}outil\u{A0}»)`: the letter a spreadsheet shows, and the column's name.
    func place(_ column: Int) -> String {
        let name = header[column].isEmpty ? "" : " («\u{A0}\(header[column])\u{A0}»)"
        return "colonne \(CellReading.columnLetters(column))\(name)"
    }

    /// Problems of the header: columns no question matches, a missing profession column, LimeSurvey ambiguities.
    func headerProblems() -> [Located] {
        var problems = columns.problems.map { Located(line: 1, column: nil, message: $0) }
        for (index, meaning) in meanings.enumerated() {
            switch meaning {
            case .unknown(let reason):
                problems.append(Located(line: 1, column: index, message: "\(place(index))\u{A0}: \(reason)"))
            case .optionCopy(let item) where !meanings.contains(.item(item)):
                problems.append(Located(line: 1, column: index, message: "\(place(index))\u{A0}: case de la question «\u{A0}\(item)\u{A0}» "
                                        + "sans la colonne de la question elle-même (réponses séparées par des espaces)\u{A0}: exportez-la aussi"))
            default: break
            }
        }
        if !meanings.contains(.item(WellKnownItem.profession.id)) {
            problems.append(Located(line: 1, column: nil, message: "pas de colonne «\u{A0}\(WellKnownItem.profession.id)\u{A0}»\u{A0}: "
                                    + "chaque ligne doit dire la profession de la personne"))
        }
        return problems
    }

    /// Whether a row is left out rather than imported, and why (LimeSurvey's responses never submitted, blank rows).
    func skipReason(_ row: LocatedCSV.Row) -> String? {
        if let submit = meanings.firstIndex(of: .submitDate), field(row, submit).isEmpty {
            return "réponse jamais envoyée («\u{A0}submitdate\u{A0}» vide)"
        }
        let answered = meanings.indices.contains { index in
            switch meanings[index] {
            case .item: !field(row, index).isEmpty
            case .option: SurveyToolColumns.ticked(field(row, index)) == true
            default: false
            }
        }
        return answered ? nil : "aucune réponse sur cette ligne"
    }

    func field(_ row: LocatedCSV.Row, _ index: Int) -> String {
        index < row.fields.count ? row.fields[index].trimmingCharacters(in: .whitespacesAndNewlines) : ""
    }

    /// Where an unnamed respondent comes from, stable across exports when the tool's id is there (Kobo's `_uuid`
    /// shortened, LimeSurvey's response number), else the row (which changes if the export is sorted).
    private func source(_ submissionID: String, line: Int) -> String {
        let id = submissionID.hasPrefix("uuid:") ? String(submissionID.dropFirst(5)) : submissionID
        guard !id.isEmpty else { return "ligne \(line)" }
        return columns.tool == .kobo ? "Kobo \(id.prefix(8))" : "LimeSurvey n°\u{A0}\(id)"
    }

    /// The row's answers, its profession and label; problems of its cells that are not answers' (a checkbox value, a
    /// missing or unknown profession, a value beyond the header).
    func submission(_ row: LocatedCSV.Row) -> (submission: Submission?, problems: [Located]) {
        var cells: [Cell] = [], problems: [Located] = [], ticked: [String: (column: Int, codes: [String])] = [:]
        var label = "", submissionID = ""
        for index in row.fields.indices where !field(row, index).isEmpty {
            let raw = field(row, index)
            guard index < meanings.count else {
                problems.append(Located(line: row.line, column: index, message: "colonne \(CellReading.columnLetters(index)) sans en-tête\u{A0}: "
                                        + "valeur «\u{A0}\(raw)\u{A0}» hors du tableau"))
                continue
            }
            switch meanings[index] {
            case .item(let id):
                guard let item = columns.survey.item(id) else { continue }
                cells.append(Cell(line: row.line, column: index, header: header[index], raw: raw, item: id, value: columns.value(raw, for: item)))
            case .option(let item, let code):
                switch SurveyToolColumns.ticked(raw) {
                case true?: ticked[item, default: (index, [])].codes.append(code)
                case false?: break
                case nil: problems.append(Located(line: row.line, column: index, message: "\(place(index))\u{A0}: «\u{A0}\(raw)\u{A0}» "
                                                  + "n'est pas une case cochée («\u{A0}Y\u{A0}») ou vide"))
                }
            case .respondentLabel: label = TypedText.cleaned(raw)
            case .submissionID: submissionID = TypedText.cleaned(raw)
            default: break
            }
        }
        for (item, checked) in ticked.sorted(by: { $0.value.column < $1.value.column }) {
            let codes = checked.codes.joined(separator: "|")
            cells.append(Cell(line: row.line, column: checked.column, header: header[checked.column], raw: codes, item: item, value: codes))
        }
        guard let profession = profession(of: row, cells: cells, problems: &problems) else { return (nil, problems) }
        if label.isEmpty { label = "\(columns.survey.professionLabel(profession)) (\(source(submissionID, line: row.line)))" }
        return (Submission(line: row.line, label: label, profession: profession, cells: cells), problems)
    }

    private func profession(of row: LocatedCSV.Row, cells: [Cell], problems: inout [Located]) -> String? {
        guard let item = columns.survey.item(WellKnownItem.profession.id) else { return nil }
        guard let cell = cells.first(where: { $0.item == item.id }) else {
            problems.append(Located(line: row.line, column: meanings.firstIndex(of: .item(item.id)),
                                    message: "profession non renseignée\u{A0}: la ligne ne peut pas être rattachée à une profession"))
            return nil
        }
        switch AnswerValidation.normalise(cell.value, for: item, in: columns.survey) {
        case .success(let profession): return profession
        case .failure(let problem):
            problems.append(Located(line: row.line, column: cell.column, message: "\(place(cell.column))\u{A0}: \(problem.message)"))
            return nil
        }
    }
}
