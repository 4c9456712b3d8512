import Foundation
import Hummingbird
import Survey

/// The fields of an HTML form body (`application/x-www-form-urlencoded`) as a browser sends them: in order, one
/// pair per field, a checkbox group's name repeated once per ticked box.
///
/// Parsed here rather than with Hummingbird's `URLEncodedFormDecoder`, which maps a body onto a `Codable` structure:
/// it refuses a repeated name (what a checkbox group sends) and files `name[]` as an array under `name`, so
/// checkbox answers were lost. Every value is normalised once, here, for every form of the application:
/// - line endings become `\n` (browsers send `\r\n` from text areas; `"\r\n"` is one `Character` in Swift, so
///   splitting on `"\n"` would not see it);
/// - Unicode NFC, so an accent typed as a combining character is stored, compared and counted as the precomposed
///   letter (the account lookup, the length checks and SQLite then agree);
/// - control characters other than line feed and tab are refused (`FormError`), so NUL is never stored and an
///   address with an invisible character cannot pass for another one.
struct FormFields: Sendable {
    /// More fields than any page of the application has (a questionnaire page has a few dozen at most).
    static let maximumFieldCount = 500

    private var pairs: [(name: String, value: String)] = []
    /// With `keepingPage`, the fields whose control characters were removed instead of refused.
    private(set) var cleanedFields: Set<String> = []

    /// `keepingPage`: a form that must not lose what was typed (a questionnaire page) gets its control characters
    /// removed and the fields named in `cleanedFields`, for the page to come back with a message on each; every
    /// other form is refused whole (`FormError`).
    init(body: String, keepingPage: Bool = false) throws(FormError) {
        for field in body.split(separator: "&", omittingEmptySubsequences: true) {
            guard pairs.count < Self.maximumFieldCount else { throw FormError(.tooManyFields) }
            let parts = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let (name, _) = try Self.normalised(parts[0], field: "?", keepingPage: false)
            let (value, cleaned) = try Self.normalised(parts.count > 1 ? parts[1] : "", field: name, keepingPage: keepingPage)
            pairs.append((name, value))
            if cleaned { cleanedFields.insert(name) }
        }
    }

    /// The first value sent under `name`.
    func value(_ name: String) -> String? { pairs.first { $0.name == name }?.value }

    /// Every value sent under `name` (a checkbox group), also under `name[]` as some forms name groups.
    func values(_ name: String) -> [String] {
        pairs.filter { $0.name == name || $0.name == name + "[]" }.map(\.value)
    }

    func trimmed(_ name: String) -> String { (value(name) ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// Reads and parses the body. A body larger than the context allows is refused (413) before it is read whole;
    /// one that trickles in too slowly is dropped.
    static func read(_ request: Request, context: WebRequestContext, keepingPage: Bool = false) async throws -> FormFields {
        try FormFields(body: String(buffer: try await body(of: request, context: context)), keepingPage: keepingPage)
    }

    /// The whole body, within the context's size and time limits (every form, file uploads included).
    static func body(of request: Request, context: WebRequestContext) async throws -> ByteBuffer {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > context.maxUploadSize {
            throw FormError(.tooLarge)
        }
        let body = request.body, limit = context.maxUploadSize, timeout = context.bodyReadTimeout
        do {
            return try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
                group.addTask { try await body.collect(upTo: limit) }
                group.addTask { try await Task.sleep(for: timeout); return nil }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let buffer = first else { throw FormError(.tooSlow) }
                return buffer
            }
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw FormError(.tooLarge)
        }
    }

    /// Percent-decodes one name or value (`+` is a space in forms) and normalises it; `cleaned` when control
    /// characters were removed (`keepingPage`) rather than refused. Not trimmed: a password may start with a space;
    /// fields read as text are trimmed by `trimmed`.
    private static func normalised(_ encoded: Substring, field: String,
                                   keepingPage: Bool) throws(FormError) -> (value: String, cleaned: Bool) {
        guard let decoded = encoded.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
            throw FormError(.unreadable)
        }
        var text = TypedText.unixLineEndings(decoded), cleaned = false
        if TypedText.hasControlCharacter(text) {
            guard keepingPage else { throw FormError(.controlCharacter(field: field)) }
            text = TypedText.removingControlCharacters(text)
            cleaned = true
        }
        return (text.precomposedStringWithCanonicalMapping, cleaned)
    }
}

/// A form the application cannot accept as sent; becomes a French page naming the field.
struct FormError: Error, Equatable {

    enum Kind: Equatable {
        case unreadable
        case tooManyFields
        case tooLarge
        case tooSlow
        case controlCharacter(field: String)
    }

    let kind: Kind
    init(_ kind: Kind) { self.kind = kind }
}
