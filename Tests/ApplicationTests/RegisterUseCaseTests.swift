import Application
import Comparator
import Foundation
import Reports
import Store
import TestSupport
import Testing

/// The register's use cases: the comparative sheet's peers, flags, refusals naming their field, the facilitators'
/// ranking and the yearly report to funders.
@Suite("Registre des logiciels et facilitateurs (cas d'usage)")
struct RegisterUseCaseTests {
    /// The demo campaign's team, the reference products in the database, and three other teams.
    static func prepared() throws -> (built: DemoFixture.Built, run: RunData, others: [Int64]) {
        let run = try Checkout.loadRun()
        let built = try DemoFixture.build(on: try TestStores.make(), run: run)
        try EvidenceCatalog(store: built.store, reference: run.catalog).seedIfEmpty()
        let others = try ["MSP du Port (fictive)", "MSP récente (fictive)", "MSP partie (fictive)"].map { try built.store.teams.add(name: $0).id }
        return (built, run, others)
    }

    @Test func teamsToVisitComeFromTheRegisterAfterSixMonthsOfUseNotFromUserGroups() throws {
        let (built, run, others) = try Self.prepared()
        let register = SoftwareRegister(store: built.store)
        try register.record(SoftwareEntry(product: "vadrouille", version: "3", since: "2025-01-01"), team: others[0], by: "dim")
        try register.record(SoftwareEntry(product: "vadrouille", version: "3", since: "2026-10-01"), team: others[1], by: "dim")
        try register.record(SoftwareEntry(product: "vadrouille", version: "2", since: "2020-01-01", until: "2026-01-01"), team: others[2], by: "dim")
        try register.record(SoftwareEntry(product: "vadrouille", version: "3", since: "2020-01-01"), team: built.team.id, by: "dim")
        let documents = try CampaignDocuments(store: built.store, campaign: built.campaign.id, catalog: run.catalog, survey: run.survey, method: run.method)
        let peers = try documents.peers(on: "2026-12-01")
        #expect(peers == ["vadrouille": ["MSP du Port (fictive)"]], "not the team itself, not a team of two months, not one that left")
        let comparison = documents.comparison(products: documents.defaultProducts, settings: .standard(asOf: ComparisonSettings.day(iso: "2026-12-01")))
        let sheet = try documents.comparisonSheet(comparison, peers: peers, date: "2026-12-01", templates: run.templates).markdown
        #expect(sheet.contains("- À visiter dans la fédération\u{00A0}: MSP du Port (fictive)"))
    }

    @Test func severalVersionsOrProductsInUseAreFlagged() throws {
        let (built, _, others) = try Self.prepared()
        let register = SoftwareRegister(store: built.store)
        try register.record(SoftwareEntry(product: "chorus", version: "6.1", since: "2024-01-01"), team: others[0], by: "dim")
        try register.record(SoftwareEntry(product: "chorus", version: "6.2", since: "2026-01-01"), team: others[0], by: "dim")
        try register.record(SoftwareEntry(product: "weda", version: "2026", since: "2026-03-01"), team: others[0], by: "dim")
        let view = try register.view(team: others[0], on: "2026-12-01")
        #expect(view.flags == ["Plusieurs versions de Chorus en service\u{A0}: 6.1, 6.2", "Plusieurs logiciels en service\u{A0}: Chorus, WEDA"])
        #expect(try register.view(team: others[0], on: "2025-06-01").flags.isEmpty)
    }

    @Test(arguments: [
        (SoftwareEntry(product: "inconnu", version: "1", since: "2026-01-01"), "logiciel"),
        (SoftwareEntry(product: "chorus", version: " ", since: "2026-01-01"), "version"),
        (SoftwareEntry(product: "chorus", version: "6", since: "01/02/2026"), "depuis"),
        (SoftwareEntry(product: "chorus", version: "6", since: "2026-03-01", contractEnd: "2026-02-28"), "fin_contrat"),
        (SoftwareEntry(product: "chorus", version: "6", since: "2026-03-01", until: "2026-02-01"), "jusqua"),
    ])
    func aRefusedEntryNamesItsFieldAndWritesNothing(entry: SoftwareEntry, field: String) throws {
        let (built, _, others) = try Self.prepared()
        #expect(throws: RegisterRefusal.self) { try SoftwareRegister(store: built.store).record(entry, team: others[0], by: "dim") }
        do { try SoftwareRegister(store: built.store).record(entry, team: others[0], by: "dim") } catch let refusal as RegisterRefusal {
            #expect(refusal.field == field)
        }
        #expect(try built.store.teamSoftware.history(team: others[0]).isEmpty)
    }

    @Test func facilitatorsWhoMasterTheTeamsSoftwareComeFirstThenThoseOfItsProfessions() throws {
        let (built, run, others) = try Self.prepared()
        let desk = FacilitatorDesk(store: built.store, professions: run.catalog.professions)
        let today = Date(timeIntervalSince1970: 1_795_000_000)   // 2026-11-18
        try SoftwareRegister(store: built.store).record(SoftwareEntry(product: "chorus", version: "6", since: "2025-01-01"),
                                                        team: built.team.id, by: "dim")
        let add = { (name: String, profession: String, team: Int64, software: [FacilitatorEntry.Mastered]) in
            _ = try desk.add(FacilitatorEntry(name: name, profession: profession, team: team, software: software), by: "dim", today: today)
        }
        try add("Alex Récent", "pedicure-podologue", others[0], [.init(product: "chorus", sinceYear: "2024")])
        try add("Bea Ancienne", "psychologue", others[1], [.init(product: "chorus", sinceYear: "2019")])
        try add("Chris Infirmier", "infirmier", others[0], [.init(product: "weda", sinceYear: "2020")])
        try add("Dom Même Équipe", "infirmier", built.team.id, [.init(product: "chorus", sinceYear: "2015")])
        try add("Eve Sans Lien", "psychologue", others[2], [])
        let suggestions = try desk.suggestions(for: built.team.id, on: "2026-11-18")
        #expect(suggestions.map(\.facilitator.record.name) == ["Bea Ancienne", "Alex Récent", "Chris Infirmier"])
        #expect(suggestions.map(\.reason) == ["maîtrise Chorus depuis 2019, psychologue", "maîtrise Chorus depuis 2024, pédicure-podologue",
                                              "infirmier·e, une profession de l'équipe"])
    }

    @Test func theYearlyReportTotalsHoursAndNeutralisesFormulasInItsCSV() throws {
        let (built, run, others) = try Self.prepared()
        let desk = FacilitatorDesk(store: built.store, professions: run.catalog.professions)
        let person = try desk.add(FacilitatorEntry(name: "=HYPERLINK(\"x\")", profession: "infirmier", team: others[0]), by: "dim", today: Date())
        try desk.log(InterventionEntry(facilitator: person.id, team: others[1], date: "2026-02-03", topic: "Choix", hours: "1,5"), by: "dim")
        try desk.log(InterventionEntry(facilitator: person.id, team: others[2], date: "2026-05-04", topic: "Démo", hours: "2"), by: "dim")
        try desk.log(InterventionEntry(facilitator: person.id, team: others[2], date: "2027-01-04", topic: "Suite", hours: "8"), by: "dim")
        let report = try InterventionReport(store: built.store, year: 2026)
        #expect(report.total == .init(id: 0, name: "Total", interventions: 2, hours: 3.5))
        let csv = try report.csv()
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: csv.dropFirst(3), as: UTF8.self) == """
            annee;regroupement;nom;interventions;heures\r
            2026;facilitateur;"'=HYPERLINK(""x"")";2;3,50\r
            2026;équipe;MSP partie (fictive);1;2,00\r
            2026;équipe;MSP récente (fictive);1;1,50\r
            2026;total;Total;2;3,50\r

            """)
    }

    @Test(arguments: [
        (InterventionEntry(facilitator: 1, team: 1, date: "2026-13-01", topic: "x", hours: "1"), "date"),
        (InterventionEntry(facilitator: 1, team: 1, date: "2026-01-01", topic: "", hours: "1"), "sujet"),
        (InterventionEntry(facilitator: 1, team: 1, date: "2026-01-01", topic: "x", hours: "0"), "heures"),
        (InterventionEntry(facilitator: 1, team: 1, date: "2026-01-01", topic: "x", hours: "25"), "heures"),
    ])
    func aRefusedInterventionNamesItsField(entry: InterventionEntry, field: String) {
        #expect(entry.formatProblem()?.field == field)
    }
}
