import Application
import Catalog
import Comparator
import Foundation
import Reports
import Store
import TestSupport
import Testing

/// `compare` and `assess` print the documents of `report …` and of the web downloads, from the same renderer and
/// with the same comparison settings.
@Suite("Un seul rendu par document", .serialized)
struct SameDocumentTests {
    static let date = "2026-11-23"
    static let needs = Checkout.catalog.appendingPathComponent("demo/needs.yaml").path
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// The Markdown of `compare --needs` is the comparative sheet rendered in this process with the standard settings.
    @Test func compareMarkdownIsTheComparativeSheet() throws {
        let run = try RunData.load(catalog: Checkout.catalog, templates: Checkout.templates)
        var demo = run.catalog
        demo.products = run.catalog.products.filter(\.fictional)
        let profile = try NeedsLoader.load(URL(fileURLWithPath: Self.needs), catalog: run.catalog, years: ComparisonSettings.needsFileYears)
        let comparison = Comparator.compare(catalog: demo, needs: profile, options: ComparisonSettings.standard(asOf: ComparisonSettings.day(iso: Self.date)).options)
        let sheet = try ComparisonSheet(comparison: comparison, catalog: demo, date: Self.date).document(templates: run.templates)
        let printed = try expectCommand(["compare", "--needs", Self.needs, "--products", "demo", "--date", Self.date,
                                         "--catalog", Checkout.catalog.path],
                                        stdout: sheet.citing(run.sources).markdown + "\n", stderr: "")  // `print` adds its line break
        #expect(printed.stdout.hasPrefix("# Fiche comparative"))
        try expectSnapshot(printed.stdout, named: "compare-needs-demo.md", in: Self.snapshots)
    }

    /// The engine returns values: an exclusion's requirement is the failed must-have's bounds, not a French sentence.
    @Test func compareJSONGivesTheFailedRequirementAsBounds() throws {
        let printed = try expectCommand(["compare", "--needs", Self.needs, "--products", "demo", "--draws", "0", "--format", "json",
                                         "--catalog", Checkout.catalog.path], stderr: "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(printed.stdout.utf8)) as? [String: Any])
        #expect(object["method"] as? String == "wsm")
        let excluded = try #require(object["excluded"] as? [[String: Any]])
        let reasons = excluded.flatMap { $0["reasons"] as? [[String: Any]] ?? [] }
        #expect(!reasons.isEmpty)
        for reason in reasons {
            let requirement = try #require(reason["requirement"] as? [String: Any], "\(reason)")
            #expect(requirement["criterion"] as? String == reason["criterion"] as? String)
        }
    }

    /// Out-of-range settings: usage error naming the option and its range (`ComparisonSettings`).
    @Test(arguments: [(["--years", "31"], "--years doit être compris entre 1 et 30."),
                      (["--draws=-1"], "--draws doit être compris entre 0 et 1\u{202F}000\u{202F}000."),
                      (["--spread", "1"], "--spread doit être compris entre 0 et 1 (exclu).")])
    func compareRefusesSettingsOutOfRange(arguments: [String], message: String) throws {
        let outcome = try expectCommand(["compare", "--needs", Self.needs, "--catalog", Checkout.catalog.path] + arguments,
                                        status: 64, stdout: "")
        #expect(outcome.stderr.hasPrefix("Error: \(message)\n"), "\(outcome.stderr)")
    }

    /// A campaign: `compare --campaign` prints what `report comparison` writes, `assess` what `report maturity` writes.
    @Test func campaignCommandsPrintTheReports() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let common = scratch.campaignOptions
        try scratch.addDemoCampaign()
        let sheet = try expectCommand(["report", "comparison", "--campaign", "1", "--date", Self.date] + common)
        try expectCommand(["compare", "--campaign", "1", "--date", Self.date] + common, stdout: sheet.stdout, stderr: "")
        #expect(sheet.stdout.contains("## Classement"))

        let maturity = try expectCommand(["report", "maturity", "--campaign", "1", "--date", Self.date] + common)
        let assess = try expectCommand(["assess", "1", "--date", Self.date] + common, stdout: maturity.stdout, stderr: "")
        #expect(assess.stdout.contains("## Besoins pondérés (entrée de la comparaison)"))
        try expectSnapshot(assess.stdout, named: "assess-demo.md", in: Self.snapshots)
    }
}
