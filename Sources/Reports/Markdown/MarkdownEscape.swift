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
    private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "!", "&", "{", "}"]

    /// Works on code points, not characters: `|` followed by a combining accent is one Swift `Character` that is not
    /// `|`, yet a Markdown parser still sees the `|`.
    public static func text(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": out.append(" ")
            // Other control characters (escape sequences a terminal would run, NUL…) are not text.
            case _ where scalar.properties.generalCategory == .control: out.append(" ")
            // The chart placeholder brackets are reserved for the code.
            case "⟦": out.append("[")
            case "⟧": out.append("]")
            case _ where special.contains(scalar): out.append("\\"); out.append(scalar)
            default: out.append(scalar)
            }
        }
        var text = String(out)
        // At the start of a line a value could still open a block (list, heading underline, thematic break).
        if let first = text.unicodeScalars.first, "-+=".unicodeScalars.contains(first) { text = "\\" + text }
        if let dot = text.firstIndex(where: { $0 == "." || $0 == ")" }), text[..<dot].allSatisfy(\.isNumber), dot != text.startIndex {
            text.insert("\\", at: dot)
        }
        return text
    }
}

/// The Mustache content type that applies `MarkdownEscape`.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownEscape.text(text) }
}
