import Mustache

/// The escaping of every `{{value}}` on the pages: the five characters swift-mustache's own HTML type replaces
/// (`<`, `>`, `&`, `"`, `'`), found byte by byte in the UTF-8 text.
///
/// swift-mustache's HTML type compares whole `Character`s: a dictionary lookup per grapheme (most of a
/// questionnaire page's rendering time), and a quote or `<` followed by a combining mark (`"\u{301}` is one
/// `Character`) was not one of its keys, so it went out unescaped and could close an attribute. ASCII bytes never
/// occur inside a multi-byte UTF-8 sequence, so every one of them is escaped here.
struct PageHTML: MustacheContentType {
    /// The content type's name in the pragma `Page.library` puts before every template.
    static let name = "PAGE_HTML"

    func escapeText(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: { Self.replacement($0) != nil }) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + 32)
        for byte in bytes {
            if let replacement = Self.replacement(byte) { escaped.append(contentsOf: replacement.utf8) } else { escaped.append(byte) }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private static func replacement(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
