import Catalog
import Comparator
import Foundation
import TestSupport
import Testing

/// The register of sources, the grades' horizons and the eligibility statuses: each mistake is a French message
/// naming its file and line, never a crash nor a silent default.
@Suite("Sources, fraîcheur et éligibilité")
struct EligibilityLoaderTests {
    let loader = LoaderTests()

    static let heldWithoutLevel = """
    id: p1
    name: P
    label: {state: held, source: s, date: "2017"}
    facts:
      - {criterion: "BES-A", value: true, grade: label, source: s, date: "2017"}
    """

    @Test(arguments: [
        // (file, text, expected line, message fragment)
        ("evidence.yaml", "validity_months:\n  editor: douze\n  demo: 24\n  usergroup: 24\n  label: until-changed\n", 2,
         "durée de validité de « editor » : un nombre entier de mois"),
        ("evidence.yaml", "validity_months:\n  editor: 12\n  demo: 24\n  label: until-changed\n", 2,
         "durée de validité manquante pour le grade « usergroup »"),
        ("evidence.yaml", "validity_months:\n  editor: 12\n  demo: 24\n  usergroup: 24\n  label: until-changed\n  rumeur: 3\n", 6,
         "grade « rumeur » inconnu"),
        ("evidence.yaml", "durees: {}\n", 1, "champ « validity_months » manquant"),
        ("products/p1.yaml", "id: p1\nname: P\nfacts:\n  - {criterion: \"BES-A\", value: true, grade: demo, source: \"seeds/003.txt, §II\", date: \"2026\"}\n",
         4, "source « seeds/003.txt » absente de catalog/sources.yaml"),
        ("products/p1.yaml", "id: p1\nname: P\nlabel:\n  state: held\n  source: \"inconnue, p. 3\"\n  date: \"2017\"\n",
         5, "source « inconnue » absente de catalog/sources.yaml"),
        ("sources.yaml", "sources:\n  - {id: test, title: T, year: 2026}\n  - {id: s, title: S, year: 2026, file: \"../shared/seeds/003.txt\"}\n",
         3, "n'est pas dans le dépôt"),
        ("sources.yaml", "sources:\n  - {id: test, title: T, year: 2026}\n  - {id: s, title: S, year: 2026, file: \"/etc/passwd\"}\n",
         3, "n'est pas dans le dépôt"),
        ("products/p1.yaml", heldWithoutLevel, 5, "le statut de label du produit ne donne pas de niveau détenu"),
        ("products/p1.yaml", "id: p1\nname: P\nlabel:\n  value: standard\n  grade: label\n  source: s\n  date: \"2017\"\n",
         4, "« value » et « grade » n'ont plus cours"),
        ("products/p1.yaml", "id: p1\nname: P\nlabel: {state: labellise, source: s, date: \"2017\"}\n",
         3, "« labellise » n'est pas une valeur permise"),
        ("products/p1.yaml", "id: p1\nname: P\nsegur:\n  state: referenced\n  vague: 1\n  date: \"2022\"\n  source: s\n",
         4, "champ « couloir » manquant"),
        ("products/p1.yaml", "id: p1\nname: P\nfacts:\n  - {criterion: \"BES-A\", value: true, grade: demo, source: s, date: \"mars 2017\"}\n",
         4, "date « mars 2017 » : attendue sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ"),
    ])
    func mistakeIsReportedWithFileAndLine(file: String, text: String, line: Int, fragment: String) throws {
        try loader.badCatalogIsReportedWithFileAndLine(file: file, text: text, line: line, fragment: fragment)
    }

    @Test func statusesAndHorizonsAreLoaded() throws {
        let product = """
        id: p1
        name: P
        label: {state: no-longer-meets, lost: "2017", source: "s, §I.D.iv", date: "2017"}
        segur: {state: referenced, couloir: "LGC", vague: 2, date: "2025-03", source: s}
        facts: []
        """
        let directory = try loader.catalog(replacing: "products/p1.yaml", with: product)
        defer { directory.remove() }
        let catalog = try CatalogLoader.load(directory: directory.url)
        let loaded = try #require(catalog.products.first)
        #expect(loaded.label == LabelStatus(state: .noLongerMeets, lost: "2017", source: "s, §I.D.iv", date: "2017"))
        #expect(loaded.segur == SegurStatus(state: .referenced, couloir: "LGC", vague: 2, date: "2025-03", source: "s"))
        #expect(catalog.freshness.horizons == [.editor: 12, .demo: 24, .usergroup: 24])
    }

    /// A product that lost its label keeps the facts its former level implied (they no longer count, see
    /// `ProductCatalog.fact`): its YAML is imported, not refused.
    @Test(arguments: ["no-longer-meets", "not-labelled"])
    func labelFactsAreAcceptedOnceTheLabelIsNoLongerHeld(state: String) throws {
        let product = """
        id: p1
        name: P
        label: {state: \(state), \(state == "no-longer-meets" ? "lost: \"2026-11\", " : "")source: s, date: "2026-11"}
        facts:
          - {criterion: "BES-A", value: true, grade: label, source: s, date: "2017"}
        """
        let directory = try loader.catalog(replacing: "products/p1.yaml", with: product)
        defer { directory.remove() }
        let catalog = try CatalogLoader.load(directory: directory.url)
        let loaded = try #require(catalog.products.first)
        #expect(loaded.facts["BES-A"]?.grade == .label)
        let criterion = try #require(catalog.criterion("BES-A"))
        #expect(catalog.fact(of: loaded, on: criterion) == .unknown)
    }

    /// The data folder is the catalog folder's parent: a copy kept under it is accepted.
    @Test func aSourceFileInsideTheDataFolderIsAccepted() throws {
        let directory = try loader.catalog()
        defer { directory.remove() }
        let inside = directory.url.lastPathComponent + "/criteria.yaml"
        try directory.write("sources.yaml", LoaderTests.sources + "\n  - {id: copie, title: C, year: 2026, file: \"\(inside)\"}\n")
        let catalog = try CatalogLoader.load(directory: directory.url)
        #expect(catalog.criteria.count == 2)
    }
}
