import Foundation
import Reports

/// The one rule for the name of a file given to the user (web downloads, the demo's files, the campaign's ZIP):
/// what it is, whose it is and when, e.g. `fiche-comparative_msp-des-tilleuls_2026-12-02.pdf`, so that two teams'
/// files, or the same team's on two days, never share a name in a downloads folder.
public struct DownloadName: Sendable, Equatable {
    /// ASCII only (accents folded, safe characters), for every file system and the `filename` parameter.
    public let ascii: String
    /// The same name with the subject's accents kept, for the `filename*` parameter (RFC 6266) browsers prefer.
    public let unicode: String

    /// `document`: the document's slug (`fiche-comparative`); `subject`: the team (or software) it is about, `nil` for
    /// the federation's own documents; `date`: `YYYY-MM-DD`; `fileExtension` without its dot.
    public init(document: String, subject: String?, date: String, fileExtension: String) {
        let parts = { (subject: String?) in [document, subject, date].compactMap { $0 }.filter { !$0.isEmpty } }
        ascii = parts(subject.map { Self.slug($0, keepingAccents: false) }).joined(separator: "_") + "." + fileExtension
        unicode = parts(subject.map { Self.slug($0, keepingAccents: true) }).joined(separator: "_") + "." + fileExtension
    }

    /// `Content-Disposition` of a download: both forms, the ASCII one for old clients.
    public var contentDisposition: String {
        "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(Self.percentEncoded(unicode))"
    }

    /// Lower case, runs of anything but letters and digits → one `-`; ligatures spelled out (« Œ » → `oe`); accents
    /// folded by `FileName.slug` (the ASCII form, one rule with the calendars' identifiers) unless kept.
    static func slug(_ text: String, keepingAccents: Bool) -> String {
        guard keepingAccents else { return FileName.slug(text) }
        let text = text.lowercased().replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
        var slug = ""
        for character in text {
            if character.isLetter || character.isNumber { slug.append(character) } else if !slug.isEmpty && !slug.hasSuffix("-") { slug.append("-") }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    /// RFC 5987 `attr-char`s as they are, every other byte of the UTF-8 as `%XX`.
    static func percentEncoded(_ text: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~".utf8)
        return text.utf8.map { allowed.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
    }
}
