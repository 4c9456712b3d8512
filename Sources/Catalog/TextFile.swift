import Foundation

/// Reads a user-editable text file (catalog YAML, Mustache template) as UTF-8. A file that is not text (binary
/// garbage, another encoding) is refused with the line of its first bad byte, so that a validation can say where.
///
/// ```swift
/// switch TextFile.read(url) {
/// case let .success(text): …
/// case let .failure(problem): print(problem.message)   // e.g. line 3, "pas du texte UTF-8…"
/// }
/// ```
public enum TextFile {
    public struct Problem: Error, Sendable, Equatable {
        /// 1-based line of the problem, when the content is to blame.
        public let line: Int?
        /// French, without the file name (the caller places it).
        public let message: String
    }

    public static func read(_ url: URL) -> Result<String, Problem> {
        guard FileManager.default.fileExists(atPath: url.path) else {
            return .failure(Problem(line: nil, message: "fichier introuvable"))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(Problem(line: nil, message: "fichier illisible (droits d'accès\u{00A0}?)"))
        }
        if let line = firstLineNotUTF8(data) {
            return .failure(Problem(line: line, message: "ce n'est pas du texte UTF-8 (fichier binaire ou autre encodage\u{00A0}?)"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }

    /// The line holding the first byte sequence that is not UTF-8 (a NUL byte counts too: no text file holds one),
    /// or nil when the whole file is text.
    static func firstLineNotUTF8(_ data: Data) -> Int? {
        var decoder = UTF8()
        var bytes = data.makeIterator()
        var line = 1
        while true {
            switch decoder.decode(&bytes) {
            case let .scalarValue(scalar):
                if scalar == "\n" { line += 1 } else if scalar == "\0" { return line }
            case .emptyInput:
                return nil
            case .error:
                return line
            }
        }
    }
}
