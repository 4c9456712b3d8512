import Comparator
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Reports
import Survey
import TestSupport
import Testing

/// In the demo campaign one orthophonist, one pharmacist and one coordinator answered, and the dietician did not:
/// no document may show what one person answered, and a profession without answers gets no figure.
@Suite("Anonymat des répondant·es seul·es de leur profession")
struct RespondentPrivacyTests {
    let demo = DemoData.shared
    let date = "2026-11-23"
    static let alone = ["orthophoniste", "pharmacien", "coordinateur"]

    func templates() throws -> TemplateSet { try TemplateSet(builtIn: Checkout.templates) }

    func documents() throws -> [ReportDocument] {
        let comparison = demo.comparison()
        return [
            try MaturityReport(profile: demo.profile, plan: demo.plan, survey: demo.survey, criteria: demo.catalog.criteria, date: date).document(templates: templates()),
            try ProjectPlan(method: demo.method, profile: demo.profile, actions: demo.plan, survey: demo.survey,
                            comparison: comparison, people: demo.people, start: "2027-01-04", date: date).document(templates: templates()),
            try ComparisonSheet(comparison: comparison, catalog: demo.catalog, date: date).document(templates: templates()),
        ]
    }

    @Test func theDemoHasProfessionsOfOneAndOfNone() {
        for profession in Self.alone { #expect(demo.profile.professions.first { $0.profession == profession }?.answered == 1) }
        #expect(demo.profile.missingProfessions == ["dieteticien"])
    }

    @Test func noDocumentQuotesOrFiguresASingleRespondent() throws {
        let labels = Self.alone.map(demo.labels)
        for document in try documents() {
            for text in [document.markdown, document.html] {
                // Free-text answers of the single respondents are quoted nowhere.
                for person in ["ORTHO 1", "PH 1", "COORD 1"] { #expect(!text.contains("Réponse fictive de \(person)"), "\(document.slug)") }
                // Per-profession positions: a single respondent's answer is not shown as their profession's.
                for label in labels {
                    #expect(!text.contains("\(label) : peu d'aisance"), "\(document.slug) : \(label)")
                    #expect(!text.contains("\(label) : "), "\(document.slug) : \(label)")
                }
            }
        }
    }

    /// The coverage table of the comparative sheet, as profession label → cells of every product.
    func coverage(_ markdown: String) -> [String: [String]] {
        let section = markdown.components(separatedBy: "## Couverture des besoins par profession")[1]
            .components(separatedBy: "\n## ")[0]
        let rows = section.split(separator: "\n").filter { $0.hasPrefix("|") && !$0.hasPrefix("|---") }
            .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        guard let header = rows.first else { return [:] }
        var columns: [String: [String]] = [:]
        for (index, label) in header.enumerated().dropFirst() {
            columns[label] = rows.dropFirst().map { $0[index] }
        }
        return columns
    }

    @Test func coverageShowsNoFigureForProfessionsOfOneOrNone() throws {
        let sheet = try ComparisonSheet(comparison: demo.comparison(), catalog: demo.catalog, date: date).document(templates: templates())
        let columns = coverage(sheet.markdown)
        #expect(columns[demo.labels("medecin-generaliste")]?.allSatisfy { $0.contains("%") } == true, "\(columns)")
        #expect(columns[demo.labels("dieteticien")]?.allSatisfy { $0 == "—" } == true, "\(columns)")
        for profession in Self.alone {
            let cells = columns[demo.labels(profession)] ?? []
            #expect(!cells.isEmpty && cells.allSatisfy { !$0.contains("%") }, "\(profession): \(cells)")
        }
    }
}
