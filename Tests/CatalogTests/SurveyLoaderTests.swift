import Catalog
import Comparator
import Foundation
import Survey
import TestSupport
import Testing

@Suite("Chargement du questionnaire, de la grille et des règles")
struct SurveyLoaderTests {
    @Test func repositorySurveyLoadsWithProvenance() throws {
        let (catalog, survey) = try Checkout.loadSurvey()
        #expect(survey.grid.axes.count == 4)
        #expect(survey.grid.dimensions.count == 16)
        #expect(survey.grid.dimensions.allSatisfy { $0.provenance == .adaptation || $0.source != nil })
        let sharing = try #require(survey.grid.dimension("partage-donnees"))
        #expect(sharing.provenance == .has)
        #expect(!survey.rules.isEmpty)
        // Every need item maps to a catalog criterion; the professions asked exist.
        for item in survey.questionnaire.items {
            for link in item.criteria { #expect(catalog.criterion(link.criterion) != nil, "\(item.id) → \(link.criterion)") }
            for profession in item.professions { #expect(catalog.professions.contains { $0.id == profession }) }
        }
        let professions = try #require(survey.questionnaire.item("profession"))
        #expect(professions.options.count == catalog.professions.count)
        #expect(catalog.professions.count >= 13)
    }

    @Test func brokenQuestionnaireIsReportedWithLines() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for name in ["sources.yaml", "evidence.yaml", "professions.yaml", "criteria.yaml", "maturity.yaml", "readiness.yaml"] {
            try FileManager.default.copyItem(atPath: Checkout.catalog.appendingPathComponent(name).path, toPath: scratch.path(name))
        }
        try scratch.write("questionnaire.yaml", """
        id: q
        version: "1"
        title: Q
        scales:
          - id: importance
            options: [{code: "0", label: "Pas utile"}, {code: "1", label: "Utile"}]
        sections:
          - id: s
            title: S
            audience: respondent
            items:
              - {id: a, text: A, type: scale, scale: inexistante}
              - {id: b, text: B, type: scale, scale: importance, criteria: [{id: "XYZ", factor: 1}]}
              - {id: c, text: C, type: boolean, when: {item: plus-tard, equals: "true"}}
              - {id: a, text: A, type: boolean}
        """)
        let catalog = try CatalogLoader.load(directory: scratch.url)
        do {
            _ = try SurveyLoader.load(directory: scratch.url, catalog: catalog)
            Issue.record("broken questionnaire accepted")
        } catch {
            let lines = error.issues.filter { $0.file.hasSuffix("questionnaire.yaml") }.compactMap(\.line)
            #expect(lines.contains(12) && lines.contains(13) && lines.contains(14) && lines.contains(15), "\(error.issues)")
        }
    }

    /// The questions the code reads by id are checked at load time: retyping one is a located error, not a budget
    /// cap that silently stops applying.
    @Test(arguments: [("type: integer", "type: text", "budget-mensuel"), ("id: coordinateur", "id: coordination", "coordinateur"),
                      ("id: hebergement", "id: hebergement-souhaite", "hebergement"), ("type: integer", "type: text", "sites")])
    func aWellKnownQuestionChangedIsReportedWhereItIs(original: String, changed: String, item: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for name in ["sources.yaml", "evidence.yaml", "professions.yaml", "criteria.yaml", "maturity.yaml", "readiness.yaml", "questionnaire.yaml"] {
            try FileManager.default.copyItem(atPath: Checkout.catalog.appendingPathComponent(name).path, toPath: scratch.path(name))
        }
        var text = try String(contentsOfFile: scratch.path("questionnaire.yaml"), encoding: .utf8)
        let anchor = try #require(text.range(of: "id: \(item)\n"))
        let target = try #require(text.range(of: original, range: anchor.lowerBound..<text.endIndex))
        text.replaceSubrange(target, with: changed)
        try scratch.write("questionnaire.yaml", text)
        let catalog = try CatalogLoader.load(directory: scratch.url)
        do {
            _ = try SurveyLoader.load(directory: scratch.url, catalog: catalog)
            Issue.record("changed well-known question accepted")
        } catch {
            let issue = try #require(error.issues.first { $0.message.contains("« \(item) »") || $0.message.contains("«\u{00A0}\(item)\u{00A0}»") })
            #expect(issue.file.hasSuffix("questionnaire.yaml"))
            #expect(issue.line != nil)
        }
    }
}
