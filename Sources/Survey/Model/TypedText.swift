import Foundation

/// Text typed by people (forms, CSV files, command-line options), measured and cleaned one way everywhere.
///
/// Lengths count Unicode code points, as SQLite's `length()` does in the schema's checks: Swift's `count` counts
/// grapheme clusters, so "é" typed as `e` + U+0301 is 1 for Swift and 2 for SQLite, and a limit checked with
/// `count` let through what the schema then refused (a 500 instead of a French message).
public enum TypedText {
    public static func length(_ text: String) -> Int { text.unicodeScalars.count }

    /// Trimmed, line endings as `\n`, Unicode NFC (an accent typed as a combining character becomes the
    /// precomposed letter, which is also shorter).
    public static func cleaned(_ text: String) -> String {
        unixLineEndings(text).trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
    }

    /// `\r\n` (what browsers send from text areas) and a lone `\r` become `\n`.
    public static func unixLineEndings(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Control characters (NUL among them) other than line feed and tab: never stored.
    public static func isControlCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t"
    }

    public static func hasControlCharacter(_ text: String) -> Bool { text.unicodeScalars.contains(where: isControlCharacter) }

    public static func removingControlCharacters(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !isControlCharacter($0) }))
    }
}
