import Application
import Catalog
import Comparator
import Deployment
import Foundation
import Reports
import TestSupport
import Testing

/// The sensitisation meeting's support: the memoir's seven topics in order, each point sourced and dated, the
/// federation's figures (unknown said as unknown, never 0), the team's own figures where known, an attendance sheet.
@Suite("Réunion de sensibilisation")
struct SensitisationMeetingTests {
    let demo = DemoData.shared
    let date = "2026-11-23"
    let sources = (try? ReportDataLoader.sources(Checkout.catalog.appendingPathComponent("sources.yaml"))) ?? [:]

    func meeting(products: (Product) -> Bool = \.fictional, team: SensitisationMeeting.Team? = nil) throws -> SensitisationMeeting {
        var catalog = demo.catalog
        catalog.products = catalog.products.filter(products)
        let headcount = demo.people.mapValues(\.count)
        return SensitisationMeeting(kit: try Checkout.loadRun().sensitisation, method: demo.method, catalog: catalog,
                                    team: team ?? .init(name: "MSP des Hirondelles (fictive)", fictional: true, campaign: "Recueil des besoins",
                                                        campaignDate: "2026-11-02", headcount: headcount),
                                    host: "Camille Martin, DIM (fictive)", date: date)
    }

    func markdown(_ meeting: SensitisationMeeting) throws -> String {
        try meeting.document(templates: TemplateSet(builtIn: Checkout.templates)).citing(sources).markdown
    }

    @Test func theDemoTeamsSupportMatchesItsGoldenFile() throws {
        try expectGolden("reunion-sensibilisation.md", try markdown(meeting()))
    }

    @Test func theSevenTopicsOfTheMemoirComeInItsOrder() throws {
        let text = try markdown(meeting())
        let titles = ["## 1. Ce que le système d'information partagé apporte", "## 2. Ce qu'attend l'accord conventionnel",
                      "## 3. Le label e-santé et le référencement Ségur", "## 4. La méthode", "## 5. L'investissement humain et financier",
                      "## 6. Avancer progressivement", "## 7. Les solutions labellisées et les réalités des éditeurs"]
        let positions = try titles.map { try #require(text.range(of: $0), "\($0)").lowerBound }
        #expect(positions == positions.sorted())
        // Every point says its source by title and its date; no registered id is left for a reader to decode.
        #expect(!text.contains("memoire-npdc-2017"))
        #expect(text.contains("(Agence du numérique en santé, page «\u{00A0}Label e-santé"))
    }

    @Test func theTeamsHeadcountGivesTheProfessionalsToEquipAndTheMonthlyCost() throws {
        let text = try markdown(meeting())
        let professionals = demo.people.values.map(\.count).reduce(0, +)
        #expect(text.contains("Professionnel·les à équiper dans votre équipe\u{00A0}: \(professionals), d'après la liste de la campagne"))
        // The fictional products' declared monthly subscriptions, times the team's headcount.
        let monthly = demo.catalog.products.filter(\.fictional).compactMap { product -> Double? in
            guard let fact = product.facts[WellKnownCriterion.monthlyCostPerProfessional], fact.isKnown, case let .number(value)? = fact.value else { return nil }
            return value
        }
        let low = try #require(monthly.min()), high = try #require(monthly.max())
        #expect(text.contains("l'abonnement serait de \(FrenchNumber.euros(low * Double(professionals))) à \(FrenchNumber.euros(high * Double(professionals))) par mois"))
    }

    /// The real products carry no cost: the support says « non renseigné », never « 0 € », and gives no team total.
    @Test func unknownCostsAreSaidUnknown() throws {
        let text = try markdown(meeting(products: { !$0.fictional }))
        #expect(text.contains("Coût initial (acquisition, installation, reprise, formation initiale)\u{00A0}: non renseigné pour les 7 logiciels du catalogue"))
        #expect(!text.contains("0\u{202F}€"))
        #expect(!text.contains("l'abonnement serait"))
        // Label statuses dated 2017 are flagged as old.
        #expect(text.contains("Un statut ancien n'est pas un statut actuel"))
        #expect(text.contains("Référencement Ségur renseigné pour 0 logiciel sur 7 (non renseigné n'est pas «\u{00A0}non référencé\u{00A0}»)."))
    }

    @Test(arguments: [(0, 12), (5, 12), (18, 18)])
    func theAttendanceSheetHasALineForEveryone(headcount: Int, lines: Int) throws {
        let team = SensitisationMeeting.Team(name: "MSP du Test (fictive)", fictional: true, campaign: headcount == 0 ? nil : "Recueil",
                                             campaignDate: "2026-11-02", headcount: headcount == 0 ? [:] : ["infirmier": headcount])
        let text = try markdown(meeting(team: team))
        let sheet = try #require(text.components(separatedBy: "## Feuille d'émargement").last)
        let rows = sheet.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.hasSuffix("| | | |") }
        #expect(rows.count == lines)
    }

    @Test func aTeamWithoutCampaignIsToldItsFiguresComeLater() throws {
        let text = try markdown(meeting(team: .init(name: "MSP Nouvelle (fictive)", fictional: true)))
        #expect(text.contains("Aucune campagne de recueil des besoins pour cette équipe"))
        #expect(text.contains("Professionnel·les à équiper dans votre équipe\u{00A0}: non renseigné (aucune campagne)"))
    }

    /// The federation's own teams on each product (the register) come first in the products table.
    @Test func theRegistersTeamsArePrintedBesideTheSourcedInstallBase() throws {
        var meeting = try meeting()
        meeting.federationTeams = ["vadrouille": 2]
        let text = try markdown(meeting)
        #expect(text.contains("| Vadrouille Soins (fictif) | non renseigné |") && text.contains("| fédération\u{00A0}: 2 équipes (registre) |"))
    }

    @Test(arguments: [("2026-11-20", "ne répond plus au label (signalé le 20 novembre 2026)"),
                      ("2017", "ne répond plus au label (signalé en 2017)"), ("2017-03", "ne répond plus au label (signalé en mars 2017)")])
    func aLostLabelSaysWhenItWasReported(lost: String, words: String) {
        #expect(LabelStatus(state: .noLongerMeets, lost: lost, source: "demo-fictive", date: lost).frenchState == words)
    }

    /// User text (the team's name) is escaped like every document's.
    @Test func theTeamsNameIsEscaped() throws {
        let text = try markdown(meeting(team: .init(name: "<script>alert(1)</script> | **MSP**", fictional: true)))
        #expect(!text.contains("<script>"))
        #expect(!text.contains("| **MSP**"))
    }
}
