import Catalog
import Comparator
import Foundation
import Reports
import Store
import Survey

/// An editor's reply to the consultation: the template sent with the document (`template`) and the filled file read
/// back into `editor` facts of the federation (`importReply`). Every row is checked by `FactEntry`, the one rule of a
/// typed fact, and `EvidenceCatalog.record` writes all of them or nothing.
public enum EditorReply {
    /// The template's columns, in order; a reply is read by column name, so a spreadsheet that moved them is fine.
    public static let header = ["identifiant", "question", "réponse attendue", "réponse", "commentaire"]
    /// The first row names the consultation's team, for the default source of the facts.
    public static let teamRowID = "CONSULTATION"

    /// UTF-8 with a byte-order mark, `;`, CRLF: what French Excel and LibreOffice open without an import dialog.
    public static func template(_ questions: [ConsultationQuestion], team: String) throws -> Data {
        let teamRow: [CSVText.Cell] = [.text(teamRowID), .text(team), "ne rien écrire sur cette ligne", "", ""]
        let rows = questions.map { question -> [CSVText.Cell] in [.text(question.id), .text(question.text), .text(question.form), "", ""] }
        return try CSVText.make(header: header, rows: [teamRow] + rows, dialect: .spreadsheet)
    }

    /// What an import did.
    public struct Outcome: Sendable, Equatable {
        public var recorded: EvidenceChange.Outcome
        /// Blank answers: unknown is not "no", so nothing is recorded for them.
        public var blank: Int
        /// Answered questions that have no criterion in the catalog (training hours by profession, reversibility…).
        public var notRecorded: [String]
        public var source: String
    }

    /// A problem of a reply: at a line and column of the file, or with an option of the import (`produit`, `date`,
    /// `source`, as `FactEntry.Refusal` names them), said once for the whole file.
    public struct Problem: Sendable, Equatable {
        public var line: Int?, column: String?, field: String?, message: String

        init(line: Int? = nil, column: String? = nil, field: String? = nil, message: String) {
            self.line = line; self.column = column; self.field = field; self.message = message
        }

        /// "reponse.csv:7: colonne « réponse » : attendu : oui ou non", or "date : date à venir…" for an option.
        public func description(file: String) -> String {
            if let field { return "\(field)\u{00A0}: \(message)" }
            return "\(file):\(line ?? 1): \(column.map { "colonne «\u{00A0}\($0)\u{00A0}»\u{00A0}: " } ?? "")\(message)"
        }
    }

    /// Every problem of a reply, in file order; nothing was written.
    public struct Problems: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var problems: [Problem]
        public var description: String { problems.map { $0.description(file: file) }.joined(separator: "\n") }
    }

    /// Reads a filled reply (`name` is what messages call the file) into `editor` facts on `product`, dated `date`.
    /// `source` defaults to "réponse de l'éditeur du 12 mars 2027 à la consultation de <team>".
    public static func importReply(_ data: Data, name: String, product: String, date: String, source: String?,
                                   into evidence: EvidenceCatalog, by recorder: String, today: Date) throws -> Outcome {
        let table = try LocatedCSV.read(data, name: name)
        let columns = try Columns(table.header, file: name)
        var reading = Reading(columns: columns, catalog: evidence.reference)
        for row in table.rows { reading.read(row) }
        let source = source ?? defaultSource(date: date, team: reading.team)
        let entries = reading.answers.map { answer in
            (row: answer.line, entry: FactEntry(product: product, criterion: answer.id, value: answer.value, grade: EvidenceGrade.editor.rawValue,
                                                source: source, date: date, note: answer.comment))
        }
        var problems = reading.problems
        problems += located(try evidence.check(entries, today: today).refused, columns: columns)
        if !problems.isEmpty { throw Problems(file: name, problems: problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) }) }
        let recorded = try evidence.record(entries, by: recorder, today: today)
        return Outcome(recorded: recorded, blank: reading.blank, notRecorded: reading.notRecorded, source: source)
    }

    static func defaultSource(date: String, team: String?) -> String {
        "réponse de l'éditeur du \(FrenchDate.long(date)) à la consultation de \(team ?? "la fédération")"
    }

    /// `FactEntry`'s refusals placed in the file: the value is the answer column, the note the comment column; a
    /// refused product, date or source is the import's, said once.
    static func located(_ refused: EvidenceCatalog.BatchRefusal, columns: Columns) -> [Problem] {
        var problems: [Problem] = [], options = Set<String>()
        for (line, refusal) in refused.refusals {
            switch refusal.field {
            case "valeur": problems.append(Problem(line: line, column: columns.names[columns.answer], message: refusal.problem))
            case "note": problems.append(Problem(line: line, column: columns.comment.map { columns.names[$0] }, message: refusal.problem))
            case "critere": problems.append(Problem(line: line, column: columns.names[columns.id], message: refusal.problem))
            default:
                if options.insert(refusal.field).inserted { problems.append(Problem(field: refusal.field, message: refusal.problem)) }
            }
        }
        return problems
    }

    /// Where the reply's columns are, found by name (case, accents and spaces do not matter).
    struct Columns {
        var names: [String], id: Int, answer: Int, comment: Int?

        init(_ header: [String], file: String) throws(CatalogLoadError) {
            let keys = header.map(Self.key)
            func index(_ name: String) -> Int? { keys.firstIndex(of: Self.key(name)) }
            guard let id = index(EditorReply.header[0]), let answer = index(EditorReply.header[3]) else {
                let missing = [EditorReply.header[0], EditorReply.header[3]].filter { index($0) == nil }
                throw CatalogLoadError([CatalogIssue(file: file, line: 1, message: "colonne(s) manquante(s) dans l'en-tête\u{00A0}: "
                                                     + missing.map { "«\u{00A0}\($0)\u{00A0}»" }.joined(separator: ", "))])
            }
            (names, self.id, self.answer, comment) = (header, id, answer, index(EditorReply.header[4]))
        }

        static func key(_ name: String) -> String {
            name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).filter { !$0.isWhitespace }
        }
    }
}
