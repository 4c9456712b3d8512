import Catalog
import Foundation
import HTTPTypes
import HummingbirdTesting
import Reports
import Survey
import TestSupport
import Testing
@testable import Web

/// The respondent is informed: the first page's welcome, the notice at `/confidentialite`, the sections'
/// introductions.
@Suite("Information du répondant")
struct RespondentNoticeTests {
    static let settings = FederationSettings([
        .federationName: "Fédération fictive des MSP", .dataController: "Association fictive des MSP",
        .dimContact: "dim@federation.example", .dataProtectionContact: "dpo@federation.example",
        .retentionMonths: "24", .baseURL: "https://sip.federation.example",
    ])

    @Test func theFirstPageWelcomesWithTheSettingsAndTheQuestionnairesLength() async throws {
        let fixture = try WebFixture(settings: Self.settings)
        defer { fixture.remove() }
        let length = fixture.app.pagers.pager(for: "infirmier").length
        try await fixture.application.test(.router) { client in
            let page = try await Visitor(client).get("/r/\(fixture.tokens["IDE 1"]!)/page/1").text
            for shown in ["<h2 id=\"bienvenue\">Bienvenue</h2>", "Fédération fictive des MSP", "«\u{A0}MSP des Hirondelles (fictive)\u{A0}»",
                          "Votre profession\u{A0}: Infirmier·e.", "environ \(length.minutes)\u{A0}minutes, sur \(length.pages)\u{A0}pages au plus",
                          "seulement le DIM de la fédération (dim@federation.example)", "la synthèse de toutes les réponses",
                          "au moins 2\u{A0}réponses", "Durée de conservation de vos réponses\u{A0}: 24\u{A0}mois.",
                          "Écrivez à\u{A0}: dpo@federation.example", "<a href=\"/confidentialite\">Tout savoir"] {
                #expect(page.contains(shown), "\(shown)")
            }
            #expect(page.contains("Page 1 sur \(length.pages)"))
        }
    }

    @Test func theLengthCountsEveryQuestionTheProfessionMayBeAsked() throws {
        let (_, survey) = try Checkout.loadSurvey()
        let pager = QuestionnairePager(definition: survey, profession: "infirmier")
        let items = pager.pages.flatMap(\.items)
        let texts = items.filter { $0.kind == .text }.count
        #expect(pager.length.pages == pager.pages.count)
        #expect(pager.length.minutes == ((items.count - texts) * 20 + texts * 60 + 59) / 60)
        #expect(pager.length.minutes > 1)
    }

    @Test func laterPagesHaveNoWelcomeButTheFooterLink() async throws {
        let fixture = try WebFixture(settings: Self.settings)
        defer { fixture.remove() }
        try await fixture.application.test(.router) { client in
            let page = try await Visitor(client).get("/r/\(fixture.tokens["IDE 1"]!)/page/2").text
            #expect(!page.contains("Bienvenue"))
            #expect(page.contains("<footer>") && page.contains("<a href=\"/confidentialite\">Vos données et vos droits</a></footer>"))
        }
    }

    @Test func theNoticeIsPublicAndSaysEverySetting() async throws {
        let fixture = try WebFixture(settings: Self.settings)
        defer { fixture.remove() }
        try await fixture.application.test(.router) { client in
            let response = try await Visitor(client).get("/confidentialite")
            #expect(response.status == .ok)
            let page = response.text
            for shown in ["<h1>Vos données et vos droits</h1>", "questionnaire de Fédération fictive des MSP",
                          "Responsable du traitement\u{A0}: Association fictive des MSP.", "24\u{A0}mois", "dpo@federation.example",
                          "le DIM, dim@federation.example", "Accès\u{A0}:", "Rectification\u{A0}:", "Effacement\u{A0}:", "Opposition\u{A0}:"] {
                #expect(page.contains(shown), "\(shown)")
            }
        }
    }

    @Test func unsetSettingsShowTheirPlaceholders() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application.test(.router) { client in
            let page = try await Visitor(client).get("/confidentialite").text
            for key in FederationSettings.Key.allCases.filter(\.isRequired) where key != .baseURL {
                #expect(page.contains(key.placeholder), "\(key)")
            }
        }
    }

    /// Every setting is the federation's text: escaped wherever it is shown.
    @Test(arguments: FederationSettings.Key.allCases.filter(\.isRequired).filter { $0 != .retentionMonths && $0 != .baseURL })
    func everySettingIsEscaped(key: FederationSettings.Key) async throws {
        let hostile = "<script>alert(\"x\")</script> & 'y'"
        var values = Dictionary(uniqueKeysWithValues: FederationSettings.Key.allCases.filter(\.isRequired).map { ($0, Self.settings[$0]!) })
        values[key] = hostile
        let fixture = try WebFixture(settings: FederationSettings(values))
        defer { fixture.remove() }
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            // The welcome names everything but the data controller, which the full notice names.
            let welcome = key == .dataController ? [] : ["/r/\(fixture.tokens["IDE 1"]!)/page/1"]
            for path in ["/confidentialite"] + welcome {
                let page = try await visitor.get(path).text
                #expect(!page.contains("<script>"), "\(path)")
                #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"), "\(path)")
            }
        }
    }

    /// Each section's introduction shows on every page of the section, not only the one that opens it (someone who
    /// resumes mid-section never saw it), the questionnaire's first page included.
    @Test(arguments: ["IDE 1", "MG 1", "PH 1"])
    func everySectionIntroductionShowsOnEveryPageOfIt(respondent: String) async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let profession = ["IDE 1": "infirmier", "MG 1": "medecin-generaliste", "PH 1": "pharmacien"][respondent]!
        let pager = fixture.app.pagers.pager(for: profession)
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            for index in pager.pages.indices {
                guard let intro = pager.pages[index].section.intro else { continue }
                let page = try await visitor.get("/r/\(fixture.tokens[respondent]!)/page/\(index + 1)").text
                #expect(page.contains(FrenchTypography.text(PageHTML().escapeText(intro))), "page \(index + 1): \(intro)")
            }
        }
    }
}

extension BrowserTests {
    /// A nurse opens her link on a phone: the welcome is on screen, the page does not scroll sideways; the
    /// screenshot is kept under `.build/` to be looked at.
    @Test func theWelcomeShowsOnAPhone() async throws {
        let fixture = try WebFixture(settings: RespondentNoticeTests.settings)
        defer { fixture.remove() }
        let screenshot = Checkout.root.appendingPathComponent(".build/screenshots/accueil-390px.png")
        try? FileManager.default.removeItem(at: screenshot)
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let (status, output) = try await runPython(["scripts/browser_welcome.py", "--base", "http://127.0.0.1:\(port)",
                                                        "--token", fixture.tokens["IDE 1"]!, "--screenshot", screenshot.path])
            #expect(status == 0, "\(output)")
            #expect(output.contains("OK accueil téléphone"))
        }
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
