import Comparator
import Foundation
import Survey

/// The respondents of a campaign: a file for `campaign create`, or text pasted in the web form (often straight from
/// a spreadsheet: tab-separated). Columns `identifiant` and `profession` (an id, a label or a common word such as
/// « IDE » or « kiné », `ProfessionWords`), and optionally `e-mail` (also `email`, `courriel`, `mail`).
public enum RespondentsCSV {
    /// Names accepted for the optional e-mail column (header names are compared in lower case).
    public static let emailColumns = ["e-mail", "email", "courriel", "mail", "adresse e-mail"]

    public static func read(_ url: URL, professions: [Profession]) throws(CatalogLoadError) -> [Invitee] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CatalogLoadError([CatalogIssue(file: CatalogLoader.display(url), line: nil, message: "fichier introuvable ou illisible")])
        }
        return try read(data, name: CatalogLoader.display(url), professions: professions)
    }

    /// `,`, `;` or tab separated (detected on the header); every problem of the list at once, each at its line.
    public static func read(_ data: Data, name path: String, professions: [Profession]) throws(CatalogLoadError) -> [Invitee] {
        let records = try RecordsCSV.read(data, name: path, required: ["identifiant", "profession"])
        let words = ProfessionWords(professions: professions)
        var issues: [CatalogIssue] = []
        var seen: [String: Int] = [:]
        var people: [Invitee] = []
        for record in records {
            let label = TypedText.cleaned(record["identifiant"] ?? ""), typed = TypedText.cleaned(record["profession"] ?? "")
            if let problem = Invitee.labelProblem(label) {
                issues.append(.init(file: path, line: record.line, message: problem))
                continue
            }
            if let first = seen[label] {
                issues.append(.init(file: path, line: record.line, message: "identifiant «\u{A0}\(label)\u{A0}» en double (déjà ligne \(first))"))
                continue
            }
            seen[label] = record.line
            guard let profession = words.profession(typed) else {
                issues.append(.init(file: path, line: record.line, message: words.unknown(typed)))
                continue
            }
            switch email(of: record) {
            case .success(let address): people.append(Invitee(label: label, profession: profession, email: address))
            case .failure(let problem): issues.append(.init(file: path, line: record.line, message: problem.message))
            }
        }
        if people.isEmpty && issues.isEmpty { issues.append(.init(file: path, line: nil, message: "aucun répondant dans le fichier")) }
        if !issues.isEmpty { throw CatalogLoadError(issues) }
        return people
    }

    /// The row's address checked, `nil` when the column is absent or the cell empty (an invitee without address is
    /// listed as such, not refused).
    private static func email(of record: RecordsCSV.Record) -> Result<String?, Invitee.EmailProblem> {
        guard let typed = emailColumns.lazy.compactMap({ record[$0] }).first,
              !typed.trimmingCharacters(in: .whitespaces).isEmpty else { return .success(nil) }
        return Invitee.checkedEmail(typed).map { $0 }
    }
}
