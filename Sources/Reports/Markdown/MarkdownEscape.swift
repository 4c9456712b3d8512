import Mustache

/// Escapes user-supplied text for Markdown: it must neither become markup (links, emphasis, HTML) nor break a
/// table (`|`, line breaks), nor reach a terminal as a control sequence. The CLI's Markdown output uses it too. Used as the `MARKDOWN` Mustache content type, so `{{name}}` in a template is always
/// escaped and only `{{{…}}}` (reserved for fragments the code built) is not.
///
/// ```swift
/// MarkdownEscape.text("[lien](http://x) | <b>")  // "\[lien\](http://x) \| \<b\>"
/// ```
public enum MarkdownEscape {
    /// Characters that can open a Markdown or GFM construct inline.
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "!", "&", "{", "}"]

    public static func text(_ raw: String) -> String {
        var out = ""
        out.reserveCapacity(raw.count)
        for character in raw {
            switch character {
            case "\n", "\r", "\r\n", "\t": out.append(" ")
            // Other control characters (escape sequences a terminal would run, NUL…) are not text.
            case _ where character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }): out.append(" ")
            // The chart placeholder brackets are reserved for the code.
            case "⟦": out.append("[")
            case "⟧": out.append("]")
            case _ where special.contains(character): out.append("\\"); out.append(character)
            default: out.append(character)
            }
        }
        // At the start of a line a value could still open a block (list, heading underline, thematic break).
        if let first = out.first, "-+=".contains(first) { out = "\\" + out }
        if let dot = out.firstIndex(where: { $0 == "." || $0 == ")" }), out[..<dot].allSatisfy(\.isNumber), dot != out.startIndex {
            out.insert("\\", at: dot)
        }
        return out
    }
}

/// The Mustache content type that applies `MarkdownEscape`.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownEscape.text(text) }
}
