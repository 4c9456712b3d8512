import Comparator
import Deployment
import Foundation
import FoundationXML
import Reports
import Survey
import TestSupport
import Testing
#if canImport(FoundationXML)
#endif

/// The project plan's schedule is drawn as an SVG gantt in the HTML; the Markdown keeps the milestones table.
@Suite("Calendrier du plan de projet")
struct PlanScheduleTests {
    let demo = DemoData.shared
    static let hostile = "<script>alert('x')</script> & \"co\" ]]> --"

    func plan(_ method: DeploymentMethod) throws -> ReportDocument {
        try ProjectPlan(method: method, profile: demo.profile, actions: demo.plan, survey: demo.survey, comparison: nil,
                        people: demo.people, start: "2027-01-04", date: "2026-11-23")
            .document(templates: TemplateSet(builtIn: Checkout.templates))
    }

    /// Issue 11 fix: once followed, a stage ends with its steps' planned ends as moved in the follow-up.
    @Test func aMovedStepMovesItsStagesEnd() throws {
        let method = demo.method
        let rows = Schedule(method: method, start: try #require(CalendarDay.parse("2027-01-04"))).rows
        let stage = try #require(method.stages.first)
        let last = try #require(rows.last { $0.stage.id == stage.id })
        let moved = CalendarDay.iso(CalendarDay.adding(weeks: 3, to: last.end))
        var plan = ProjectPlan(method: method, profile: demo.profile, actions: demo.plan, survey: demo.survey, comparison: nil,
                               people: demo.people, start: "2027-01-04", date: "2027-03-15")
        plan.tracking = PlanTracking(steps: [TrackedStep(id: 1, party: .team, stepId: last.step.id, title: last.step.title,
                                                         owner: last.step.owner, plannedStart: CalendarDay.iso(last.start),
                                                         plannedEnd: moved, actualStart: nil, actualEnd: nil, status: .inProgress,
                                                         blockedReason: nil)],
                                     promises: [], today: "2027-03-15")
        let markdown = try plan.document(templates: TemplateSet(builtIn: Checkout.templates)).markdown
        #expect(markdown.contains("### \(FrenchTypography.text(stage.title)) (4 janvier 2027 → \(FrenchDate.long(moved)))"), "\(markdown)")
    }

    /// The gantt SVG of the HTML, parsed as XML.
    final class SVGCounter: NSObject, XMLParserDelegate {
        var classes: [String: Int] = [:]
        var texts: [String] = []
        var inText = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if let kind = attributes["class"] { classes[kind, default: 0] += 1 }
            if name == "text" { inText = true; texts.append("") }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" { inText = false }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { texts[texts.count - 1] += string }
        }
    }

    func gantt(_ html: String) throws -> (svg: String, counter: SVGCounter, parsed: Bool) {
        let figures = html.components(separatedBy: "<figure class=\"graphique\">").dropFirst()
        let svg = try #require(figures.first { $0.contains("Calendrier") }?.components(separatedBy: "</figure>").first)
        let counter = SVGCounter()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = counter
        return (svg, counter, parser.parse())
    }

    @Test func theScheduleIsAnSVGGanttWithOneBarPerStep() throws {
        let document = try plan(demo.method)
        let steps = demo.method.stages.flatMap(\.steps)
        let (svg, counter, parsed) = try gantt(document.html)
        #expect(parsed)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(counter.classes["etape"] == steps.count)
        #expect(counter.classes["jalon"] == steps.count { $0.milestone != nil })
        #expect(counter.classes["phase"] == demo.method.stages.count)
        // A month axis in French, from the first month to the last.
        for month in ["janv.", "févr.", "mars", "août", "déc.", "2027", "2028"] { #expect(counter.texts.contains(month), "\(month)") }
        #expect(counter.texts.contains("4 janv. 2027 → 1er févr. 2027"))
        #expect(counter.texts.contains { $0.hasPrefix("Diagnostic de l") })
        for text in [document.html, document.markdown] { #expect(!text.lowercased().contains("mermaid")) }
        #expect(!document.html.contains("<script"))
        // The Markdown keeps the milestones as a table.
        #expect(document.markdown.contains("| Date | Jalon |\n|---|---|\n| 1er février 2027 | Diagnostic partagé en réunion d'équipe |"))
        #expect(!document.markdown.contains("```"))
    }

    @Test func textInTheGanttIsEscaped() throws {
        var method = demo.method
        method.stages[0].title = Self.hostile
        method.stages[0].steps[0].title = Self.hostile
        method.stages[0].steps[0].milestone = Self.hostile
        let (svg, counter, parsed) = try gantt(try plan(method).html)
        #expect(parsed)
        #expect(!svg.contains("<script"))
        #expect(counter.classes["etape"] == method.stages.flatMap(\.steps).count)
    }
}
