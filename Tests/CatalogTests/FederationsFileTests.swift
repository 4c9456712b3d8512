import Catalog
import Foundation
import TestSupport
import Testing

/// `serve --federations FILE`: each federation's host names, database and optional settings and public address;
/// every problem in French with `file:line`.
@Suite struct FederationsFileTests {
    static let twoFederations = """
    - name: "Fédération du Nord (fictive)"
      hosts: [SIP.Nord.example, "nord.example:8443"]
      database: nord.sqlite
      settings: reglages/nord.yaml
      public_url: https://sip.nord.example/
    - name: "Fédération du Sud (fictive)"
      hosts: [sud.example]
      database: postgres://sip:secret@127.0.0.1:5432/sud

    """

    /// The problems a load reports, with the scratch folder's path cut off (it differs on every run).
    private func problems(_ text: String) -> [String] {
        do {
            try Scratch.using { scratch in
                try scratch.write("federations.yaml", text)
                _ = try FederationsFile.load(path: scratch.path("federations.yaml"))
            }
            return []
        } catch let error as CatalogLoadError {
            return error.issues.map { CatalogIssue(file: URL(fileURLWithPath: $0.file).lastPathComponent, line: $0.line, message: $0.message).description }
        } catch { return ["\(error)"] }
    }

    @Test func aFileIsReadWithHostsNormalisedAndPathsBesideIt() throws {
        try Scratch.using { scratch in
            try scratch.write("federations.yaml", Self.twoFederations)
            let file = try FederationsFile.load(path: scratch.path("federations.yaml"))
            let folder = scratch.url.standardizedFileURL.path
            #expect(file.federations == [
                .init(name: "Fédération du Nord (fictive)", hosts: ["sip.nord.example", "nord.example"], database: folder + "/nord.sqlite",
                      settings: folder + "/reglages/nord.yaml", publicURL: "https://sip.nord.example"),
                .init(name: "Fédération du Sud (fictive)", hosts: ["sud.example"], database: "postgres://sip:secret@127.0.0.1:5432/sud",
                      settings: nil, publicURL: nil),
            ])
        }
    }

    @Test(arguments: [
        ("- name: A\n  hosts: [a.example]\n  database: a.sqlite\n  base: b\n",
         ["federations.yaml:4: clé « base » inconnue (clés possibles\u{A0}: name, hosts, database, settings, public_url)"]),
        ("- name: A\n  hosts: [a.example]\n  database: a.sqlite\n- name: B\n  hosts: [b.example, A.example:80]\n  database: b.sqlite\n",
         ["federations.yaml:5: nom d'hôte « a.example » en double\u{A0}: il sert déjà la fédération « A »"]),
        ("- name: A\n  hosts: [a.example]\n", ["federations.yaml:1: champ « database » manquant"]),
        ("- name: A\n  hosts: [a.example]\n  database: postgres://u:pw@h/x\n- name: B\n  hosts: [b.example]\n  database: postgres://u:pw@h/x\n",
         ["federations.yaml:6: base de données en double\u{A0}: c'est déjà celle de la fédération « A » (une base par fédération)"]),
        ("- name: A\n  hosts: [\"a.example/x\"]\n  database: a.sqlite\n",
         ["federations.yaml:2: « a.example/x » n'est pas un nom d'hôte (lettres, chiffres, points et tirets, ou une adresse IP)"]),
        ("- name: A\n  hosts: []\n  database: a.sqlite\n", ["federations.yaml:2: au moins un nom d'hôte est attendu"]),
        ("- name: A\n  hosts: [a.example]\n  database: a.sqlite\n  public_url: ftp://a\n",
         ["federations.yaml:4: clé « public_url »\u{A0}: une adresse http:// ou https:// sans paramètres est attendue (lu\u{A0}: « ftp://a »)"]),
        ("name: A\n", ["federations.yaml:1: une liste de fédérations est attendue (« - name: … » avec hosts et database)"]),
    ])
    func aBadFileIsRefusedWithEveryProblemLocated(text: String, expected: [String]) {
        #expect(problems(text) == expected)
    }

    @Test(arguments: [
        ("Nord.Example", "nord.example"), ("nord.example:8080", "nord.example"), ("nord.example.", "nord.example"),
        ("127.0.0.1:80", "127.0.0.1"), ("[::1]:8080", "[::1]"), ("[2001:DB8::1]", "[2001:db8::1]"),
    ])
    func hostNamesAreComparedWithoutCaseOrPort(text: String, expected: String) {
        #expect(HostName.normalised(text) == expected)
    }

    @Test(arguments: ["", "a b", "a/b", "a.example:x", "user@a.example", "[::1", "..", "a..b", "é.example"])
    func whatIsNotAHostNameIsRefused(text: String) {
        #expect(HostName.normalised(text) == nil)
    }
}
