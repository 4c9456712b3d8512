import Catalog
import Comparator
import Foundation
import Survey
import TestSupport
import Testing

/// A fixture file: the command tests' own (`Fixtures/`), else the engine tests' published examples, which the
/// commands read too (`rank`, `ahp`).
enum Fixture {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)
            ?? Checkout.root.appendingPathComponent("Tests/ComparatorTests/Fixtures/\(name)")
    }

    static func path(_ name: String) -> String { url(name).path }
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
        let (_, survey) = try Checkout.loadSurvey()
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
