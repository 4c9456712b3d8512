import Foundation
import Hummingbird

/// A `multipart/form-data` body, what a form with a file field sends (the campaign's answers import): each part's
/// name, file name and bytes. Parsed here because the application's only other forms are URL-encoded
/// (`FormFields`) and Hummingbird reads no multipart body. Text fields are decoded as UTF-8 and NFC; a file's
/// bytes are kept as they are (its encoding is the importer's to decide).
struct UploadForm: Sendable {
    struct Part: Sendable {
        var name: String
        var filename: String?
        var data: Data
    }

    let parts: [Part]

    init(body: Data, contentType: String) throws(FormError) {
        guard let boundary = Self.boundary(contentType) else { throw FormError(.unreadable) }
        let delimiter = Data("--\(boundary)".utf8), separator = Data("\r\n\r\n".utf8)
        guard var cursor = body.range(of: delimiter)?.upperBound else { throw FormError(.unreadable) }
        var parts: [Part] = []
        while !body[cursor...].starts(with: Data("--".utf8)) {
            guard parts.count < FormFields.maximumFieldCount,
                  let headerEnd = body.range(of: separator, in: cursor..<body.endIndex),
                  let next = body.range(of: Data("\r\n".utf8) + delimiter, in: headerEnd.upperBound..<body.endIndex) else {
                throw FormError(.unreadable)
            }
            // "\r\n" is one Character in Swift: the header lines are split on the string.
            let disposition = String(decoding: body[cursor..<headerEnd.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
                .first { $0.lowercased().hasPrefix("content-disposition:") } ?? ""
            guard let name = Self.parameter("name", in: disposition) else { throw FormError(.unreadable) }
            parts.append(Part(name: name, filename: Self.parameter("filename", in: disposition),
                              data: Data(body[headerEnd.upperBound..<next.lowerBound])))
            cursor = next.upperBound
        }
        self.parts = parts
    }

    /// A text field, trimmed and NFC; nil when absent.
    func text(_ name: String) -> String? {
        parts.first { $0.name == name && $0.filename == nil }
            .map { String(decoding: $0.data, as: UTF8.self).precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The file sent under `name`, when one was chosen (browsers send an empty part with an empty file name otherwise).
    func file(_ name: String) -> (filename: String, data: Data)? {
        guard let part = parts.first(where: { $0.name == name }), let filename = part.filename, !filename.isEmpty, !part.data.isEmpty else {
            return nil
        }
        return (filename, part.data)
    }

    static func read(_ request: Request, context: WebRequestContext) async throws -> UploadForm {
        let buffer = try await FormFields.body(of: request, context: context)
        return try UploadForm(body: Data(buffer.readableBytesView), contentType: request.headers[.contentType] ?? "")
    }

    /// `multipart/form-data; boundary=…` (quoted or not).
    private static func boundary(_ contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        return parameter("boundary", in: contentType).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `name="value"` or `name=value` in one header line (`Content-Disposition`, `Content-Type`).
    private static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let pair = piece.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == name else { continue }
            let value = pair[1]
            return value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 ? String(value.dropFirst().dropLast()) : value
        }
        return nil
    }
}
