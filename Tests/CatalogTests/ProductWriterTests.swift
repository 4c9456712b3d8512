import Catalog
import Comparator
import Foundation
import TestSupport
import Testing

/// `ProductWriter` writes what `ProductReader` reads: every shipped product, real and fictional, comes back equal.
@Suite("Écriture d'un produit en YAML")
struct ProductWriterTests {
    static let shipped = (try? CatalogLoader.load(directory: Checkout.catalog).products) ?? []

    @Test(arguments: shipped.map(\.id))
    func shippedProductRoundTrips(id: String) throws {
        let product = try #require(Self.shipped.first { $0.id == id })
        #expect(try readBack(ProductWriter.yaml(product)) == product)
    }

    @Test func everyShippedProductIsCovered() {
        #expect(Self.shipped.count { !$0.fictional } >= 7)
        #expect(Self.shipped.count(where: \.fictional) >= 5)
    }

    /// Texts that YAML would otherwise read as structure, numbers or booleans, and every status field.
    @Test func awkwardTextsAndEveryFieldRoundTrip() throws {
        let awkward = "- « citation » : \"guillemets\", # pas un commentaire, {accolades} [crochets] & *étoile\nligne 2"
        let product = Product(
            id: "p1", name: "yes", fictional: true,
            label: LabelStatus(state: .noLongerMeets, level: .avance, granted: "2015-03-02", lost: "2017", source: "demo-fictive, \(awkward)",
                               date: "2017", note: awkward),
            segur: SegurStatus(state: .referenced, couloir: "null", vague: 2, date: "2025-03", source: "demo-fictive", note: "true"),
            facts: ["BES-FACT-IDE": Fact(value: .boolean(false), grade: .usergroup, source: "demo-fictive", date: "2017", note: "0x1F"),
                    "NF-COUT-MENSUEL": Fact(value: .number(45.25), grade: .editor, source: "demo-fictive", date: "2026-11-02")],
            installBase: [InstallBase(region: "Nord: Pas-de-Calais", teams: 4, source: "demo-fictive", date: "2017")])
        let yaml = try ProductWriter.yaml(product)
        #expect(yaml.hasPrefix("# PRODUIT FICTIF"))
        #expect(try readBack(yaml) == product)
        // Stable: the same product gives the same text, keys in a fixed order.
        #expect(try ProductWriter.yaml(product) == yaml)
        let keys = yaml.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") && !$0.hasPrefix("-") }
            .map { String($0.prefix { $0 != ":" }) }
        #expect(keys == ["id", "name", "fictional", "label", "segur", "facts", "install_base"])
    }

    /// Reads the text as `products/p.yaml` of the shipped catalog (so facts are checked against its criteria).
    func readBack(_ yaml: String) throws -> Product? {
        let directory = try Scratch()
        defer { directory.remove() }
        for name in ["sources.yaml", "evidence.yaml", "professions.yaml", "criteria.yaml"] {
            try FileManager.default.copyItem(atPath: Checkout.catalog.appendingPathComponent(name).path, toPath: directory.path(name))
        }
        try directory.write("products/p.yaml", yaml)
        return try CatalogLoader.load(directory: directory.url, includeDemo: false).products.first
    }
}
