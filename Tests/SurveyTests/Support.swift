import ArgumentParser
import Catalog
import Comparator
import Foundation
import Commands
import Survey
import TestSupport
import Testing

enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let catalog = root.appendingPathComponent("catalog")

    static func loadCatalog() throws -> ProductCatalog { try CatalogLoader.load(directory: catalog) }

    static func loadSurvey() throws -> (ProductCatalog, SurveyDefinition) {
        let products = try loadCatalog()
        return (products, try SurveyLoader.load(directory: catalog, catalog: products))
    }
}

/// A throw-away directory, removed by `remove()`.
struct Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sipadvisor-survey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws { try text.write(toFile: path(name), atomically: true, encoding: .utf8) }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Runs `body` in a new scratch directory, removed afterwards.
    static func using<T>(_ body: (Scratch) throws -> T) throws -> T {
        let scratch = try Scratch()
        defer { scratch.remove() }
        return try body(scratch)
    }

    /// The options of the campaign commands: the repository's catalog, a database in this directory.
    var campaignOptions: [String] { ["--catalog", Repository.catalog.path, "--database", path("f.sqlite")] }
}

/// A small survey built in code, so pooling numbers can be checked by hand.
enum TinySurvey {
    static let importance = AnswerScale(id: "importance", options: [
        .init(code: "0", label: "Pas utile"), .init(code: "1", label: "Utile"),
        .init(code: "2", label: "Important"), .init(code: "3", label: "Indispensable"),
    ])
    static let analytic = AnswerScale(id: "analytique", options: [
        .init(code: "0", label: "Aucun élément"), .init(code: "1", label: "Quelques éléments"),
        .init(code: "2", label: "La plupart des éléments"), .init(code: "3", label: "Tous les éléments"),
    ])
    static let professions = [Profession(id: "medecin-generaliste", label: "Médecin généraliste"),
                              Profession(id: "infirmier", label: "Infirmier·e"), Profession(id: "pharmacien", label: "Pharmacien·ne")]

    static let definition: SurveyDefinition = {
        let items = [
            Item(id: "profession", text: "Profession", kind: .choice,
                 options: professions.map { AnswerOption(code: $0.id, label: $0.label) }, required: true),
            Item(id: "visites-domicile", text: "Visites à domicile ?", kind: .boolean),
            Item(id: "agenda", text: "Agenda partagé", kind: .scale, scale: "importance",
                 criteria: [CriterionLink(criterion: "AGENDA", factor: 1)]),
            Item(id: "tournee", text: "Facturer en tournée", kind: .scale, scale: "importance",
                 professions: ["infirmier", "medecin-generaliste"], condition: Condition(item: "visites-domicile", equals: "true"),
                 criteria: [CriterionLink(criterion: "FACT-IDE", factor: 1)]),
            Item(id: "partage", text: "Que partager ?", kind: .multichoice,
                 options: [.init(code: "antecedents", label: "Antécédents"), .init(code: "photos", label: "Photos")]),
            Item(id: "sites", text: "Sites", kind: .integer, minimum: 1, maximum: 20),
        ]
        let team = [Item(id: "projet-sante-valide", text: "Projet de santé validé ?", kind: .boolean)]
        let questionnaire = Questionnaire(id: "mini", version: "1", title: "Mini", scales: [importance, analytic], sections: [
            .init(id: "individuel", title: "Individuel", audience: .respondent, items: items),
            .init(id: "equipe", title: "Équipe", audience: .team, items: team),
        ])
        let grid = MaturityGrid(id: "grille", title: "Grille", source: "test", axes: [
            .init(id: "si", title: "Système d'information", provenance: .has, dimensions: [
                .init(id: "partage-donnees", title: "Partage de données", scale: "analytique", target: 2, provenance: .has,
                      source: "test", characteristics: [], action: ActionTemplate(title: "Définir les règles de partage",
                                                                                   means: "Réunion", indicator: "Charte signée")),
            ]),
        ])
        let rules = [
            ReadinessRule(id: "projet", title: "Projet de santé", severity: .bloquant,
                          check: .teamAnswer(item: "projet-sante-valide", equals: "true", not: nil, minimum: nil),
                          failed: "Projet de santé non validé.", action: "Le faire valider.", source: nil),
            ReadinessRule(id: "partage", title: "Partage", severity: .condition,
                          check: .dimensionLevel(dimension: "partage-donnees", minimum: 1),
                          failed: "Partage insuffisant.", action: "Écrire des règles.", source: nil),
        ]
        return SurveyDefinition(professions: professions, questionnaire: questionnaire, grid: grid, rules: rules)
    }()

    static let criteria = [
        Criterion(id: "AGENDA", title: "Agenda", section: "besoins", kind: .need, scale: .boolean, direction: .benefit),
        Criterion(id: "FACT-IDE", title: "Facturation", section: "besoins", kind: .need, scale: .boolean, direction: .benefit),
    ]

    static func respondent(_ label: String, _ profession: String, _ answers: [String: String]) -> RespondentAnswers {
        // Finished on the web (reached the last page): they count as having answered.
        RespondentAnswers(respondent: label, profession: profession, answers: answers, reachedEnd: true)
    }
}

/// Cells of a CSV text (RFC 4180: quoted fields may hold the delimiter, quotes and line breaks).
func csvCells(_ text: String, delimiter: Character) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, atFieldStart = true
    var characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)[...]
    while let character = characters.popFirst() {
        if quoted {
            if character == "\"" {
                if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
            } else { field.append(character) }
        } else if character == "\"" && atFieldStart {
            quoted = true; atFieldStart = false
        } else if character == delimiter {
            row.append(field); field = ""; atFieldStart = true
        } else if character == "\n" || character == "\r\n" {
            row.append(field); rows.append(row); row = []; field = ""; atFieldStart = true
        } else {
            field.append(character); atFieldStart = false
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

/// A campaign whose team, respondents, free-text answers were typed by someone hostile.
enum HostileCampaign {
    static let formulas = ["=HYPERLINK(\"http://evil.example\",\"clic\")", "+1", "-1+1", "@SUM(A1:A9)", "\tIDE", "\rMK"]
    /// Markup, a table break, a link, emphasis, a line break and a terminal escape sequence (clear screen).
    static let markdown = "<script>alert(1)</script> | pipes | [lien](javascript:alert(1)) **gras**\nligne forgée"
    /// A terminal escape sequence (clear screen): refused where text is typed, blanked where text is printed.
    static let terminalEscape = "\u{1B}[2J"

    /// A valid answer to any question: yes, the minimum, the first option or scale level, a word.
    static func firstAnswer(_ item: Item, _ survey: SurveyDefinition) -> String {
        switch item.kind {
        case .boolean: "true"
        case .integer: String(item.minimum ?? 1)
        case .text: "texte"
        case .scale: item.scale.flatMap { survey.questionnaire.scale($0)?.options.first?.code } ?? "0"
        case .choice, .multichoice: item.options.first?.code ?? ""
        }
    }

    static func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Team, campaign, respondents named after `formulas`, each answering a free-text question with another one.
    /// Returns the common options (catalog, database).
    static func create(team: String, campaignName: String = "Recueil des besoins", in scratch: Scratch) throws -> [String] {
        let common = scratch.campaignOptions
        #expect(runInProcess(["team", "add", "--name", team, "--fictional"] + common) == 0)
        let people = formulas.enumerated().map { index, label in
            "\(quoted(label)),\(index % 2 == 0 ? "medecin-generaliste" : "infirmier")"
        }
        try scratch.write("r.csv", "identifiant,profession\n" + people.joined(separator: "\n") + "\n")
        #expect(runInProcess(["campaign", "create", "--team", team, "--name", campaignName, "--respondents", scratch.path("r.csv")] + common) == 0)
        // Whole questionnaires, so that every respondent has answered and counts in the synthesis and the weights.
        let (_, survey) = try Repository.loadSurvey()
        var answers = ["repondant,question,valeur"]
        for (index, label) in formulas.enumerated() {
            let profession = index % 2 == 0 ? "medecin-generaliste" : "infirmier"
            var typed = ["profession": profession, "logiciel-metier": formulas[(index + 1) % formulas.count],
                         "besoin-agenda-partage": String(index % 4), "besoin-messagerie-instantanee": "3"]
            // Until no follow-up question appears any more (an answer may open one).
            while let item = survey.itemsAsked(profession: profession, answers: typed).first(where: { typed[$0.id] == nil }) {
                typed[item.id] = firstAnswer(item, survey)
            }
            answers += typed.sorted { $0.key < $1.key }.map { "\(quoted(label)),\($0.key),\(quoted($0.value))" }
        }
        try scratch.write("a.csv", answers.joined(separator: "\n") + "\n")
        #expect(runInProcess(["answers", "import", "1", scratch.path("a.csv")] + common) == 0)
        return common
    }
}
