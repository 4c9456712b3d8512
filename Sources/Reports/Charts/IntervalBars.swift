import Comparator

/// Horizontal bars of scores with their pessimistic–optimistic interval.
public struct IntervalBars: Sendable {
    public struct Bar: Sendable {
        public var label: String
        public var score: Double
        public var low: Double
        public var high: Double

        public init(label: String, score: Double, low: Double, high: Double) {
            self.label = label; self.score = score; self.low = low; self.high = high
        }
    }

    public var title: String
    public var bars: [Bar]

    public init(title: String, bars: [Bar]) { self.title = title; self.bars = bars }

    public func svg() -> String {
        let labelWidth = 210.0, plotWidth = 360.0, rowHeight = 26.0, top = 24.0
        let height = top + Double(bars.count) * rowHeight + 30
        var body = ""
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            let x = labelWidth + tick * plotWidth
            body += "<line x1=\"\(SVG.number(x))\" y1=\"\(SVG.number(top - 6))\" x2=\"\(SVG.number(x))\" y2=\"\(SVG.number(height - 26))\" stroke=\"#e5e5e5\"/>"
            body += SVG.text(FrenchDecimal.format(tick), x: x, y: top - 10, anchor: "middle", size: 9)
        }
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            body += SVG.text(SVG.clip(bar.label, 32), x: labelWidth - 8, y: y + 15, anchor: "end")
            body += "<rect x=\"\(SVG.number(labelWidth))\" y=\"\(SVG.number(y + 5))\" width=\"\(SVG.number(max(bar.score, 0) * plotWidth))\" height=\"14\" fill=\"#6baed6\"/>"
            let low = labelWidth + bar.low * plotWidth, high = labelWidth + bar.high * plotWidth
            body += "<line x1=\"\(SVG.number(low))\" y1=\"\(SVG.number(y + 12))\" x2=\"\(SVG.number(high))\" y2=\"\(SVG.number(y + 12))\" stroke=\"#08306b\" stroke-width=\"2\"/>"
            for x in [low, high] {
                body += "<line x1=\"\(SVG.number(x))\" y1=\"\(SVG.number(y + 6))\" x2=\"\(SVG.number(x))\" y2=\"\(SVG.number(y + 18))\" stroke=\"#08306b\" stroke-width=\"2\"/>"
            }
        }
        body += SVG.text("Barre : score ; trait : de pessimiste (inconnus défavorables) à optimiste (inconnus favorables).",
                         x: 10, y: height - 8, size: 10)
        return SVG.document(width: labelWidth + plotWidth + 20, height: height, title: title, body)
    }
}

/// "0,25": decimals with a comma for chart labels.
enum FrenchDecimal {
    static func format(_ value: Double) -> String { FrenchNumber.format(value) }
}
