import Foundation

/// What a reader would see break French typography: a regular space or line break before « : ; ! ? » or », after
/// «, and « 1e » or « 1ier » for « 1er ». Code, scripts, styles, form fields and link addresses are not text.
public enum TypographyCheck {
    /// Each problem with a little context, for the test's message.
    public static func problems(html: String) -> [String] {
        var text = html
        for element in ["script", "style", "pre", "code", "textarea"] {
            text = text.replacingOccurrences(of: "(?s)<\(element)\\b[^>]*>.*?</\(element)>", with: "",
                                             options: [.regularExpression, .caseInsensitive])
        }
        text = text.replacingOccurrences(of: "(?s)<!--.*?-->", with: "", options: .regularExpression)
        // Tags are not text; a block's edge is.
        text = text.replacingOccurrences(of: "</?(p|li|td|th|tr|h[1-6]|div|table|ul|ol|dd|dt|section|header|footer|figure|label|legend|option|br)\\b[^>]*>",
                                         with: "\u{1}", options: [.regularExpression, .caseInsensitive])
        text = text.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        return find(in: text, spaces: "[ \\t\\r\\n]")
    }

    public static func problems(markdown: String) -> [String] {
        var text = markdown.replacingOccurrences(of: "(?s)```.*?```", with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: "`[^`\\n]*`", with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: "\\]\\([^)\\n]*\\)", with: "]", options: .regularExpression)
        text = text.replacingOccurrences(of: "<(https?|mailto)[^>\\n]*>", with: "", options: .regularExpression)
        // A table's alignment row is markup.
        text = text.replacingOccurrences(of: "\\| ?:?-+:? ?(?=\\|)", with: "|", options: .regularExpression)
        return find(in: text, spaces: "[ \\t]")
    }

    static func find(in text: String, spaces: String) -> [String] {
        let patterns = ["\(spaces)+\\\\?[:;!?»]", "«\(spaces)", "(^|[^0-9A-Za-z])1(e|ier)[\\s\u{00A0}]"]
        var found: [String] = []
        for pattern in patterns {
            let expression = try! NSRegularExpression(pattern: pattern)
            let whole = NSRange(text.startIndex..., in: text)
            for match in expression.matches(in: text, range: whole) {
                let range = Range(match.range, in: text)!
                let from = text.index(range.lowerBound, offsetBy: -30, limitedBy: text.startIndex) ?? text.startIndex
                let to = text.index(range.upperBound, offsetBy: 30, limitedBy: text.endIndex) ?? text.endIndex
                found.append(String(text[from..<to]).replacingOccurrences(of: "\n", with: "⏎"))
            }
        }
        return found
    }
}
