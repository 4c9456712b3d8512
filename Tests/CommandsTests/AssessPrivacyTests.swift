import Foundation
import Store
import Survey
import TestSupport
import Testing

@Suite("Anonymat dans la synthèse en ligne de commande", .serialized)
struct AssessPrivacyTests {
    /// In the demo one orthophonist, one pharmacist and one coordinator answered: their answers are theirs alone.
    @Test func assessShowsNoPositionOfASingleRespondent() throws {
        try Scratch.using { scratch in
            let common = scratch.campaignOptions
            try scratch.addDemoCampaign()
            let result = try BuiltExecutable.run(["assess", "1"] + common)
            #expect(result.status == 0)
            #expect(result.stdout.contains("## Où les professions ne voient pas la même chose"))
            #expect(result.stdout.contains("Médecin généraliste\u{00A0}: "))
            for label in ["Orthophoniste", "Pharmacien·ne", "Coordinateur·rice"] {
                #expect(!result.stdout.contains("\(label)\u{00A0}: "), "\(label)")
            }
        }
    }
}
