import Foundation

/// Radar of maturity by dimension: the team level (solid), the spread of individual answers (shaded band between
/// the lowest and highest answer) and the target (dashed).
public struct RadarChart: Sendable {
    public struct Axis: Sendable {
        public var label: String
        public var level: Int?
        public var lowest: Int?
        public var highest: Int?
        public var target: Int
        /// Last campaign's team level (yearly re-assessment), drawn dotted.
        public var previous: Int?

        public init(label: String, level: Int?, lowest: Int?, highest: Int?, target: Int, previous: Int? = nil) {
            self.label = label; self.level = level; self.lowest = lowest; self.highest = highest; self.target = target
            self.previous = previous
        }
    }

    public var title: String
    public var axes: [Axis]
    public var maximum: Int
    /// Draws last campaign's levels and says so in the legend.
    public var comparesPrevious: Bool

    public init(title: String, axes: [Axis], maximum: Int = 3, comparesPrevious: Bool = false) {
        self.title = title; self.axes = axes; self.maximum = maximum; self.comparesPrevious = comparesPrevious
    }

    public func svg() -> String {
        // Wider than tall: labels sit left and right of the web and need the room.
        let width = 780.0, size = 540.0, centerX = width / 2, center = size / 2 - 10, radius = 170.0
        guard !axes.isEmpty else { return SVG.document(width: width, height: 60, title: title, SVG.text("Aucune donnée", x: 10, y: 30)) }
        func point(_ index: Int, _ value: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(axes.count)
            let r = radius * value / Double(max(maximum, 1))
            return (centerX + r * cos(angle), center + r * sin(angle))
        }
        func polygon(_ values: [Double], style: String) -> String {
            let points = values.enumerated().map { point($0.offset, $0.element) }.map { "\(SVG.number($0.0)),\(SVG.number($0.1))" }
            return "<polygon points=\"\(points.joined(separator: " "))\" \(style)/>"
        }
        var body = ""
        for ring in 1...max(maximum, 1) {
            body += polygon(Array(repeating: Double(ring), count: axes.count), style: "fill=\"none\" stroke=\"#ccc\" stroke-width=\"1\"")
        }
        for index in axes.indices {
            let (x, y) = point(index, Double(maximum))
            body += "<line x1=\"\(SVG.number(centerX))\" y1=\"\(SVG.number(center))\" x2=\"\(SVG.number(x))\" y2=\"\(SVG.number(y))\" stroke=\"#ddd\"/>"
            let (lx, ly) = point(index, Double(maximum) * 1.18)
            let anchor = abs(lx - centerX) < 10 ? "middle" : (lx > centerX ? "start" : "end")
            body += SVG.text(SVG.clip(axes[index].label, 34), x: lx, y: ly + 4, anchor: anchor, size: 10)
        }
        body += polygon(axes.map { Double($0.highest ?? 0) }, style: "fill=\"#9ecae1\" fill-opacity=\"0.35\" stroke=\"none\"")
        body += polygon(axes.map { Double($0.lowest ?? 0) }, style: "fill=\"#fff\" fill-opacity=\"0.8\" stroke=\"none\"")
        body += polygon(axes.map { Double($0.target) }, style: "fill=\"none\" stroke=\"#d95f02\" stroke-width=\"1.5\" stroke-dasharray=\"5 4\"")
        if comparesPrevious {
            body += polygon(axes.map { Double($0.previous ?? 0) }, style: "fill=\"none\" stroke=\"#636363\" stroke-width=\"2\" stroke-dasharray=\"2 3\"")
        }
        body += polygon(axes.map { Double($0.level ?? 0) }, style: "fill=\"#3182bd\" fill-opacity=\"0.25\" stroke=\"#08519c\" stroke-width=\"2\"")
        let legendY = size - 12
        body += "<rect x=\"10\" y=\"\(SVG.number(legendY - 9))\" width=\"12\" height=\"10\" fill=\"#3182bd\" fill-opacity=\"0.5\"/>"
        body += SVG.text("niveau de l'équipe", x: 26, y: legendY)
        body += "<rect x=\"150\" y=\"\(SVG.number(legendY - 9))\" width=\"12\" height=\"10\" fill=\"#9ecae1\" fill-opacity=\"0.6\"/>"
        body += SVG.text("étendue des avis", x: 166, y: legendY)
        body += "<line x1=\"280\" y1=\"\(SVG.number(legendY - 4))\" x2=\"300\" y2=\"\(SVG.number(legendY - 4))\" stroke=\"#d95f02\" stroke-dasharray=\"5 4\" stroke-width=\"1.5\"/>"
        body += SVG.text("cible", x: 305, y: legendY)
        if comparesPrevious {
            body += "<line x1=\"350\" y1=\"\(SVG.number(legendY - 4))\" x2=\"370\" y2=\"\(SVG.number(legendY - 4))\" stroke=\"#636363\" stroke-dasharray=\"2 3\" stroke-width=\"2\"/>"
            body += SVG.text("campagne précédente", x: 375, y: legendY)
        }
        return SVG.document(width: width, height: size, title: title, body)
    }
}
