import Application
import Comparator
import Foundation
import Store
import TestSupport
import Testing

/// A product's label status recorded by the DIM (`EvidenceCatalog.recordLabel`, the web form and `product label`).
@Suite("Statut du label d'un produit")
struct LabelEntryTests {
    static let today = CalendarStub.day("2026-12-01")

    func evidence() throws -> EvidenceCatalog {
        EvidenceCatalog(store: try TestStores.make(), reference: try Checkout.loadRun().catalog)
    }

    static func lost(product: String = "chorus", state: String = "no-longer-meets", level: String = "", granted: String = "",
                     lost: String = "2026-11-20", source: String = "Liste ANS du 20 novembre 2026",
                     date: String = "2026-11-20") -> LabelEntry {
        LabelEntry(product: product, state: state, level: level, granted: granted, lost: lost, source: source, date: date)
    }

    @Test(arguments: [
        (lost(product: "inconnu"), "produit"),
        (lost(state: "perdu"), "etat"),
        (lost(lost: ""), "perdu"),
        (lost(lost: "20/11/2026"), "perdu"),
        (lost(lost: "2027-01"), "perdu"),
        (lost(state: "held", lost: "2026-11"), "perdu"),
        (lost(level: "standard"), "niveau_label"),
        (lost(state: "held", level: "expert", lost: ""), "niveau_label"),
        (lost(granted: "2016-13"), "obtenu"),
        (lost(source: " "), "source"),
        (lost(date: ""), "date"),
        (lost(date: "2026-11-2"), "date"),
    ])
    func aStatusIsRefusedNamingItsField(entry: LabelEntry, field: String) throws {
        let evidence = try evidence()
        #expect(throws: FactEntry.Refusal.self) { try evidence.recordLabel(entry, by: "dim", today: Self.today) }
        do { try evidence.recordLabel(entry, by: "dim", today: Self.today) } catch let refusal as FactEntry.Refusal {
            #expect(refusal.field == field)
        }
        #expect(try evidence.labelHistory(product: "chorus").count == 1)
    }

    @Test func aLossIsAppendedAndTheProductNoLongerCountsAsLabelled() throws {
        let evidence = try evidence()
        try evidence.recordLabel(Self.lost(), by: "dim", today: Self.today)
        let chorus = try #require(try evidence.products(team: nil).first { $0.id == "chorus" })
        #expect(chorus.label?.state == .noLongerMeets && chorus.label?.lost == "2026-11-20")
        let labelled = try #require(evidence.reference.criterion(WellKnownCriterion.labelled))
        #expect(evidence.reference.fact(of: chorus, on: labelled).value == .boolean(false))
        let history = try evidence.labelHistory(product: "chorus")
        #expect(history.map { $0.status?.state } == [.noLongerMeets, .held])
        #expect(try evidence.recordLabel(Self.lost(), by: "dim", today: Self.today).statusesAdded == 0)
    }

    /// A team requiring labelled software (the ACI prerequisite) sees the product excluded with its new status.
    @Test func aLossFlagsTheProductInTheComparison() throws {
        let evidence = try evidence()
        let needs = NeedsProfile(team: "MSP A", years: 5, weights: ["BES-FACT-IDE": 1],
                                 mustHaves: [MustHave(criterion: WellKnownCriterion.labelled)])
        let options = Comparator.Options(method: .wsm, asOf: try #require(EvidenceDay.parse("2026-12-01")))
        func excluded() throws -> Exclusion? {
            Comparator.compare(catalog: try evidence.catalog(team: nil), needs: needs, options: options).excluded
                .first { $0.productID == "chorus" }
        }
        try evidence.seedIfEmpty()
        #expect(try excluded() == nil)
        try evidence.recordLabel(Self.lost(), by: "dim", today: Self.today)
        let exclusion = try #require(try excluded())
        #expect(exclusion.label?.state == .noLongerMeets && exclusion.reasons.map(\.criterion) == [WellKnownCriterion.labelled])
    }

    @Test func factsImpliedByTheLabelNoLongerCountOnceItIsLostAndCountAgainWhenRegained() throws {
        let evidence = try evidence()
        try evidence.seedIfEmpty()
        let criterion = try #require(evidence.reference.criterion("LBL-ANT-1"))
        func antecedents() throws -> FactValue? {
            let product = try #require(try evidence.products(team: nil).first { $0.id == "fictilogis" })
            return evidence.reference.fact(of: product, on: criterion).value
        }
        #expect(try antecedents() == .boolean(true))
        try evidence.recordLabel(Self.lost(product: "fictilogis"), by: "dim", today: Self.today)
        #expect(try antecedents() == nil)
        try evidence.recordLabel(Self.lost(product: "fictilogis", state: "held", level: "avance", lost: ""), by: "dim", today: Self.today)
        #expect(try antecedents() == .boolean(true))
    }
}
