import Application
import Comparator
import Deployment
import Foundation
import Store
import TestSupport
import Testing

/// The federation's evidence as comparisons read it, and the one rule for a typed fact.
@Suite("Catalogue des faits de la fédération")
struct EvidenceCatalogTests {
    static let today = CalendarStub.day("2026-12-01")

    func evidence() throws -> EvidenceCatalog {
        EvidenceCatalog(store: try TestStores.make(), reference: try Checkout.loadRun().catalog)
    }

    static func entry(value: String = "oui", grade: String = "demo", source: String = "Démonstration du 12 mars 2026",
                      date: String = "2026-03-12", criterion: String = "BES-FACT-IDE", product: String = "chorus") -> FactEntry {
        FactEntry(product: product, criterion: criterion, value: value, grade: grade, source: source, date: date)
    }

    @Test func beforeAnyImportTheShippedProductsAreCompared() throws {
        let evidence = try evidence()
        #expect(try evidence.products(team: nil).map(\.id).sorted() == evidence.reference.products.map(\.id).sorted())
    }

    @Test func theReferenceImportRoundTripsEveryShippedFact() throws {
        let evidence = try evidence()
        #expect(try evidence.seedIfEmpty()?.factsAdded ?? 0 > 0)
        #expect(try evidence.seedIfEmpty() == nil)
        let stored = Dictionary(uniqueKeysWithValues: try evidence.products(team: nil).map { ($0.id, $0) })
        for product in evidence.reference.products {
            #expect(stored[product.id] == product, "\(product.id)")
        }
    }

    @Test func aRecordedFactChangesTheComparisonAndATeamsDemoOnlyItsOwn() throws {
        let evidence = try evidence()
        let team = try evidence.store.teams.add(name: "Équipe A")
        var own = Self.entry()
        own.team = team.id
        try evidence.record(own, by: "DIM", today: Self.today)
        let chorus = { (team: Int64?) in try #require(try evidence.products(team: team).first { $0.id == "chorus" }) }
        #expect(try chorus(team.id).facts["BES-FACT-IDE"] == Fact(value: .boolean(true), grade: .demo,
                                                                   source: "Démonstration du 12 mars 2026", date: "2026-03-12"))
        #expect(try chorus(nil).facts["BES-FACT-IDE"]?.grade == .usergroup)
    }

    @Test(arguments: [
        (entry(product: "inconnu"), "produit"),
        (entry(criterion: "BES-INCONNU"), "critere"),
        (entry(value: "peut-être"), "valeur"),
        (entry(grade: "label"), "niveau"),
        (entry(grade: "rumeur"), "niveau"),
        (entry(source: "  "), "source"),
        (entry(date: ""), "date"),
        (entry(date: "12/03/2026"), "date"),
        (entry(date: "2027-01-15"), "date"),
        (entry(date: "2026-02-30"), "date"),
        (entry(value: "oui", grade: "unknown"), "valeur"),
    ])
    func aTypedFactIsRefusedNamingItsField(entry: FactEntry, field: String) throws {
        let evidence = try evidence()
        do {
            try evidence.record(entry, by: "DIM", today: Self.today)
            Issue.record("accepté : \(entry)")
        } catch let refusal as FactEntry.Refusal {
            #expect(refusal.field == field)
        }
        #expect(try evidence.store.products.history(product: "chorus", criterion: "BES-FACT-IDE").count == 1)
    }

    @Test(arguments: [("non", FactValue.boolean(false)), ("Oui", .boolean(true))])
    func valuesAreReadAsPeopleTypeThem(typed: String, value: FactValue) throws {
        let evidence = try evidence()
        try evidence.record(Self.entry(value: typed), by: "DIM", today: Self.today)
        #expect(try evidence.products(team: nil).first { $0.id == "chorus" }?.facts["BES-FACT-IDE"]?.value == value)
    }

    @Test(arguments: [("1 200,50", 1200.5), ("45", 45), ("12.5 €", 12.5), ("1\u{202F}000", 1000)])
    func numbersAreReadInFrenchOrPlain(typed: String, number: Double) {
        #expect(FactValueText.parse(typed, scale: .number) == .number(number))
    }

    @Test func aBatchWithOneBadRowWritesNothingAndNamesTheRow() throws {
        let evidence = try evidence()
        try evidence.seedIfEmpty()
        let before = try evidence.store.products.history(product: "chorus").count
        do {
            try evidence.record([(2, Self.entry()), (3, Self.entry(value: "beaucoup", criterion: "BES-MOBILITE"))], by: "DIM", today: Self.today)
            Issue.record("lot accepté")
        } catch let refused as EvidenceCatalog.BatchRefusal {
            #expect(refused.refusals.map(\.row) == [3])
            #expect(refused.description.hasPrefix("ligne 3\u{00A0}: valeur"))
        }
        #expect(try evidence.store.products.history(product: "chorus").count == before)
    }

    @Test func aNewProductIsAddedOnceWithItsEditor() throws {
        let evidence = try evidence()
        let product = try evidence.addProduct(ProductEntry(id: "nouveau", name: "Nouveau Logiciel", editor: "Éditeur SA"), by: "DIM")
        #expect(product.editor == "Éditeur SA")
        #expect(try evidence.products(team: nil).contains { $0.id == "nouveau" && $0.facts.isEmpty })
        #expect(throws: FactEntry.Refusal.self) { try evidence.addProduct(ProductEntry(id: "nouveau", name: "Autre"), by: "DIM") }
        #expect(throws: FactEntry.Refusal.self) { try evidence.addProduct(ProductEntry(id: "Avec Espace", name: "X"), by: "DIM") }
    }
}

enum CalendarStub {
    static func day(_ text: String) -> Date { CalendarDay.parse(text)! }
}
