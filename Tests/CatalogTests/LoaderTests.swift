import Application
import Catalog
import Comparator
import Foundation
import TestSupport
import Testing

@Suite("Chargement du catalogue")
struct LoaderTests {
    static let professions = """
    professions:
      - {id: infirmier, label: "Infirmier·e"}
    """
    static let criteria = """
    sections:
      - {id: besoins, title: "Besoins"}
    families: []
    criteria:
      - id: "BES-A"
        title: "Besoin A"
        section: besoins
        kind: need
        scale: boolean
        direction: benefit
        source: "test"
      - id: "BES-B"
        title: "Besoin B"
        section: besoins
        kind: need
        scale: number
        direction: cost
        source: "test"
    """
    static let product = """
    id: p1
    name: "Produit (fictif)"
    fictional: true
    facts:
      - {criterion: "BES-A", value: true, grade: demo, source: "démo", date: "2026"}
    """

    /// The register the fixtures cite (`SourceRegister`), and the grades' horizons.
    static let sources = """
    sources:
      - {id: test, title: "Source de test", year: 2026}
      - {id: s, title: "Source S", year: 2026}
      - {id: "démo", title: "Démonstration de test", year: 2026}
    """
    static let evidence = """
    validity_months:
      editor: 12
      demo: 24
      usergroup: 24
      label: until-changed
    """

    func catalog(replacing file: String? = nil, with text: String? = nil) throws -> Scratch {
        let directory = try Scratch()
        try directory.write("sources.yaml", Self.sources)
        try directory.write("evidence.yaml", Self.evidence)
        try directory.write("professions.yaml", Self.professions)
        try directory.write("criteria.yaml", Self.criteria)
        try directory.write("products/p1.yaml", Self.product)
        if let file, let text { try directory.write(file, text) }
        return directory
    }

    func issues(replacing file: String, with text: String) throws -> [CatalogIssue] {
        let directory = try catalog(replacing: file, with: text)
        defer { directory.remove() }
        do {
            _ = try CatalogLoader.load(directory: directory.url)
            return []
        } catch {
            return error.issues
        }
    }

    @Test func minimalCatalogLoads() throws {
        let directory = try catalog()
        defer { directory.remove() }
        let loaded = try CatalogLoader.load(directory: directory.url)
        #expect(loaded.criteria.map(\.id) == ["BES-A", "BES-B"])
        #expect(loaded.products.first?.facts["BES-A"]?.value == .boolean(true))
    }

    @Test(arguments: [
        // (file, text, expected line, message fragment)
        ("criteria.yaml", "sections:\n  - {id: besoins\ncriteria: [", 3, "YAML mal formé"),
        ("products/p1.yaml", "id: p1\nname: P\nfacts:\n  - {criterion: \"XYZ 9.9\", value: true, grade: demo, source: s, date: \"2026\"}\n",
         4, "critère inconnu « XYZ 9.9 »"),
        ("products/p1.yaml", "id: p1\nname: P\nfacts:\n  - {criterion: \"BES-A\", value: true, grade: rumeur, source: s, date: \"2026\"}\n",
         4, "« rumeur » n'est pas une valeur permise"),
        ("products/p1.yaml", "id: p1\nname: P\nfacts:\n  - {criterion: \"BES-A\", value: true, grade: editor, date: \"2026\"}\n",
         4, "fait sans source"),
        ("products/p1.yaml", "id: p1\nname: P\nfacts:\n  - {criterion: \"BES-B\", value: beaucoup, grade: editor, source: s, date: \"2026\"}\n",
         4, "valeur attendue : un nombre"),
        ("products/p1.yaml", "id: p1\nname: P\nfacts:\n  - {criterion: \"BES-A\", value: true, grade: demo, source: s, date: \"2026\"}\n  - {criterion: \"BES-A\", value: false, grade: demo, source: s, date: \"2026\"}\n",
         5, "fait en double"),
        ("criteria.yaml", criteria + "\n  - {id: \"BES-A\", title: T, section: besoins, kind: need, scale: boolean, direction: benefit, source: s}\n",
         19, "identifiant de critère en double « BES-A »"),
    ])
    func badCatalogIsReportedWithFileAndLine(file: String, text: String, line: Int, fragment: String) throws {
        let found = try issues(replacing: file, with: text)
        let match = found.first { $0.message.contains(fragment) }
        #expect(match != nil, "issues: \(found)")
        #expect(match?.line == line)
        #expect(match?.file.hasSuffix(file) == true)
        #expect(match?.description.contains("\(file):\(line): ") == true)
    }

    @Test func validateReportsEveryError() throws {
        let text = """
        id: p1
        name: P
        facts:
          - {criterion: "NOPE", value: true, grade: demo, source: s, date: "2026"}
          - {criterion: "BES-A", value: true, grade: guess, source: s, date: "2026"}
          - {criterion: "BES-B", value: 3, grade: editor}
        """
        let found = try issues(replacing: "products/p1.yaml", with: text)
        #expect(found.map(\.line) == [4, 5, 6, 6])
    }

    @Test(arguments: [
        ("weights:\n  BES-A: beaucoup\n", 2, "n'est pas un nombre"),
        ("weights:\n  BES-A: \"5\"\n", 2, "n'est pas un nombre"),
        ("weights:\n  BES-Z: 5\n", 2, "critère inconnu « BES-Z »"),
        ("weights:\n  BES-A: -1\n", 2, "négatif"),
        ("weights:\n  BES-A: 1\nheadcount:\n  astronaute: 2\n", 4, "profession inconnue"),
        ("weights:\n  BES-A: 1\nmust_have:\n  - {id: BES-B}\n", 4, "seuil"),
    ])
    func badNeedsFileIsReportedWithLine(body: String, line: Int, fragment: String) throws {
        let directory = try catalog()
        defer { directory.remove() }
        try directory.write("needs.yaml", "team: Test\n" + body)
        let loaded = try CatalogLoader.load(directory: directory.url)
        do {
            _ = try NeedsLoader.load(directory.url.appendingPathComponent("needs.yaml"), catalog: loaded, years: ComparisonSettings.needsFileYears)
            Issue.record("no error for \(body)")
        } catch {
            let match = error.issues.first { $0.message.contains(fragment) }
            #expect(match?.line == line + 1, "issues: \(error.issues)")
        }
    }

    @Test func repositoryCatalogIsValidAndSourced() throws {
        let loaded = try CatalogLoader.load(directory: Checkout.catalog)
        let real = loaded.products.filter { !$0.fictional }
        #expect(real.count >= 7)
        for product in real {
            for fact in product.facts.values where fact.grade != .unknown {
                #expect(fact.source != nil && fact.date != nil, "\(product.id)")
            }
        }
        // Seed 003 (2017): Médistory no longer meets label V2; nurses did not bill with Chorus.
        #expect(loaded.products.first { $0.id == "medistory" }?.label?.state == .noLongerMeets)
        // No source gives a real product's label level or Ségur status: neither is recorded.
        #expect(real.allSatisfy { $0.label?.level == nil && $0.segur == nil })
        #expect(loaded.products.first { $0.id == "chorus" }?.facts["BES-FACT-IDE"]?.value == .boolean(false))
        #expect(loaded.products.first { $0.id == "chorus" }?.facts["BES-FACT-IDE"]?.grade == .usergroup)
        for product in loaded.products where product.fictional {
            #expect(product.name.contains("fictif"), "demo product names must say they are fictional")
        }
        let kinds = Set(loaded.criteria.map(\.kind))
        #expect(kinds == Set(Criterion.Kind.allCases))
    }

    @Test func demoNeedsFileLoadsAndRanksFictionalProducts() throws {
        let loaded = try CatalogLoader.load(directory: Checkout.catalog)
        let needs = try NeedsLoader.load(Checkout.catalog.appendingPathComponent("demo/needs.yaml"), catalog: loaded, years: ComparisonSettings.needsFileYears)
        #expect(needs.fictional)
        var demo = loaded
        demo.products = loaded.products.filter(\.fictional)
        let comparison = Comparator.compare(catalog: demo, needs: needs, options: .init(method: .topsis, asOf: EvidenceDay(year: 2026, month: 11, day: 23), sensitivity: SensitivityOptions(draws: 200, seed: 42, spread: 0.2)))
        #expect(comparison.ranked.count >= 2)
        #expect(!comparison.excluded.isEmpty)
        let probabilities = comparison.ranked.compactMap(\.firstPlaceProbability)
        #expect(abs(probabilities.reduce(0, +) - 1) < 1e-9)
    }
}
