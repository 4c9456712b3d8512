import Application
import Catalog
import Comparator
import Foundation
import Store
import Survey
import TestSupport
import Testing

/// Following and inviting a campaign's respondents: status per person, the mail-merge file, e-mails through a real
/// SMTP sink on loopback (aiosmtpd), a respondent added to a running campaign, a link revoked and restored.
@Suite("Invitations et suivi des liens", .serialized)
struct InvitationTests {
    static let base = "https://sip.federation.example"

    private func demo(answered: Bool = true) throws -> (DemoFixture.Built, RunData) {
        let run = try Checkout.loadRun()
        return (try DemoFixture.build(on: TestStores.make(), run: run, answered: answered), run)
    }

    private func links(_ built: DemoFixture.Built, _ run: RunData) throws -> RespondentLinks {
        try RespondentLinks.load(built.store, definition: run.survey, campaignID: built.campaign.id, baseURL: Self.base)
    }

    /// Saves one valid answer as the questionnaire's page `page` of `count` does.
    private func savePage(_ page: Int, of count: Int, respondent: RespondentRecord, built: DemoFixture.Built, run: RunData) throws {
        let item = try #require(run.survey.item("sites-exercice"))
        let saving = AnswerSaving(database: built.store, survey: run.survey)
        let checked = saving.checkRespondentPage(.init(shown: [item], stored: [:], submitted: [item.id: "2"]), respondent: respondent,
                                                 requireAnswers: false) { _, _ in true }
        try saving.saveRespondentPage(checked, respondent: respondent, completes: false, page: (page, count))
    }

    /// Gives every respondent of the campaign an address (`label` in lower case, spaces as dots), but `except`.
    private func giveAddresses(_ built: DemoFixture.Built, except: Set<String> = []) throws {
        for respondent in built.respondents where !except.contains(respondent.label) {
            let address = respondent.label.lowercased().replacingOccurrences(of: " ", with: ".") + "@exemple.fr"
            try built.store.giveAddress(address, to: respondent.label, campaignID: built.campaign.id)
        }
    }

    @Test func someoneInProgressIsShownAtTheFurthestPageTheyReached() throws {
        let (built, run) = try demo(answered: false)
        let nurse = try built.respondent("IDE 1")
        #expect(try links(built, run).people.first { $0.record.id == nurse.id }?.statusText == "pas commencé")
        try savePage(3, of: 7, respondent: nurse, built: built, run: run)
        try savePage(2, of: 7, respondent: nurse, built: built, run: run)   // « Page précédente » does not lower it
        let after = try links(built, run)
        #expect(after.people.first { $0.record.id == nurse.id }?.statusText == "en cours (page 3 sur 7)")
        #expect(after.count(.inProgress) == 1 && after.count(.notStarted) == built.respondents.count - 1 && after.count(.finished) == 0)
    }

    @Test func theMailMergeFileHasFullLinksStatusesAndEscapedFormulas() throws {
        let (built, run) = try demo()
        let added = try RespondentAddition(database: built.store, professions: run.catalog.professions)
            .add(campaignID: built.campaign.id, profession: "IDE", email: "Nouvelle@Exemple.fr", identifier: "=HYPERLINK(\"x\")").get()
        try built.store.invitations.setRevoked(true, respondentID: built.respondents[0].id, campaignID: built.campaign.id)
        let data = try links(built, run).mailMerge(professionLabel: run.catalog.professionLabel)
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0] == "identifiant;profession;e-mail;lien;état")
        #expect(lines.contains("\"'=HYPERLINK(\"\"x\"\")\";Infirmier·e;nouvelle@exemple.fr;\(Self.base)/r/\(added.token);pas commencé"))
        // A revoked link is not to be sent: it is not in the file.
        #expect(!lines.contains { $0.hasPrefix(built.respondents[0].label + ";") })
        #expect(lines.contains { $0.hasSuffix(";terminé") })
        #expect(lines.count == built.respondents.count + 2)   // header, the others, the added one, final empty line
    }

    @Test func remindersReachTheLocalSMTPSinkOnlyForThoseNotFinished() throws {
        let (built, run) = try demo()
        try giveAddresses(built, except: ["PH 1"])
        let sink = try SMTPSink()
        defer { sink.stop() }
        let settings = FederationSettings([.federationName: "Fédération fictive des MSP", .dimContact: "dim@federation.example",
                                           .smtpHost: "127.0.0.1", .smtpPort: String(sink.port), .smtpFrom: "dim@federation.example"])
        let sending = InvitationSending(database: built.store, survey: run.survey, settings: settings, baseURL: Self.base)
        let before = try links(built, run)
        let unfinished = before.people.filter { $0.status != .finished }
        #expect(!unfinished.isEmpty && unfinished.count < before.people.count)

        let outcome = try sending.send(campaignID: built.campaign.id, kind: .reminder, sender: "dim@federation.example", through: sending.transport())
        let received = try sink.messages()
        let expected = Set(unfinished.compactMap { $0.record.label == "PH 1" ? nil : $0.record.email })
        #expect(Set(received.flatMap(\.envelopeTo)) == expected)
        #expect(received.count == expected.count && outcome.sent.count == expected.count && outcome.failed.isEmpty)
        #expect(outcome.withoutAddress.map(\.record.label) == (unfinished.contains { $0.record.label == "PH 1" } ? ["PH 1"] : []))
        for message in received {
            let person = try #require(unfinished.first { $0.record.email == message.envelopeTo.first })
            #expect(message.asciiHeaders && message.rawSubject.hasPrefix("=?UTF-8?B?"))
            #expect(message.subject == "Rappel\u{A0}: votre questionnaire pour «\u{A0}\(DemoFixture.teamName)\u{A0}»")
            #expect(message.from == "Fédération fictive des MSP <dim@federation.example>")
            #expect(message.charset == "utf-8")
            #expect(message.body.replacingOccurrences(of: "\r\n", with: "\n").contains("\n\(Self.base)/r/\(person.record.token)\n"))
            #expect(message.body.contains("Contactez le DIM\u{A0}: dim@federation.example."))
            #expect(message.body.contains("\(Self.base)/confidentialite"))
            #expect(message.body.contains("Votre questionnaire n'est pas encore terminé."))
        }
        let recorded = try built.store.invitations.sendings(campaignID: built.campaign.id).values.flatMap { $0 }
        #expect(recorded.count == expected.count && recorded.allSatisfy { $0.kind == "relance" && $0.sentBy == "dim@federation.example" })
    }

    @Test func invitationsGoOnceAndARefusedRecipientDoesNotStopTheOthers() throws {
        let (built, run) = try demo(answered: false)
        try giveAddresses(built)
        try built.store.giveAddress("refuse@exemple.fr", to: built.respondents[0].label, campaignID: built.campaign.id)
        let sink = try SMTPSink()
        defer { sink.stop() }
        let settings = FederationSettings([.smtpHost: "127.0.0.1", .smtpPort: String(sink.port), .smtpFrom: "dim@federation.example"])
        let sending = InvitationSending(database: built.store, survey: run.survey, settings: settings, baseURL: Self.base)
        let first = try sending.send(campaignID: built.campaign.id, kind: .invitation, sender: "ligne de commande", through: sending.transport())
        #expect(first.sent.count == built.respondents.count - 1)
        #expect(first.failed.map(\.person.record.id) == [built.respondents[0].id])
        #expect(first.failed.first?.reason.contains("550") == true)
        let subject = try #require(try sink.messages().first).subject
        #expect(subject == "Questionnaire\u{A0}: le logiciel partagé de «\u{A0}\(DemoFixture.teamName)\u{A0}»")
        // Sent again: only the one the relay refused is still to invite.
        #expect(try sending.plan(campaignID: built.campaign.id, kind: .invitation).recipients.map(\.record.id) == [built.respondents[0].id])
    }

    @Test func withoutARelayNothingIsSentAndTheSettingsAreNamed() throws {
        let (built, run) = try demo()
        let sending = InvitationSending(database: built.store, survey: run.survey, settings: FederationSettings(), baseURL: Self.base)
        #expect(throws: MailError.self) { try sending.transport() }
        do { _ = try sending.transport() } catch { #expect("\(error)".contains("smtp_host et smtp_from")) }
    }

    @Test func aRespondentAddedToARunningCampaignGetsALinkAndANumberedIdentifier() throws {
        let (built, run) = try demo()
        let addition = RespondentAddition(database: built.store, professions: run.catalog.professions)
        let first = try addition.add(campaignID: built.campaign.id, profession: "kiné", email: "", identifier: "").get()
        let second = try addition.add(campaignID: built.campaign.id, profession: "kine\u{0301}s", email: " K2@Exemple.FR ", identifier: "").get()
        #expect(first.label == "Masseur-kinésithérapeute 1" && first.profession == "masseur-kinesitherapeute" && first.email == nil)
        #expect(second.label == "Masseur-kinésithérapeute 2" && second.email == "k2@exemple.fr")
        #expect(try built.store.campaigns.respondentPage(token: second.token)?.respondent.id == second.id)
    }

    @Test(arguments: [
        ("astronaute", "", "", "profession"), ("IDE", "pas-une-adresse", "", "email"), ("IDE", "", "IDE 1", "identifiant"),
        ("IDE", "", String(repeating: "é", count: 101), "identifiant"),
    ])
    func aRefusedAdditionNamesItsFieldAndWritesNothing(profession: String, email: String, identifier: String, field: String) throws {
        let (built, run) = try demo()
        let result = try RespondentAddition(database: built.store, professions: run.catalog.professions)
            .add(campaignID: built.campaign.id, profession: profession, email: email, identifier: identifier)
        guard case .failure(let refusal) = result else { Issue.record("accepté"); return }
        #expect(refusal.field == field)
        #expect(try built.store.campaigns.respondents(campaignID: built.campaign.id).count == built.respondents.count)
    }

    @Test func aRevokedLinkCanBeRestoredWithItsAnswers() throws {
        let (built, run) = try demo()
        let nurse = try built.respondent("IDE 1")
        let answers = try built.store.answers.of(respondentID: nurse.id)
        #expect(try built.store.invitations.setRevoked(true, respondentID: nurse.id, campaignID: built.campaign.id))
        #expect(try built.store.campaigns.respondentPage(token: nurse.token) == nil)
        #expect(try links(built, run).people.first { $0.record.id == nurse.id }?.statusText == "lien révoqué")
        #expect(try built.store.invitations.setRevoked(false, respondentID: nurse.id, campaignID: built.campaign.id))
        let restored = try #require(try built.store.campaigns.respondentPage(token: nurse.token))
        #expect(restored.answers == answers && !answers.isEmpty)
        // Not through another campaign.
        #expect(try !built.store.invitations.setRevoked(true, respondentID: nurse.id, campaignID: built.campaign.id + 1))
    }
}
