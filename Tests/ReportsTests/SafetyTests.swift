import Catalog
import Deployment
import Foundation
import FoundationXML
import Comparator
import Reports
import TestSupport
import Testing
#if canImport(FoundationXML)
#endif

/// User text must never inject HTML or break a table; charts must be well-formed SVG; overrides must win.
@Suite("Sécurité et rendu des documents")
struct SafetyTests {
    static let hostile = "<script>alert('x')</script> | `code` [clic](javascript:alert(1)) **gras** ⟦graphique:radar⟧"

    func hostileSession() -> UserGroupSession {
        UserGroupSession(
            software: "Logiciel <b>fictif</b>", date: "2026-09-15", mode: .visio, place: Self.hostile,
            facilitator: "Animatrice | fictive", noteTaker: nil,
            teams: [.init(name: "Équipe [x](http://evil.example)", professions: ["infirmier", "pharmacien"])],
            attendees: [.init(name: Self.hostile, team: "Équipe [x](http://evil.example)", profession: "infirmier", level: .debutant)],
            agenda: ["Sujet `avec` | barre"], topics: [.init(title: Self.hostile, notes: "- liste ?\n# titre ?", tips: [Self.hostile], difficulties: [])],
            requests: [FeatureRequest(id: "X-1", title: Self.hostile, description: "a|b", professions: ["infirmier"], votes: 3,
                                      status: .init(state: .promise, date: "2026-09-20", promisedFor: "2026-10-01"))],
            decisions: [Self.hostile], actions: [.init(what: Self.hostile, owner: nil, due: nil, status: .aFaire)], nextMeeting: nil)
    }

    func templates() throws -> TemplateSet { try TemplateSet(builtIn: Checkout.templates) }

    @Test func hostileInputIsEscapedInMarkdownAndHTML() throws {
        let document = try Minutes(session: hostileSession(), professionLabel: { $0 }).document(templates: templates())
        let html = document.html
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>fictif"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.contains("href=\"javascript"))
        #expect(!html.contains("href=\"http://evil"))
        #expect(!html.contains("<strong>gras</strong>"))
        #expect(!html.contains("<svg"))   // the placeholder typed by a user is not a chart
        // Tables keep their shape: every row of the attendees and requests tables has the header's cell count.
        for table in html.components(separatedBy: "<table>").dropFirst() {
            let body = table.components(separatedBy: "</table>")[0]
            let rows = body.components(separatedBy: "<tr>").dropFirst()
            let counts = rows.map { $0.components(separatedBy: "<td").count - 1 + $0.components(separatedBy: "<th").count - 1 }
            #expect(Set(counts).count == 1, "ragged table: \(counts)")
        }
        #expect(html.contains("<table>"))
        #expect(html.contains("lang=\"fr\""))
        // The Markdown keeps the text, escaped.
        #expect(document.markdown.contains("\\<script\\>"))
        #expect(document.markdown.contains("\\|"))
        #expect(document.markdown.contains("\\`code\\`"))
        #expect(document.markdown.contains("\\[clic\\]"))
    }

    @Test func minutesWarnAboutAbsentProfessionsAndIncompleteActions() throws {
        let markdown = try Minutes(session: hostileSession(), professionLabel: { $0 }).document(templates: templates()).markdown
        #expect(markdown.contains("aucune personne présente pour pharmacien"))
        #expect(markdown.contains("1 action sans responsable ou sans échéance"))
        #expect(markdown.contains("15 novembre 2026"))   // next meeting defaults to two months later
    }

    @Test func overduePromisesAreFlagged() {
        let session = hostileSession()
        let late = EditorDeliverable(software: session.software, sessions: [session], date: "2026-11-23", professionLabel: { $0 })
        #expect(late.entries.first?.overduePromise == true)
        let early = EditorDeliverable(software: session.software, sessions: [session], date: "2026-09-30", professionLabel: { $0 })
        #expect(early.entries.first?.overduePromise == false)
    }

    @Test func requestsAreMergedAcrossSessionsAndPrioritised() {
        var first = hostileSession()
        first.requests = [FeatureRequest(id: "A", title: "A", description: nil, professions: ["infirmier"], votes: 2, status: nil),
                          FeatureRequest(id: "B", title: "B", description: nil, professions: ["infirmier"], votes: 5, status: nil)]
        var second = first
        second.date = "2026-11-15"
        second.requests = [FeatureRequest(id: "A", title: "A (précisée)", description: nil, professions: ["pharmacien"], votes: 8,
                                          status: .init(state: .livree, date: "2026-11-10", promisedFor: nil))]
        let entries = EditorDeliverable(software: first.software, sessions: [second, first], date: "2026-11-23", professionLabel: { $0 }).entries
        #expect(entries.map(\.id) == ["A", "B"])
        #expect(entries[0].title == "A (précisée)")
        #expect(entries[0].history.count == 2)
        #expect(entries[0].history.map(\.session) == ["2026-09-15", "2026-11-15"])
        #expect(entries[0].professions == ["infirmier", "pharmacien"])
        #expect(entries[0].latest?.state == .livree)
    }

    @Test func chartsAreWellFormedXML() throws {
        let charts = [
            RadarChart(title: Self.hostile, axes: (0..<16).map {
                .init(label: "Dimension <\($0)> & \"co\"", level: $0 % 4, lowest: 0, highest: 3, target: 2)
            }).svg(),
            IntervalBars(title: Self.hostile, bars: [.init(label: Self.hostile, score: 0.5, low: 0.2, high: 0.9)]).svg(),
            HeatMap(title: "Carte", rows: [Self.hostile, "B"], columns: ["P1 & co", "P2"], cells: [[0.2, nil], [1, 0.5]]).svg(),
            RadarChart(title: "vide", axes: []).svg(),
        ]
        for svg in charts {
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "") in \(svg.prefix(200))")
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(!svg.contains("<script"))
        }
    }

    @Test func chartsAreInlinedInHTMLOnly() throws {
        let report = MaturityReport(profile: DemoData.shared.profile, plan: DemoData.shared.plan,
                                    survey: DemoData.shared.survey, criteria: DemoData.shared.catalog.criteria, date: "2026-11-23")
        let document = try report.document(templates: templates())
        #expect(document.html.contains("<figure class=\"graphique\"><svg"))
        #expect(!document.markdown.contains("⟦"))
        #expect(document.html.contains("<table>"))
    }

    @Test func overrideDirectoryWins() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sipadvisor-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "# Compte rendu de notre fédération : {{software}}\n".write(to: directory.appendingPathComponent("compte-rendu.mustache"),
                                                                    atomically: true, encoding: .utf8)
        let set = try TemplateSet(builtIn: Checkout.templates, override: directory)
        #expect(set.origins["compte-rendu"]?.hasPrefix(directory.path) == true)
        #expect(set.origins["synthese-editeur"]?.hasPrefix(Checkout.templates.path) == true)
        let markdown = try Minutes(session: hostileSession(), professionLabel: { $0 }).document(templates: set).markdown
        #expect(markdown == "# Compte rendu de notre fédération\u{00A0}: Logiciel \\<b\\>fictif\\</b\\>\n")

        try "# {{#section}}sans fin\n".write(to: directory.appendingPathComponent("compte-rendu.mustache"), atomically: true, encoding: .utf8)
        #expect(throws: ReportError.self) { try TemplateSet(builtIn: Checkout.templates, override: directory) }
    }

    @Test(arguments: [("2026-09-15", "15 septembre 2026"), ("2027-01-01", "1er janvier 2027"), ("2026-02-30", "2026-02-30")])
    func frenchDates(iso: String, text: String) {
        #expect(FrenchDate.long(iso) == text)
    }
}

@Suite("Citation des sources")
struct CitationTests {
    @Test func sourcesAreNamedByTheirTitle() throws {
        let sources = try ReportDataLoader.sources(Checkout.catalog.appendingPathComponent("sources.yaml"))
        #expect(sources.count == 9)
        let document = ReportDocument(title: "T", slug: "t", source: "Source : memoire-npdc-2017, §II ; these-bretagne-2018")
        let cited = document.citing(sources)
        #expect(!cited.markdown.contains("memoire-npdc-2017") && !cited.markdown.contains("these-bretagne-2018"))
        #expect(cited.markdown.contains("Nord-Pas-de-Calais (2017)"))
        #expect(cited.markdown.contains("Bretagne"))
    }
}
