import Comparator
import Foundation
import Store
import Survey
import TestSupport
import Testing

/// No CSV the product writes carries a cell a spreadsheet would run as a formula; numbers stay numbers.
@Suite("Injection de formules dans les CSV", .serialized)
struct CSVInjectionTests {
    /// No cell starts with what makes a spreadsheet evaluate it (OWASP: `=`, `+`, `-`, `@`, tab, CR).
    func expectNoFormula(_ cells: [[String]], _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for (index, row) in cells.enumerated() {
            for cell in row {
                if let first = cell.first {
                    #expect(!"=+-@\t\r\n".contains(first), "\(name), ligne \(index + 1) : « \(cell) »", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test func campaignExportsCarryNoFormula() throws {
        try Scratch.using { scratch in
            let common = try HostileCampaign.create(team: HostileCampaign.formulas[0], in: scratch)
            let (catalog, survey) = try Checkout.loadSurvey()
            let store = try AppDatabase.file(path: scratch.path("f.sqlite"))
            let (_, plan) = try store.profile(campaignID: 1, definition: survey, criteria: catalog.criteria)
            #expect(runInProcess(["plan", "1", "--dimension", plan[0].dimension, "--title", "\tTitre", "--lead", "@pilote", "--means", "\n=1+1",
                         "--indicator=-1+1", "--status", "en cours"] + common) == 0)
            #expect(runInProcess(["export", "1", "--format", "csv", "--out", scratch.path("csv")] + common) == 0)

            let files = try FileManager.default.contentsOfDirectory(atPath: scratch.path("csv")).sorted()
            #expect(files.count == 10)   // five tables (the codebook included), each in both dialects
            for file in files {
                let text = try String(contentsOfFile: scratch.path("csv/\(file)"), encoding: .utf8)
                expectNoFormula(csvCells(text, delimiter: file.contains("tableur") ? ";" : ","), file)
            }
            // The hostile text is kept, shown as text.
            let answers = csvCells(try String(contentsOfFile: scratch.path("csv/reponses.csv"), encoding: .utf8), delimiter: ",")
            #expect(answers.contains { $0[0] == "'+1" && $0[3] == "logiciel-metier" && $0[4] == "'-1+1" })
            let actions = csvCells(try String(contentsOfFile: scratch.path("csv/plan-actions.csv"), encoding: .utf8), delimiter: ",")
            #expect(actions.contains { $0[1] == "'\tTitre" && $0[2] == "'@pilote" && $0[4] == "'\n=1+1" && $0[5] == "'-1+1" })
            // Numbers the code wrote stay numbers, in both variants.
            let weights = csvCells(try String(contentsOfFile: scratch.path("csv/besoins-ponderes-tableur.csv"), encoding: .utf8), delimiter: ";")
            #expect(weights.count > 1)
            for row in weights.dropFirst() { #expect(Double(row[2].replacingOccurrences(of: ",", with: ".")) != nil, "\(row)") }
            let maturity = csvCells(try String(contentsOfFile: scratch.path("csv/maturite.csv"), encoding: .utf8), delimiter: ",")
            for row in maturity.dropFirst() { #expect(Int(row[7]) != nil && Int(row[9]) != nil, "\(row)") }
        }
    }

    @Test func rankCSVKeepsNumbersAndNeutralisesNames() throws {
        try Scratch.using { scratch in
            try scratch.write("m.csv", "alternative,qualite,cout\n\"=1+1\",3,-0.5\n+1,2,-1\n\"-1+1\",5,2\n\"@SUM(A1)\",1,0.25\n")
            let result = try BuiltExecutable.run(["rank", "--matrix", scratch.path("m.csv"), "--weights", "0.5,0.5", "--types", "max,min",
                                          "--draws", "50", "--format", "csv"])
            #expect(result.status == 0, "\(result.stderr)")
            let cells = csvCells(result.stdout, delimiter: ",")
            #expect(cells.count == 5)
            expectNoFormula(cells, "rank")
            #expect(Set(cells.dropFirst().map { $0[0] }) == ["'=1+1", "'+1", "'-1+1", "'@SUM(A1)"])
            for row in cells.dropFirst() {
                #expect(Double(row[1]) != nil && Int(row[2]) != nil && Double(row[3]) != nil, "\(row)")
            }
        }
    }

    @Test func compareCSVCarriesNoFormula() throws {
        try Scratch.using { scratch in
            // A federation's catalog whose demo product and criterion names were typed by someone hostile.
            let copy = scratch.url.appendingPathComponent("catalog")
            try FileManager.default.copyItem(at: Checkout.catalog, to: copy)
            for (file, name) in [("brouillard", "=HYPERLINK(\\\"http://evil.example\\\")"), ("vadrouille", "+33 6 00 00 00 00"),
                                 ("fictilogis", "-1+1"), ("prestigia", "@SUM(A1)")] {
                let url = copy.appendingPathComponent("demo/products/\(file).yaml")
                let text = try String(contentsOf: url, encoding: .utf8)
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    line.hasPrefix("name:") ? "name: \"\(name)\"" : String(line)
                }
                try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
            }
            let result = try BuiltExecutable.run(["compare", "--needs", Checkout.catalog.appendingPathComponent("demo/needs.yaml").path,
                                          "--catalog", copy.path, "--products", "demo", "--draws", "20", "--format", "csv"])
            #expect(result.status == 0, "\(result.stderr)")
            let cells = csvCells(result.stdout, delimiter: ";")
            #expect(cells.count >= 5)
            expectNoFormula(cells, "compare")
            #expect(cells.contains { $0[1] == "'-1+1" })
            for row in cells.dropFirst() where row[9] == "classé" {
                #expect(Double(row[3].replacingOccurrences(of: ",", with: ".")) != nil, "\(row)")
            }
        }
    }
}
