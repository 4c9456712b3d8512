import Catalog
import Foundation
import HTTPTypes
import HummingbirdTesting
import Store
import TestSupport
import Testing
import Web

/// The links page: status per person, the mail-merge download, sending through a local SMTP sink, a respondent
/// added, a link revoked after confirmation and restored; the DIM's only.
@Suite("Liens, invitations et relances", .serialized)
struct InvitationPageTests {
    static let paths = ["/campagnes/1/liens", "/campagnes/1/liens.csv", "/campagnes/1/liens/envoi?type=relance", "/campagnes/1/liens/1/revoquer"]

    @Test(arguments: [("dim@example.org", 200), ("admin@example.org", 200), ("coord@example.org", 403), ("animation@example.org", 403)])
    func onlyTheDIMReachesTheLinksAndTheirForms(email: String, status: Int) async throws {
        try await WebFixture.visit(loggedInAs: email) { _, visitor in
            for path in Self.paths {
                #expect(Int(try await visitor.get(path).status.code) == status, "\(email) \(path)")
            }
            let posted = try await visitor.submit("/campagnes/1/liens/ajouter", from: "/equipes", [("profession", "IDE")])
            #expect(Int(posted.status.code) == (status == 200 ? 200 : 403), "\(email) ajout")
        }
    }

    @Test func anonymousVisitorsAreSentToLogin() async throws {
        try await WebFixture.visit { _, visitor in
            for path in Self.paths {
                let response = try await visitor.get(path)
                #expect(response.status == .seeOther, "\(path)")
            }
        }
    }

    @Test func thePageShowsWhereEachOneStandsAndTheCounts() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let token = fixture.tokens["IDE 1"]!
            let respondent = Visitor(visitor.client)
            let saved = try await respondent.submit("/r/\(token)/page/2", from: "/r/\(token)/page/2", [("aller", "precedente")])
            #expect(saved.status == .seeOther)
            let page = try await visitor.get("/campagnes/1/liens").text
            let count = try #require(fixture.store.campaigns.respondents(campaignID: 1).first { $0.label == "IDE 1" }?.pageCount)
            #expect(page.contains("en cours (page 2 sur \(count))"))
            #expect(page.contains("<strong>2</strong> pas commencé · <strong>1</strong> en cours · <strong>0</strong> terminé"))
            #expect(page.contains("<em>pas d&#39;adresse</em>") || page.contains("<em>pas d'adresse</em>"))
        }
    }

    @Test func theMailMergeDownloadIsTheSpreadsheetCSV() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let response = try await visitor.get("/campagnes/1/liens.csv")
            #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(response.headers[.contentDisposition] == "attachment; filename=\"liens-campagne-1.csv\"")
            // The byte-order mark decodes as U+FEFF.
            #expect(response.text.hasPrefix("\u{FEFF}identifiant;profession;e-mail;lien;état\r\nIDE 1;Infirmier·e;;http://127.0.0.1:8080/r/\(fixture.tokens["IDE 1"]!);pas commencé\r\n"))
        }
    }

    @Test func revokingAsksForConfirmationAndCanBeUndone() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let token = fixture.tokens["MG 1"]!
            let confirmation = try await visitor.get("/campagnes/1/liens/2/revoquer")
            #expect(confirmation.text.contains("Révoquer le lien de «\u{A0}MG 1\u{A0}»\u{A0}?"))
            #expect(try await visitor.submit("/campagnes/1/liens/2/revoquer", from: "/campagnes/1/liens/2/revoquer", []).status == .seeOther)
            #expect(try await Visitor(visitor.client).get("/r/\(token)").status == .notFound)
            #expect(try await visitor.get("/campagnes/1/liens").text.contains("Rétablir le lien"))
            #expect(try await visitor.submit("/campagnes/1/liens/2/retablir", from: "/campagnes/1/liens", []).status == .seeOther)
            #expect(try await Visitor(visitor.client).get("/r/\(token)").status == .seeOther)
            // Not through a campaign the respondent is not in.
            #expect(try await visitor.submit("/campagnes/1/liens/4/retablir", from: "/campagnes/1/liens", []).status == .notFound)
            #expect(try await visitor.post("/campagnes/1/liens/2/revoquer", [("_csrf", "faux")]).status == .forbidden)
        }
    }

    @Test func aRespondentIsAddedOrTheFormSaysWhichFieldIsWrong() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let refused = try await visitor.submit("/campagnes/1/liens/ajouter", from: "/campagnes/1/liens",
                                                   [("profession", "astronaute"), ("email", "k@exemple.fr"), ("identifiant", "")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Profession\u{A0}: profession inconnue «\u{A0}astronaute\u{A0}»"))
            #expect(refused.text.contains("value=\"k@exemple.fr\""))
            let badAddress = try await visitor.submit("/campagnes/1/liens/ajouter", from: "/campagnes/1/liens",
                                                      [("profession", "kiné"), ("email", "k@"), ("identifiant", "")])
            #expect(badAddress.text.contains("Adresse e-mail\u{A0}: adresse e-mail invalide"))
            #expect(try fixture.store.campaigns.respondents(campaignID: 1).count == 3)
            let added = try await visitor.submit("/campagnes/1/liens/ajouter", from: "/campagnes/1/liens",
                                                 [("profession", "kiné"), ("email", "K@Exemple.fr"), ("identifiant", "")])
            #expect(added.status == .ok && added.text.contains("«\u{A0}Masseur-kinésithérapeute 1\u{A0}» ajouté·e"))
            let stored = try #require(fixture.store.campaigns.respondents(campaignID: 1).last)
            #expect(stored.label == "Masseur-kinésithérapeute 1" && stored.profession == "masseur-kinesitherapeute" && stored.email == "k@exemple.fr")
        }
    }

    @Test func theDIMConfirmsThenSendsAndTheSendingIsShown() async throws {
        let sink = try SMTPSink()
        defer { sink.stop() }
        let settings = FederationSettings([.smtpHost: "127.0.0.1", .smtpPort: String(sink.port), .smtpFrom: "dim@federation.example"])
        let fixture = try WebFixture(settings: settings)
        defer { fixture.remove() }
        try fixture.store.giveAddress("ide1@exemple.fr", to: "IDE 1", campaignID: 1)
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            try await visitor.login("dim@example.org")
            let confirmation = try await visitor.get("/campagnes/1/liens/envoi?type=invitation").text
            #expect(confirmation.contains("Confirmer l&#39;envoi de 1 e-mail(s)") || confirmation.contains("Confirmer l'envoi de 1 e-mail(s)"))
            #expect(confirmation.contains("<li>MG 1</li>") && confirmation.contains("<li>PH 1</li>"))
            let sent = try await visitor.submit("/campagnes/1/liens/envoi", from: "/campagnes/1/liens/envoi?type=invitation", [("type", "invitation")])
            #expect(sent.text.contains("1 invitation(s) envoyée(s). Pas d&#39;adresse\u{A0}: MG 1, PH 1.")
                    || sent.text.contains("1 invitation(s) envoyée(s). Pas d'adresse\u{A0}: MG 1, PH 1."))
            #expect(sent.text.contains("invitation le ") && sent.text.contains("(dim@example.org)"))
            #expect(try await onOwnThread { (try? sink.messages().map(\.envelopeTo)) ?? [] } == [["ide1@exemple.fr"]])
        }
    }
}
