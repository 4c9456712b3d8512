import Catalog
import Foundation
import TestSupport
import Testing

/// The federation's settings: a YAML file, each key overridable by its environment variable, every refusal in French
/// naming the key and where it was read.
@Suite struct FederationSettingsTests {
    static let complete = """
    federation_name: "Fédération fictive des MSP"
    data_controller: "Association fictive, 1 rue de l'Exemple"
    dim_contact: "dim@federation.example"
    data_protection_contact: "dpo@federation.example"
    retention_months: 24
    base_url: "https://sip.federation.example/"

    """

    private func load(_ text: String?, environment: [String: String] = [:]) throws -> FederationSettings {
        try Scratch.using { scratch in
            guard let text else { return try FederationSettings.load(file: nil, environment: environment) }
            try scratch.write("reglages.yaml", text)
            return try FederationSettings.load(file: scratch.path("reglages.yaml"), environment: environment)
        }
    }

    /// The problems a load reports, with the scratch folder's path cut off (it differs on every run).
    private func problems(_ text: String?, environment: [String: String] = [:]) -> [String] {
        do {
            _ = try load(text, environment: environment)
            return []
        } catch let error as CatalogLoadError {
            return error.issues.map { issue in
                let file = issue.file.hasSuffix("reglages.yaml") ? "reglages.yaml" : issue.file
                return CatalogIssue(file: file, line: issue.line, message: issue.message).description
            }
        } catch { return ["\(error)"] }
    }

    @Test func aCompleteFileIsReadAndTheBaseURLLosesItsTrailingSlash() throws {
        let settings = try load(Self.complete)
        #expect(settings.shown(.federationName) == "Fédération fictive des MSP")
        #expect(settings.retentionMonths == 24)
        #expect(settings.baseURL == "https://sip.federation.example")
        #expect(!settings.isIncomplete)
    }

    @Test(arguments: [
        ("retention_months: 24", "retention_months: douze",
         "reglages.yaml:5: clé « retention_months »\u{A0}: un nombre entier de mois de 1 à 240 est attendu (lu\u{A0}: « douze »)"),
        ("retention_months: 24", "retention_months: 0",
         "reglages.yaml:5: clé « retention_months »\u{A0}: un nombre entier de mois de 1 à 240 est attendu (lu\u{A0}: « 0 »)"),
        ("base_url: \"https://sip.federation.example/\"", "base_url: \"ftp://sip.federation.example\"",
         "reglages.yaml:6: clé « base_url »\u{A0}: une adresse http:// ou https:// sans paramètres est attendue (lu\u{A0}: « ftp://sip.federation.example »)"),
        ("base_url: \"https://sip.federation.example/\"", "base_url: \"https://sip.example/?a=1\"",
         "reglages.yaml:6: clé « base_url »\u{A0}: une adresse http:// ou https:// sans paramètres est attendue (lu\u{A0}: « https://sip.example/?a=1 »)"),
        ("dim_contact: \"dim@federation.example\"", "dim_contact: \"  \"",
         "reglages.yaml:3: clé « dim_contact »\u{A0}: une valeur non vide est attendue"),
        ("dim_contact: \"dim@federation.example\"", "dim_contact: [a, b]",
         "reglages.yaml:3: clé « dim_contact »\u{A0}: un texte est attendu"),
        ("data_controller: \"Association fictive, 1 rue de l'Exemple\"", "data_controller: \"a\\u0007b\"",
         "reglages.yaml:2: clé « data_controller »\u{A0}: caractère de contrôle interdit"),
        ("federation_name: \"Fédération fictive des MSP\"", "federation_name: \"\(String(repeating: "x", count: 201))\"",
         "reglages.yaml:1: clé « federation_name »\u{A0}: 200 caractères au plus"),
        ("dim_contact: \"dim@federation.example\"", "dim_contact: \"dim@federation.example\"\ndim_contatc: x",
         "reglages.yaml:4: clé « dim_contatc » inconnue (clés possibles\u{A0}: federation_name, data_controller, dim_contact, data_protection_contact, retention_months, base_url, smtp_host, smtp_port, smtp_from)"),
        ("retention_months: 24\n", "",
         "reglages.yaml: clé « retention_months » manquante (dans le fichier ou dans SIPADVISOR_RETENTION_MONTHS)"),
        ("federation_name: \"Fédération fictive des MSP\"", "federation_name: [",
         "reglages.yaml:3: YAML mal formé : did not find expected ',' or ']'"),
    ])
    func aBadValueIsRefusedWithItsKeyAndLine(replaced: String, by replacement: String, expected: String) {
        #expect(problems(Self.complete.replacingOccurrences(of: replaced, with: replacement)) == [expected])
    }

    /// All problems at once: a bad value, an unknown key and the keys missing, in the order they were found.
    @Test func everyProblemOfAFileIsReportedTogether() {
        #expect(problems("federation_name: F\nretention_months: abc\nfoo: 1\n") == [
            "reglages.yaml:2: clé « retention_months »\u{A0}: un nombre entier de mois de 1 à 240 est attendu (lu\u{A0}: « abc »)",
            "reglages.yaml:3: clé « foo » inconnue (clés possibles\u{A0}: federation_name, data_controller, dim_contact, data_protection_contact, retention_months, base_url, smtp_host, smtp_port, smtp_from)",
        ] + ["data_controller", "dim_contact", "data_protection_contact", "base_url"].map { key in
            "reglages.yaml: clé « \(key) » manquante (dans le fichier ou dans SIPADVISOR_\(key.uppercased()))"
        })
    }

    @Test func everyEnvironmentVariableOverridesItsKey() throws {
        // The keys respondents are told (the SMTP relay's have their own rules: `SMTPSettingsTests`).
        let environment = Dictionary(uniqueKeysWithValues: FederationSettings.Key.allCases.filter(\.isRequired).map { key in
            (key.environmentVariable, key == .retentionMonths ? "6" : key == .baseURL ? "http://autre.example" : "par l'environnement")
        })
        let settings = try load(Self.complete, environment: environment)
        for key in FederationSettings.Key.allCases where key.isRequired && key != .retentionMonths && key != .baseURL {
            #expect(settings.shown(key) == "par l'environnement", "\(key)")
        }
        #expect(settings.retentionMonths == 6)
        #expect(settings.baseURL == "http://autre.example")
    }

    @Test func theEnvironmentFillsAKeyTheFileLacksAndNamesItsVariableWhenWrong() throws {
        let lacking = Self.complete.replacingOccurrences(of: "retention_months: 24\n", with: "")
        #expect(try load(lacking, environment: ["SIPADVISOR_RETENTION_MONTHS": "12"]).retentionMonths == 12)
        #expect(problems(lacking, environment: ["SIPADVISOR_RETENTION_MONTHS": "un an"]) == [
            "variable d'environnement SIPADVISOR_RETENTION_MONTHS: clé « retention_months »\u{A0}: un nombre entier de mois de 1 à 240 est attendu (lu\u{A0}: « un an »)",
        ])
    }

    @Test func theFileCanBeNamedByItsVariable() throws {
        try Scratch.using { scratch in
            try scratch.write("r.yaml", Self.complete)
            let settings = try FederationSettings.load(file: nil, environment: ["SIPADVISOR_SETTINGS": scratch.path("r.yaml")])
            #expect(settings.retentionMonths == 24)
        }
    }

    @Test func withoutAFileUnsetKeysShowPlaceholdersNeverNames() throws {
        let settings = try load(nil)
        #expect(settings.isIncomplete)
        #expect(settings.baseURL == nil)
        for key in FederationSettings.Key.allCases where key.isRequired {
            #expect(settings.shown(key).hasPrefix("[") && settings.shown(key).hasSuffix("à renseigner]"), "\(key)")
        }
    }
}

/// The SMTP relay's settings are optional: a settings file written before them still loads.
@Suite struct SMTPSettingsTests {
    @Test func smtpKeysAreOptionalAndChecked() throws {
        let settings = try Scratch.using { scratch in
            try scratch.write("reglages.yaml", FederationSettingsTests.complete)
            return try FederationSettings.load(file: scratch.path("reglages.yaml"),
                                               environment: ["SIPADVISOR_SMTP_HOST": "127.0.0.1", "SIPADVISOR_SMTP_FROM": "DIM@Federation.example"])
        }
        #expect(settings.smtp?.host == "127.0.0.1" && settings.smtp?.port == 25 && settings.smtp?.from == "dim@federation.example")
        #expect(!settings.isIncomplete)
        #expect(throws: CatalogLoadError.self) {
            try FederationSettings.load(file: nil, environment: ["SIPADVISOR_SMTP_PORT": "soixante"])
        }
    }
}
