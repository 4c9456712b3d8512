import Foundation
import Store
import TestSupport
import Testing

/// `campaign create` prints links under the federation settings' `base_url`, and refuses bad settings with the key
/// and its place, writing nothing.
@Suite struct SettingsCommandTests {
    static let settings = """
    federation_name: "Fédération fictive des MSP"
    data_controller: "Association fictive des MSP"
    dim_contact: "dim@federation.example"
    data_protection_contact: "dpo@federation.example"
    retention_months: 24
    base_url: "https://sip.federation.example/"

    """

    private func create(_ scratch: Scratch, _ extra: [String], environment: [String: String] = [:], status: Int32 = 0) throws -> CommandOutcome {
        #expect(runInProcess(["team", "add", "--name", "MSP", "--fictional"] + scratch.campaignOptions) == 0)
        try scratch.write("r.csv", "identifiant;profession\nIDE 1;infirmier\n")
        return try expectCommand(["campaign", "create", "--team", "MSP", "--respondents", scratch.path("r.csv")] + extra
                                 + scratch.campaignOptions, status: status, environment: environment)
    }

    @Test func linksStartWithTheSettingsBaseURL() throws {
        try Scratch.using { scratch in
            try scratch.write("reglages.yaml", Self.settings)
            let outcome = try create(scratch, ["--settings", scratch.path("reglages.yaml")])
            #expect(outcome.stdout.contains("| IDE 1 | Infirmier·e | https://sip.federation.example/r/"), "\(outcome.stdout)")
            #expect(outcome.stderr == "")
        }
    }

    @Test func theEnvironmentsBaseURLWinsOverTheFile() throws {
        try Scratch.using { scratch in
            try scratch.write("reglages.yaml", Self.settings)
            let outcome = try create(scratch, [], environment: ["SIPADVISOR_SETTINGS": scratch.path("reglages.yaml"),
                                                                "SIPADVISOR_BASE_URL": "https://autre.example"])
            #expect(outcome.stdout.contains("| IDE 1 | Infirmier·e | https://autre.example/r/"), "\(outcome.stdout)")
        }
    }

    @Test func badSettingsAreRefusedWithTheKeyAndLineAndNothingIsWritten() throws {
        try Scratch.using { scratch in
            try scratch.write("reglages.yaml", Self.settings.replacingOccurrences(of: "retention_months: 24", with: "retention_months: deux ans"))
            let outcome = try create(scratch, ["--settings", scratch.path("reglages.yaml")], status: 65)
            #expect(outcome.stdout == "")
            #expect(outcome.stderr.hasSuffix("reglages.yaml:5: clé «\u{00A0}retention_months\u{00A0}»\u{A0}: un nombre entier de mois de 1 à 240 est attendu "
                                             + "(lu\u{A0}: «\u{00A0}deux ans\u{00A0}»)\n1 erreur\u{00A0}: rien n'a été écrit.\n"), "\(outcome.stderr)")
            #expect(try AppDatabase.file(path: scratch.path("f.sqlite")).campaigns.all().isEmpty)
        }
    }
}
