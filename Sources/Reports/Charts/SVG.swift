import Foundation

/// Small helpers to write SVG by hand. Hand-written because no SVG library is available here and the charts are
/// simple shapes; every text that reaches the SVG goes through `escape`.
enum SVG {
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Coordinates with one decimal, "." as separator whatever the locale.
    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// `minWidth`: below it the chart keeps its size and its figure scrolls sideways (phones), instead of shrinking
    /// its text out of reading size.
    static func document(width: Double, height: Double, title: String, minWidth: Double? = nil, _ body: String) -> String {
        // Ids must be unique in a page that holds several charts: derive one from the content (stable output).
        let id = "graphique-\(stableHash(title + body))"
        let minimum = minWidth.map { "min-width:\(number($0))px;" } ?? ""
        return """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(number(width)) \(number(height))" width="100%" \
        style="\(minimum)max-width:\(number(width))px" role="img" aria-labelledby="\(id)"><title id="\(id)">\(escape(title))</title>\(body)</svg>
        """
    }

    /// FNV-1a, hexadecimal: a short stable name, not a security token.
    static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    static func text(_ value: String, x: Double, y: Double, anchor: String = "start", size: Double = 11) -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(number(size))\" fill=\"#222\">\(escape(value))</text>"
    }

    /// Shortens long labels so they fit; the full label stays in the tables next to the chart.
    static func clip(_ label: String, _ length: Int) -> String {
        label.count <= length ? label : String(label.prefix(length - 1)) + "…"
    }
}
