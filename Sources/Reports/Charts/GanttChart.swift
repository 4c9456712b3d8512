import Deployment
import Foundation

/// The project plan's schedule as a gantt chart: one band per stage, one bar per step with its dates, a diamond
/// per milestone, a month axis in French. Steps are stacked (title and dates above the bar, milestone below) so
/// long French titles need no label column and the timeline keeps the whole width, readable at A4 print width.
public struct GanttChart: Sendable {
    public struct Step: Sendable {
        public var title: String
        public var start: Date
        public var end: Date
        public var milestone: String?

        public init(title: String, start: Date, end: Date, milestone: String?) {
            self.title = title; self.start = start; self.end = end; self.milestone = milestone
        }
    }

    public struct Stage: Sendable {
        public var title: String
        public var steps: [Step]

        public init(title: String, steps: [Step]) { self.title = title; self.steps = steps }
    }

    public var title: String
    public var stages: [Stage]

    public init(title: String, stages: [Stage]) { self.title = title; self.stages = stages }

    static let width = 640.0, margin = 12.0, axisHeight = 40.0

    public func svg() -> String {
        let steps = stages.flatMap(\.steps)
        guard let first = steps.map(\.start).min(), let last = steps.map(\.end).max() else {
            return SVG.document(width: Self.width, height: 60, title: title, SVG.text("Aucune étape", x: 10, y: 30))
        }
        let timeline = Timeline(from: first, to: last, left: Self.margin, right: Self.width - Self.margin)
        var rows = ""
        var y = Self.axisHeight + 8
        for stage in stages where !stage.steps.isEmpty {
            rows += stageBand(stage, timeline: timeline, y: y)
            y += 26
            for step in stage.steps {
                rows += bar(step, timeline: timeline, y: y)
                y += step.milestone == nil ? 32 : 46
            }
            y += 4
        }
        let height = y + 4
        return SVG.document(width: Self.width, height: height, title: title, minWidth: 560,
                            timeline.axis(bottom: height - 4) + rows)
    }

    private func stageBand(_ stage: Stage, timeline: Timeline, y: Double) -> String {
        let start = timeline.x(stage.steps.map(\.start).min()!), end = timeline.x(stage.steps.map(\.end).max()!)
        return "<rect class=\"phase\" x=\"\(SVG.number(start))\" y=\"\(SVG.number(y + 16))\" width=\"\(SVG.number(end - start))\" "
            + "height=\"4\" fill=\"#08519c\"/>"
            + "<text x=\"\(SVG.number(Self.margin))\" y=\"\(SVG.number(y + 12))\" font-size=\"12.0\" font-weight=\"bold\" "
            + "fill=\"#08519c\">\(SVG.escape(SVG.clip(stage.title, 90)))</text>"
    }

    private func bar(_ step: Step, timeline: Timeline, y: Double) -> String {
        let start = timeline.x(step.start), end = timeline.x(step.end)
        var body = SVG.text(SVG.clip(step.title, 62), x: Self.margin, y: y + 10)
        body += SVG.text("\(FrenchDate.short(step.start)) → \(FrenchDate.short(step.end))", x: Self.width - Self.margin,
                         y: y + 10, anchor: "end", size: 10)
        body += "<rect class=\"etape\" x=\"\(SVG.number(start))\" y=\"\(SVG.number(y + 15))\" width=\"\(SVG.number(max(end - start, 2)))\" "
            + "height=\"11\" rx=\"2\" fill=\"#6baed6\"/>"
        guard let milestone = step.milestone else { return body }
        let cy = y + 20.5
        body += "<polygon class=\"jalon\" points=\"\(SVG.number(end)),\(SVG.number(cy - 7)) \(SVG.number(end + 7)),\(SVG.number(cy)) "
            + "\(SVG.number(end)),\(SVG.number(cy + 7)) \(SVG.number(end - 7)),\(SVG.number(cy))\" fill=\"#d94801\"/>"
        let text = "Jalon : " + SVG.clip(milestone, 90)
        let (x, anchor) = Self.milestonePlace(diamond: end, textWidth: Double(text.count) * Self.characterWidth)
        return body + SVG.text(text, x: x, y: y + 39, anchor: anchor, size: 10)
    }

    /// Approximate advance of one character at 10 px in the sans-serif fonts of the stylesheet.
    static let characterWidth = 5.4

    /// Right of the diamond when the text fits there, else ending just left of it, else from the left margin.
    static func milestonePlace(diamond x: Double, textWidth: Double) -> (x: Double, anchor: String) {
        if x + 10 + textWidth < width - margin { return (x + 10, "start") }
        if x - 10 - textWidth > margin { return (x - 10, "end") }
        return (margin, "start")
    }
}

/// Dates to x coordinates, and the month axis.
private struct Timeline {
    let start: Date, end: Date, left: Double, right: Double

    init(from first: Date, to last: Date, left: Double, right: Double) {
        start = CalendarDay.startOfMonth(first)
        let lastMonth = CalendarDay.startOfMonth(last)
        end = lastMonth == last ? last : CalendarDay.adding(months: 1, to: lastMonth)
        self.left = left; self.right = right
    }

    func x(_ date: Date) -> Double {
        left + (right - left) * date.timeIntervalSince(start) / max(end.timeIntervalSince(start), 1)
    }

    /// A line per month start, the month's short name between its lines (every other month past 20 months), and
    /// the year under its first month shown.
    func axis(bottom: Double) -> String {
        var months: [Date] = []
        var cursor = start
        while cursor < end { months.append(cursor); cursor = CalendarDay.adding(months: 1, to: cursor) }
        let every = months.count > 20 ? 2 : 1
        var body = "", lastYear: Int?
        for (index, month) in months.enumerated() {
            let x = self.x(month), next = self.x(CalendarDay.adding(months: 1, to: month))
            body += "<line x1=\"\(SVG.number(x))\" y1=\"4\" x2=\"\(SVG.number(x))\" y2=\"\(SVG.number(bottom))\" stroke=\"#e0e0e0\"/>"
            guard index % every == 0 else { continue }
            body += SVG.text(FrenchDate.shortMonth(month), x: (x + next) / 2, y: 16, anchor: "middle", size: 9)
            let year = CalendarDay.year(month)
            if year != lastYear {
                body += SVG.text(String(year), x: x + 2, y: 30, size: 9)
                lastYear = year
            }
        }
        return body + "<line x1=\"\(SVG.number(left))\" y1=\"36\" x2=\"\(SVG.number(right))\" y2=\"36\" stroke=\"#888\"/>"
    }
}
