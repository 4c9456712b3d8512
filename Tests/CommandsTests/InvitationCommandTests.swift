import Application
import Foundation
import Store
import Survey
import TestSupport
import Testing

/// `campaign add-respondent`, `campaign invite` and `campaign links`: what they print, and what they refuse.
@Suite("Commandes d'invitation", .serialized)
struct InvitationCommandTests {
    static let base = ["SIPADVISOR_BASE_URL": "https://sip.federation.example"]

    private func demo(_ scratch: Scratch) throws -> DemoFixture.Built {
        try DemoFixture.build(on: try AppDatabase.file(path: scratch.path("f.sqlite")), run: try Checkout.loadRun())
    }

    @Test func addRespondentPrintsTheNewLink() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let built = try demo(scratch)
        let outcome = try expectCommand(["campaign", "add-respondent", "1", "--profession", "kiné", "--email", "K@Exemple.fr"]
                                        + scratch.campaignOptions, environment: Self.base)
        let added = try #require(try built.store.campaigns.respondents(campaignID: 1).last)
        #expect(added.email == "k@exemple.fr")
        #expect(outcome.stdout == """
            «\u{A0}Masseur-kinésithérapeute 1\u{A0}» (Masseur-kinésithérapeute) ajouté·e à la campagne n° 1.
            Lien\u{A0}: https://sip.federation.example/r/\(added.token)

            """)
    }

    @Test(arguments: [
        (["--profession", "astronaute"], "--profession\u{A0}: profession inconnue «\u{A0}astronaute\u{A0}» (mots acceptés\u{A0}: MG, médecin"),
        (["--profession", "IDE", "--email", "ide@"], "--email\u{A0}: adresse e-mail invalide «\u{A0}ide@\u{A0}»"),
        (["--profession", "IDE", "--identifier", "IDE 1"], "--identifier\u{A0}: identifiant «\u{A0}IDE 1\u{A0}» déjà utilisé dans cette campagne"),
    ])
    func aRefusedRespondentNamesTheOptionAndWritesNothing(options: [String], message: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let built = try demo(scratch)
        let outcome = try expectCommand(["campaign", "add-respondent", "1"] + options + scratch.campaignOptions, status: 65, stdout: "")
        #expect(outcome.stderr.hasPrefix(message), "\(outcome.stderr)")
        #expect(try built.store.campaigns.respondents(campaignID: 1).count == built.respondents.count)
    }

    @Test func aDryRunListsWhoWouldBeRemindedAndWhoHasNoAddress() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let built = try demo(scratch)
        // MG 1 finished: an address does not make them reminded. DIET 1 has not started and has no address.
        try built.store.giveAddress("mg1@exemple.fr", to: "MG 1", campaignID: 1)
        let links = try RespondentLinks.load(built.store, definition: try Checkout.loadRun().survey, campaignID: 1, baseURL: "")
        #expect(links.people.filter { $0.status != .finished }.map(\.record.label) == ["DIET 1"])
        try expectCommand(["campaign", "invite", "1", "--reminder", "--dry-run"] + scratch.campaignOptions, stdout: """
            Simulation\u{A0}: 0 relance(s) à envoyer (rien n'est envoyé).
            Pas d'adresse (à prévenir vous-même)\u{A0}: DIET 1.
            """)
        #expect(try built.store.invitations.sendings(campaignID: 1).isEmpty)
    }

    @Test func withoutARelayTheCommandSaysWhichSettingsToGive() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try demo(scratch)
        try expectCommand(["campaign", "invite", "1"] + scratch.campaignOptions, status: 65, stdout: "",
                          stderr: "Envoi impossible\u{A0}: les réglages smtp_host et smtp_from (ou SIPADVISOR_SMTP_HOST et SIPADVISOR_SMTP_FROM) ne sont pas renseignés.")
    }

    @Test func invitationsGoThroughTheRelayAndArePrinted() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let built = try demo(scratch)
        try built.store.giveAddress("dietetique@exemple.fr", to: "DIET 1", campaignID: 1)
        let sink = try SMTPSink()
        defer { sink.stop() }
        let environment = Self.base.merging(["SIPADVISOR_SMTP_HOST": "127.0.0.1", "SIPADVISOR_SMTP_PORT": String(sink.port),
                                             "SIPADVISOR_SMTP_FROM": "dim@federation.example"]) { first, _ in first }
        let outcome = try expectCommand(["campaign", "invite", "1"] + scratch.campaignOptions, environment: environment)
        #expect(outcome.stdout.hasPrefix("1 invitation(s) envoyée(s).\n- DIET 1\u{A0}: dietetique@exemple.fr\n"))
        #expect(try sink.messages().map(\.envelopeTo) == [["dietetique@exemple.fr"]])
        #expect(try sink.messages().first?.body.contains("https://sip.federation.example/r/") == true)
        // Invited once: a second run sends nothing.
        let again = try expectCommand(["campaign", "invite", "1"] + scratch.campaignOptions, environment: environment)
        #expect(again.stdout.hasPrefix("0 invitation(s) envoyée(s).\n"))
    }

    @Test func linksPrintsTheMailMergeFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let built = try demo(scratch)
        let outcome = try expectCommand(["campaign", "links", "1"] + scratch.campaignOptions, environment: Self.base)
        let first = try built.respondent("MG 1")
        #expect(outcome.stdout.contains("identifiant;profession;e-mail;lien;état\r\nMG 1;Médecin généraliste;;https://sip.federation.example/r/\(first.token);"))
    }
}
