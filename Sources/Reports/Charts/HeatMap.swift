/// Criteria × products heat map: how well each product meets each weighted criterion; unknown cells are hatched
/// grey, never coloured as "no".
public struct HeatMap: Sendable {
    public var title: String
    public var rows: [String]
    public var columns: [String]
    /// `cells[row][column]`: utility in [0, 1], or `nil` when unknown.
    public var cells: [[Double?]]
    /// The line under the map that says how to read its colours.
    public var legend: String
    /// Each cell's tooltip value when the colour is not the figure to read (a maturity level); `nil`: the utility.
    public var cellTexts: [[String]]?

    public static let coverageLegend = "Vert : besoin couvert ; rouge : non couvert ; hachuré : inconnu (à vérifier en démonstration)."

    public init(title: String, rows: [String], columns: [String], cells: [[Double?]], legend: String = HeatMap.coverageLegend,
                cellTexts: [[String]]? = nil) {
        self.title = title; self.rows = rows; self.columns = columns; self.cells = cells; self.legend = legend; self.cellTexts = cellTexts
    }

    public func svg() -> String {
        let labelWidth = 300.0, cell = 34.0, top = 130.0
        let width = labelWidth + Double(columns.count) * cell + 20, height = top + Double(rows.count) * cell + 40
        let pattern = "inconnu-\(SVG.stableHash(title + rows.joined() + columns.joined()))"
        var body = "<defs><pattern id=\"\(pattern)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#eee\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#bbb\" stroke-width=\"2\"/></pattern></defs>"
        for (index, column) in columns.enumerated() {
            let x = labelWidth + Double(index) * cell + cell / 2
            body += "<text transform=\"translate(\(SVG.number(x)),\(SVG.number(top - 6))) rotate(-55)\" font-size=\"10\" fill=\"#222\">\(SVG.escape(SVG.clip(column, 24)))</text>"
        }
        // Tooltips name the row by its first word (the criterion id): the full label is already on the left.
        let rowKeys = rows.map { String($0.split(separator: " ").first ?? Substring($0)) }
        for (rowIndex, row) in rows.enumerated() {
            let y = top + Double(rowIndex) * cell
            body += SVG.text(SVG.clip(row, 48), x: labelWidth - 6, y: y + cell / 2 + 4, anchor: "end", size: 10)
            for columnIndex in columns.indices {
                let x = labelWidth + Double(columnIndex) * cell
                let value = rowIndex < cells.count && columnIndex < cells[rowIndex].count ? cells[rowIndex][columnIndex] : nil
                let fill = value.map(Self.color) ?? "url(#\(pattern))"
                let text = cellTexts.flatMap { rowIndex < $0.count && columnIndex < $0[rowIndex].count ? $0[rowIndex][columnIndex] : nil }
                    ?? value.map { FrenchDecimal.format($0) } ?? "inconnu"
                let key = cellTexts == nil ? rowKeys[rowIndex] : row
                body += "<rect x=\"\(SVG.number(x + 1))\" y=\"\(SVG.number(y + 1))\" width=\"\(SVG.number(cell - 2))\" height=\"\(SVG.number(cell - 2))\" fill=\"\(fill)\"><title>\(SVG.escape("\(key) — \(columns[columnIndex]) : \(text)"))</title></rect>"
            }
        }
        body += SVG.text(legend, x: 10, y: height - 12, size: 10)
        return SVG.document(width: width, height: height, title: title, body)
    }

    /// Red (0) to green (1) through pale yellow.
    static func color(_ value: Double) -> String {
        let v = min(max(value, 0), 1)
        let (r, g, b): (Double, Double, Double) = v < 0.5
            ? (215, 48 + (v / 0.5) * (217 - 48), 39 + (v / 0.5) * (139 - 39))
            : (215 - ((v - 0.5) / 0.5) * (215 - 26), 217 - ((v - 0.5) / 0.5) * (217 - 152), 139 - ((v - 0.5) / 0.5) * (139 - 80))
        return "rgb(\(Int(r)),\(Int(g)),\(Int(b)))"
    }
}
