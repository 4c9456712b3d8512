import Comparator
import Foundation
import Survey

/// The respondents of a campaign: CSV with `identifiant` and `profession` (id or label) columns.
public enum RespondentsCSV {
    public static func read(_ url: URL, professions: [Profession]) throws(CatalogLoadError) -> [(label: String, profession: String)] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CatalogLoadError([CatalogIssue(file: CatalogLoader.display(url), line: nil, message: "fichier introuvable ou illisible")])
        }
        return try read(data, name: CatalogLoader.display(url), professions: professions)
    }

    public static func read(_ data: Data, name path: String, professions: [Profession]) throws(CatalogLoadError) -> [(label: String, profession: String)] {
        let records = try RecordsCSV.read(data, name: path, required: ["identifiant", "profession"])
        var issues: [CatalogIssue] = []
        var seen: [String: Int] = [:]
        var people: [(label: String, profession: String)] = []
        for record in records {
            let label = TypedText.cleaned(record["identifiant"] ?? ""), typed = record["profession"] ?? ""
            guard !label.isEmpty, TypedText.length(label) <= 100, !TypedText.hasControlCharacter(label) else {
                issues.append(.init(file: path, line: record.line,
                                    message: "identifiant vide, trop long (100 caractères au plus) ou avec un caractère de contrôle"))
                continue
            }
            if let first = seen[label] {
                issues.append(.init(file: path, line: record.line, message: "identifiant « \(label) » en double (déjà ligne \(first))"))
                continue
            }
            seen[label] = record.line
            guard let profession = professions.first(where: { $0.id == typed || $0.label.lowercased() == typed.lowercased() }) else {
                issues.append(.init(file: path, line: record.line, message: "profession inconnue « \(typed) » (attendu : "
                                    + professions.map(\.id).joined(separator: ", ") + ")"))
                continue
            }
            people.append((label, profession.id))
        }
        if people.isEmpty && issues.isEmpty { issues.append(.init(file: path, line: nil, message: "aucun répondant dans le fichier")) }
        if !issues.isEmpty { throw CatalogLoadError(issues) }
        return people
    }
}
