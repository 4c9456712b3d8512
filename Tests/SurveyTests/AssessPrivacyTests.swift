import Foundation
import Store
import Survey
import Testing

@Suite("Anonymat dans la synthèse en ligne de commande", .serialized)
struct AssessPrivacyTests {
    /// In the demo one orthophonist, one pharmacist and one coordinator answered: their answers are theirs alone.
    @Test func assessShowsNoPositionOfASingleRespondent() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let common = ["--catalog", Repository.catalog.path, "--database", scratch.path("f.sqlite")]
        #expect(run(["team", "add", "--name", "MSP des Hirondelles (fictive)", "--fictional"] + common) == 0)
        #expect(run(["campaign", "create", "--team", "1", "--respondents",
                     Repository.catalog.appendingPathComponent("demo/respondents.csv").path] + common) == 0)
        #expect(run(["answers", "import", "1", Repository.catalog.appendingPathComponent("demo/answers.csv").path] + common) == 0)
        let result = try runPrinting(["assess", "1"] + common)
        #expect(result.status == 0)
        #expect(result.out.contains("## Où les professions ne sont pas d'accord"))
        #expect(result.out.contains("Médecin généraliste : "))
        for label in ["Orthophoniste", "Pharmacien·ne", "Coordinateur·rice"] {
            #expect(!result.out.contains("\(label) : "), "\(label)")
        }
    }
}
