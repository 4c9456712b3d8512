import Foundation
import HTTPTypes
import HummingbirdTesting
import Store
import TestSupport
import Testing
import Web

/// The respondent's and the DIM's path as people tried it.
@Suite("Parcours tel qu'essayé")
struct RespondentPathTests {
    @Test func previousPageKeepsWhatWasTypedOnThisPage() async throws {
        try await WebFixture.visit { fixture, visitor in
            let token = fixture.tokens["IDE 1"]!
            let path = try await visitor.page(token: token, showing: "logiciel-metier")
            let page = try await visitor.get(path)
            #expect(page.text.contains("name=\"aller\" value=\"precedente\""))
            let back = try await visitor.post(path, [("_csrf", Visitor.csrf(in: page.text) ?? ""), ("aller", "precedente"),
                                                     ("logiciel-metier", "Logiciel X\r\nversion 2")])
            #expect(back.status == .seeOther)
            #expect(back.location != path, "goes back a page")
            #expect(try fixture.store.answers.of(respondentID: 1)["logiciel-metier"] == "Logiciel X\nversion 2")
            #expect(try await visitor.get(path).text.contains("Logiciel X\nversion 2"))
        }
    }

    @Test func anExpiredFormComesBackWithWhatWasTypedNotTheLoginPage() async throws {
        try await WebFixture.visit { fixture, visitor in
            let token = fixture.tokens["IDE 1"]!
            let path = try await visitor.page(token: token, showing: "logiciel-metier")
            // A form whose cookie is gone (the phone slept, the browser restarted): a fresh visitor, an old token.
            let response = try await Visitor(visitor.client).post(path, [("_csrf", "ancien-jeton-perime-0000000000"), ("logiciel-metier", "Mon logiciel")])
            #expect(response.status == .forbidden)
            #expect(response.text.contains("restée ouverte trop longtemps"))
            #expect(response.text.contains("Mon logiciel"))
            #expect(response.text.contains("action=\"\(path)\""))
            #expect(!response.text.contains("motdepasse"))
            #expect(try fixture.store.answers.of(respondentID: 1).isEmpty)
        }
    }

    @Test func onlyTheLastPageSaysItFinishes() async throws {
        try await WebFixture.visit { fixture, visitor in
            let token = fixture.tokens["PH 1"]!
            var finishing: [Int] = [], count = 0
            for number in 1...40 {
                let page = try await visitor.get("/r/\(token)/page/\(number)")
                if page.status == .notFound { break }
                count = number
                if page.text.contains("Terminer et envoyer mes réponses") { finishing.append(number) }
            }
            #expect(count > 3)
            #expect(finishing == [count])
        }
    }

    @Test func aFollowUpOnTheSamePageSaysWhenItApplies() async throws {
        try await WebFixture.visit { fixture, visitor in
            let token = fixture.tokens["IDE 1"]!
            let path = try await visitor.page(token: token, showing: "outil-mssante-satisfaction")
            let page = try await visitor.get(path)
            #expect(page.text.contains("Seulement si vous n&#39;avez pas répondu «\u{A0}Jamais\u{A0}»")
                    || page.text.contains("Seulement si vous n'avez pas répondu «\u{A0}Jamais\u{A0}»"))
            #expect(page.text.contains("sinon, cette réponse sera ignorée"))
        }
    }

    @Test func maturityQuestionsOfferJeNeSaisPas() async throws {
        try await WebFixture.visit { fixture, visitor in
            let token = fixture.tokens["PH 1"]!
            let path = try await visitor.page(token: token, showing: "maturite-organisation-equipe")
            let page = try await visitor.get(path)
            #expect(page.text.contains("value=\"ne-sait-pas\""))
            #expect(page.text.contains("Je ne sais pas"))
        }
    }

    @Test(arguments: ["/campagnes/1/liens", "/campagnes/1/equipe", "/campagnes/1/actions", "/campagnes/1/synthese",
                      "/campagnes/1/comparaison", "/campagnes/1/plan"])
    func everyCampaignPageLinksBackToItsCampaign(path: String) async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let page = try await visitor.get(path)
            #expect(page.status == .ok)
            #expect(page.text.contains("href=\"/campagnes/1\""))
        }
    }

    @Test func readinessReasonsNameQuestionsInFrenchNotByTheirIds() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            // One finished respondent, so the synthesis has a readiness verdict with its reasons.
            try fixture.store.savePage(respondentID: 1, answers: ["profession": "infirmier", "aisance-numerique": "2"],
                                       withdrawn: [], completes: true)
            let page = try await visitor.get("/campagnes/1/synthese")
            #expect(page.text.contains("Le projet de santé de la structure est-il validé par l"))
            #expect(!page.text.contains("projet-sante-valide"))
            #expect(!page.text.contains("« coordinateur »") && !page.text.contains("«\u{A0}coordinateur\u{A0}»"))
        }
    }
}
