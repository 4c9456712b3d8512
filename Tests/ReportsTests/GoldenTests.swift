import Catalog
import Comparator
import Deployment
import Foundation
import Reports
import TestSupport
import Testing

/// Every report on fixed input (the fictional demo campaign, fixed dates and seed) against its golden Markdown, and
/// the comparative sheet and the minutes against their golden HTML (charts included).
@Suite("Documents de référence")
struct GoldenTests {
    let demo = DemoData.shared
    let date = "2026-11-23"
    /// Documents name their sources by title, as every command and page prints them (`ReportDocument.citing`).
    let sources = (try? ReportDataLoader.sources(Checkout.catalog.appendingPathComponent("sources.yaml"))) ?? [:]

    func templates() throws -> TemplateSet { try TemplateSet(builtIn: Checkout.templates) }

    @Test func comparativeSheet() throws {
        let sheet = ComparisonSheet(comparison: demo.comparison(), catalog: demo.catalog, date: date,
                                    peers: ["vadrouille": ["MSP des Hirondelles (fictive)"]])
        try expectGolden("fiche-comparative.md", try sheet.document(templates: templates()).citing(sources).markdown)
    }

    /// The printable page as served and downloaded: cmark-gfm's HTML, the stylesheet and the inline SVG charts.
    @Test func comparativeSheetHTML() throws {
        let sheet = ComparisonSheet(comparison: demo.comparison(), catalog: demo.catalog, date: date,
                                    peers: ["vadrouille": ["MSP des Hirondelles (fictive)"]])
        let html = try sheet.document(templates: templates()).citing(sources).html
        #expect(html.contains("<figure class=\"graphique\"><svg"))
        try expectGolden("fiche-comparative.html", html)
    }

    @Test func maturitySynthesis() throws {
        let report = MaturityReport(profile: demo.profile, plan: demo.plan, survey: demo.survey, criteria: demo.catalog.criteria, date: date)
        try expectGolden("synthese-maturite.md", try report.document(templates: templates()).citing(sources).markdown)
    }

    @Test func projectPlan() throws {
        let plan = ProjectPlan(method: demo.method, profile: demo.profile, actions: demo.plan, survey: demo.survey,
                               comparison: demo.comparison(), people: demo.people, start: "2027-01-04", date: date)
        try expectGolden("plan-de-projet.md", try plan.document(templates: templates()).citing(sources).markdown)
    }

    /// The plan once the deployment is followed: planned against actual, late steps and the editor's promises on the
    /// document's day (2027-03-15: the team's third step and the editor's installation are late, a blocked step says why).
    @Test func followedProjectPlan() throws {
        var plan = ProjectPlan(method: demo.method, profile: demo.profile, actions: demo.plan, survey: demo.survey,
                               comparison: demo.comparison(), people: demo.people, start: "2027-01-04", date: "2027-03-15")
        let rows = Schedule(method: demo.method, start: CalendarDay.parse("2027-01-04")!).rows
        let steps = rows.prefix(4).enumerated().map { index, row in
            TrackedStep(id: Int64(index + 1), party: .team, stepId: row.step.id, title: row.step.title, owner: row.step.owner,
                        plannedStart: CalendarDay.iso(row.start), plannedEnd: CalendarDay.iso(row.end),
                        actualStart: index < 2 ? CalendarDay.iso(row.start) : nil,
                        actualEnd: index < 2 ? CalendarDay.iso(CalendarDay.adding(weeks: 1, to: row.end)) : nil,
                        status: [StepStatus.done, .done, .blocked, .inProgress][index],
                        blockedReason: index == 2 ? "visites reportées par les équipes" : nil)
        }
        let promise = TrackedStep(id: 9, party: .editor, stepId: "installation", title: "Installation sur les deux sites", owner: "éditeur",
                                  plannedStart: nil, plannedEnd: "2027-03-01", actualStart: nil, actualEnd: nil, status: .toDo, blockedReason: nil)
        // The first migration check ticked, one defect fixed and one still open (issue 11 fix: shown in the plan).
        let checks = demo.method.migrationChecks.enumerated().map { MigrationCheck(text: $1, checkedOn: $0 == 0 ? "2027-03-10" : nil) }
        let defects = [MigrationDefect(description: "Allergies perdues", severity: "majeur", foundOn: "2027-03-08", fixedOn: "2027-03-12"),
                       MigrationDefect(description: "Doublons de patients", severity: "mineur", foundOn: "2027-03-11", fixedOn: nil)]
        plan.tracking = PlanTracking(steps: steps, promises: [promise], today: "2027-03-15", checks: checks, defects: defects)
        try expectGolden("plan-de-projet-suivi.md", try plan.document(templates: templates()).citing(sources).markdown)
    }

    @Test func minutes() throws {
        for session in demo.sessions {
            try expectGolden("compte-rendu-\(session.date).md",
                             try Minutes(session: session, professionLabel: demo.labels).document(templates: templates()).citing(sources).markdown)
        }
    }

    @Test func minutesHTML() throws {
        for session in demo.sessions {
            try expectGolden("compte-rendu-\(session.date).html",
                             try Minutes(session: session, professionLabel: demo.labels).document(templates: templates()).citing(sources).html)
        }
    }

    @Test func editorDeliverable() throws {
        let deliverable = EditorDeliverable(software: "Vadrouille Soins (fictif)", sessions: demo.sessions, date: date,
                                            professionLabel: demo.labels)
        try expectGolden("synthese-editeur.md", try deliverable.document(templates: templates()).citing(sources).markdown)
    }
}
