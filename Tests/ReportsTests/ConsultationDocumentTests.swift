import Catalog
import Comparator
import Foundation
import Reports
import Survey
import TestSupport
import Testing

/// The consultation of editors on the demo campaign: golden Markdown, the order of the needs, the hosting asked,
/// and no individual answer.
@Suite("Consultation des éditeurs")
struct ConsultationDocumentTests {
    let demo = DemoData.shared
    let date = "2026-11-23"
    /// The demo campaign as pooled, or with other answers to the team's questions.
    func consultation(teamAnswers: [String: String]? = nil) -> EditorConsultation {
        var profile = demo.profile
        if let teamAnswers { profile.teamAnswers = teamAnswers }
        return EditorConsultation(profile: profile, catalog: demo.catalog, survey: demo.survey, date: date)
    }

    @Test func golden() throws {
        // Sources by title, as the command and the web page print them (`ReportDocument.citing`).
        let sources = try ReportDataLoader.sources(Checkout.catalog.appendingPathComponent("sources.yaml"))
        let document = try consultation().document(templates: TemplateSet(builtIn: Checkout.templates)).citing(sources)
        try expectGolden("consultation-editeurs.md", document.markdown)
        #expect(document.html.contains("<h1>Consultation des éditeurs — MSP des Hirondelles (fictive)</h1>"))
    }

    /// Heaviest need first; the non-functional questions come after, each once.
    @Test func needsAreAskedHeaviestFirst() {
        let questions = consultation().questions
        let weights = questions.compactMap(\.weight)
        #expect(!weights.isEmpty && weights == weights.sorted(by: >))
        #expect(Set(questions.map(\.id)).count == questions.count)
        #expect(questions.prefix(weights.count).allSatisfy { $0.weight != nil })
    }

    /// Editors are asked about the hosting the team wants, both when it has no preference or did not say.
    @Test(arguments: [("site", ["NF-HEBERGEMENT-SITE"]), ("editeur", ["NF-HEBERGEMENT-EDITEUR"]),
                      ("sans-preference", ["NF-HEBERGEMENT-EDITEUR", "NF-HEBERGEMENT-SITE"]), (nil, ["NF-HEBERGEMENT-EDITEUR", "NF-HEBERGEMENT-SITE"])])
    func hostingQuestionsFollowTheTeamsPreference(hosting: String?, asked: [String]) {
        let questions = consultation(teamAnswers: hosting.map { ["hebergement": $0] } ?? [:]).questions
        #expect(questions.map(\.id).filter { $0.hasPrefix("NF-HEBERGEMENT") } == asked)
    }

    /// Professions and headcounts only: no respondent's label, no figure by profession from the answers.
    @Test func noIndividualAnswerIsQuoted() throws {
        let markdown = try consultation().document(templates: TemplateSet(builtIn: Checkout.templates)).markdown
        for label in demo.people.values.flatMap({ $0 }) { #expect(!markdown.contains("| \(label) |") && !markdown.contains(" \(label) ")) }
        #expect(markdown.contains("| Pharmacien·ne | 1 |"))
    }

    @Test func anEmptyCampaignSaysTheNeedsAreNotKnown() throws {
        var profile = demo.profile
        profile.answered = 0
        let document = try EditorConsultation(profile: profile, catalog: demo.catalog, survey: demo.survey, date: date)
            .document(templates: TemplateSet(builtIn: Checkout.templates))
        #expect(document.markdown.contains("Personne n'a encore répondu au questionnaire\u{A0}: les besoins de l'équipe ne sont pas connus."))
    }
}
