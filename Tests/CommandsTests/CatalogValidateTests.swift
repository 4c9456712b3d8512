import Foundation
import TestSupport
import Testing

/// `catalog validate` loads everything `demo`, `serve` and the campaign commands load, with the same loader: each
/// file of a copy of the shipped data, broken in turn, is reported as `file:line: message` with exit 65.
@Suite("catalog validate vérifie tout")
struct CatalogValidateTests {
    enum Breakage: Sendable, CustomStringConvertible {
        /// Two lines of text, then bytes no text file holds (a PNG header): reported on line 3.
        case binary
        /// A YAML syntax error on line 2 (a tab cannot indent YAML).
        case yaml
        /// `old` replaced by `new` where it first occurs; reported on that line.
        case replace(String, String)

        var description: String {
            switch self {
            case .binary: "binaire"
            case .yaml: "YAML"
            case let .replace(old, new): "\(old) → \(new)"
            }
        }

        func apply(to file: URL) throws -> Int {
            switch self {
            case .binary:
                try (Data("# en-tête\n# suite\n".utf8) + Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF])).write(to: file)
                return 3
            case .yaml:
                try ("# en-tête\n\tclé: valeur\n" + String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
                return 2
            case let .replace(old, new):
                let text = try String(contentsOf: file, encoding: .utf8)
                let range = try #require(text.range(of: old), "\(old) in \(file.lastPathComponent)")
                try text.replacingCharacters(in: range, with: new).write(to: file, atomically: true, encoding: .utf8)
                return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
            }
        }
    }

    static let files = ["catalog/professions.yaml", "catalog/criteria.yaml", "catalog/products/weda.yaml",
                        "catalog/demo/products/vadrouille.yaml", "catalog/questionnaire.yaml", "catalog/maturity.yaml",
                        "catalog/readiness.yaml", "catalog/method.yaml", "catalog/sources.yaml", "catalog/evidence.yaml",
                        "catalog/sensitisation.yaml"]

    static let cases: [(String, Breakage, String)] = files.flatMap { file in
        [(file, Breakage.binary, "ce n'est pas du texte UTF-8"), (file, .yaml, "YAML mal formé")]
    } + [
        ("catalog/professions.yaml", .replace("id: infirmier", "id: medecin-generaliste"), "identifiant de profession en double «\u{00A0}medecin-generaliste\u{00A0}»"),
        ("catalog/criteria.yaml", .replace("family: label-production", "family: inconnue"), "famille inconnue «\u{00A0}inconnue\u{00A0}»"),
        ("catalog/products/weda.yaml", .replace("criterion: \"NF-CLUB-UTILISATEURS\"", "criterion: \"NF-INCONNU\""), "critère inconnu «\u{00A0}NF-INCONNU\u{00A0}»"),
        ("catalog/questionnaire.yaml", .replace("scale: frequence", "scale: inconnue"), "échelle inconnue «\u{00A0}inconnue\u{00A0}»"),
        ("catalog/maturity.yaml", .replace("scale: analytique", "scale: inconnue"), "échelle inconnue «\u{00A0}inconnue\u{00A0}»"),
        ("catalog/readiness.yaml", .replace("item: projet-sante-valide", "item: question-inconnue"), "question inconnue «\u{00A0}question-inconnue\u{00A0}»"),
        ("catalog/method.yaml", .replace("weeks: 4", "weeks: quatre"), "«\u{00A0}quatre\u{00A0}» n'est pas un nombre"),
        ("catalog/sources.yaml", .replace("  - id: these-bretagne-2018", "  - ident: these-bretagne-2018"), "champ «\u{00A0}id\u{00A0}» manquant"),
        ("catalog/evidence.yaml", .replace("demo: 24", "demo: deux ans"), "durée de validité de «\u{00A0}demo\u{00A0}»"),
        ("catalog/products/chorus.yaml", .replace("source: \"memoire-npdc-2017, 3e", "source: \"seeds/003.txt, 3e"), "source «\u{00A0}seeds/003.txt\u{00A0}» absente de catalog/sources.yaml"),
        ("catalog/sensitisation.yaml", .replace("id: progressivite", "id: patience"), "«\u{00A0}patience\u{00A0}» n'est pas une valeur permise"),
        ("catalog/sensitisation.yaml", .replace("date: \"2016-01-26\"", "date: \"26/01/2016\""), "date «\u{00A0}26/01/2016\u{00A0}»"),
        ("catalog/sensitisation.yaml", .replace("source: \"ans-segur-vague2\"", "source: \"ans-segur-vague3\""),
         "source «\u{00A0}ans-segur-vague3\u{00A0}» absente de catalog/sources.yaml"),
        ("catalog/sensitisation.yaml", .replace("  - id: solutions", "  - id: aci"), "thème «\u{00A0}aci\u{00A0}» en double"),
        ("catalog/demo/respondents.csv", .replace("IDE 1,infirmier", "IDE 1,astronaute"), "profession inconnue «\u{A0}astronaute\u{A0}»"),
        ("catalog/demo/answers.csv", .replace("MG 1,sites-exercice,4", "MG 1,question-inconnue,4"), "question inconnue"),
        ("catalog/demo/sessions/2026-09-15-vadrouille.yaml", .binary, "ce n'est pas du texte UTF-8"),
        ("catalog/demo/sessions/2026-09-15-vadrouille.yaml", .yaml, "YAML mal formé"),
        ("catalog/demo/sessions/2026-09-15-vadrouille.yaml", .replace("profession: medecin-generaliste", "profession: astronaute"),
         "profession inconnue «\u{00A0}astronaute\u{00A0}»"),
        ("templates/compte-rendu.mustache", .binary, "ce n'est pas du texte UTF-8"),
        ("templates/synthese-editeur.mustache", .replace("{{/", "{{/fin-inconnue}}{{/"), "modèle Mustache mal formé"),
    ]

    @Test(arguments: cases)
    func brokenFileIsReportedWithItsLine(file: String, breakage: Breakage, fragment: String) throws {
        let data = try Scratch()
        defer { data.remove() }
        try data.copyData()
        let line = try breakage.apply(to: data.file(file))
        let outcome = try BuiltExecutable.run(["catalog", "validate"], in: data.url, environment: ["SIPADVISOR_DATA": data.url.path])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("\(file):\(line): "), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(fragment), "\(outcome.stderr)")
        #expect(!outcome.stdout.contains("valide"))
    }

    @Test func everyBrokenFileIsListedInOneRun() throws {
        let data = try Scratch()
        defer { data.remove() }
        try data.copyData()
        for file in ["catalog/questionnaire.yaml", "catalog/method.yaml", "templates/plan-de-projet.mustache"] {
            _ = try Breakage.binary.apply(to: data.file(file))
        }
        let outcome = try BuiltExecutable.run(["catalog", "validate"], in: data.url, environment: ["SIPADVISOR_DATA": data.url.path])
        #expect(outcome.status == 65)
        for file in ["catalog/questionnaire.yaml:3: ", "catalog/method.yaml:3: ", "templates/plan-de-projet.mustache:3: "] {
            #expect(outcome.stderr.contains(file), "\(outcome.stderr)")
        }
        // A broken questionnaire leaves readiness.yaml's questions unchecked rather than all "inconnue".
        #expect(!outcome.stderr.contains("readiness.yaml"), "\(outcome.stderr)")
    }

    /// `demo` checks its folder in memory before creating its database: a refused answers file names its line and
    /// leaves no half-filled `demo.sqlite` (a team and a campaign without answers) for `serve` to show.
    @Test func aBrokenDemoFolderWritesNoDatabase() throws {
        let data = try Scratch()
        defer { data.remove() }
        try data.copyData()
        let line = try Breakage.replace("MG 1,sites-exercice,4", "MG 1,question-inconnue,4").apply(to: data.file("catalog/demo/answers.csv"))
        let outcome = try BuiltExecutable.run(["demo", "--out", "sortie"], in: data.url, environment: ["SIPADVISOR_DATA": data.url.path])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("catalog/demo/answers.csv:\(line): "), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: data.path("sortie/demo.sqlite")))
    }
}
