import Catalog
import Comparator
import Reports
import Survey

extension EditorReply {
    /// One answered question that becomes a fact.
    struct Answer {
        var line: Int, id: String, value: String, comment: String
    }

    /// The rows of a reply, checked one by one: what `FactEntry` does not know (question ids, answers to questions
    /// without a criterion, the team row) is checked here; the facts' values are `FactEntry`'s.
    struct Reading {
        let columns: Columns
        let catalog: ProductCatalog
        var answers: [Answer] = []
        var problems: [Problem] = []
        var blank = 0
        var notRecorded: [String] = []
        var team: String?
        /// Question id → the line that answered it, so that a question answered twice is an error, not the last word.
        var seen: [String: Int] = [:]

        init(columns: Columns, catalog: ProductCatalog) { self.columns = columns; self.catalog = catalog }

        mutating func read(_ row: LocatedCSV.Row) {
            func cell(_ index: Int?) -> String {
                guard let index, index < row.fields.count else { return "" }
                return TypedText.cleaned(row.fields[index])
            }
            if row.fields.count > columns.names.count {
                problems.append(Problem(line: row.line, message: "\(row.fields.count) colonnes au lieu de \(columns.names.count) "
                                        + "(un séparateur dans une réponse non mise entre guillemets\u{00A0}?)"))
                return
            }
            let id = cell(columns.id), answer = cell(columns.answer)
            if id == EditorReply.teamRowID {
                team = cell(columns.names.firstIndex { Columns.key($0) == Columns.key(EditorReply.header[1]) })
                return
            }
            guard let question = checkedQuestion(id, line: row.line) else { return }
            if answer.isEmpty { blank += 1; return }
            if question.criterion != nil {
                answers.append(Answer(line: row.line, id: id, value: answer, comment: cell(columns.comment)))
            } else if let scale = question.scale, FactValueText.parse(answer, scale: scale) == nil {
                problems.append(Problem(line: row.line, column: columns.names[columns.answer], message: "attendu\u{00A0}: \(question.form)"))
            } else {
                notRecorded.append(id)
            }
        }

        /// The question a row answers; `nil` (with the problem noted) for a missing, unknown or repeated id.
        mutating func checkedQuestion(_ id: String, line: Int) -> ConsultationQuestion? {
            let column = columns.names[columns.id]
            guard !id.isEmpty else {
                problems.append(Problem(line: line, column: column, message: "identifiant de question manquant"))
                return nil
            }
            guard let question = ConsultationQuestions.question(id: id, catalog: catalog) else {
                problems.append(Problem(line: line, column: column, message: "question inconnue «\u{00A0}\(id)\u{00A0}» "
                                        + "(les identifiants du modèle de réponse ne doivent pas être modifiés)"))
                return nil
            }
            if let first = seen[id] {
                problems.append(Problem(line: line, column: column, message: "question «\u{00A0}\(id)\u{00A0}» déjà présente ligne \(first)"))
                return nil
            }
            seen[id] = line
            return question
        }
    }
}
