import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body, decoded by Hummingbird's URLEncodedFormDecoder.
/// Repeated fields (checkboxes) are sent as `name[]`.
struct FormFields: Decodable, Sendable {
    private var single: [String: String] = [:]
    private var multiple: [String: [String]] = [:]

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        for key in container.allKeys {
            if let value = try? container.decode(String.self, forKey: key) {
                single[key.stringValue] = value
            } else if let values = try? container.decode([String].self, forKey: key) {
                multiple[key.stringValue] = values
            }
        }
    }

    func value(_ name: String) -> String? { single[name] }

    /// Hummingbird's decoder reads the checkboxes `name[]` as the array `name`: both spellings are looked up.
    func values(_ name: String) -> [String] {
        let array = name.hasSuffix("[]") ? String(name.dropLast(2)) : name
        return multiple[name] ?? multiple[array] ?? single[name].map { [$0] } ?? []
    }

    func trimmed(_ name: String) -> String { (single[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    static func read(_ request: Request, context: WebRequestContext) async throws -> FormFields {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        let body = String(buffer: buffer)
        do { return try URLEncodedFormDecoder().decode(FormFields.self, from: body) } catch {
            throw HTTPError(.badRequest)
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
