import Foundation
import Mustache

/// The Mustache templates of the reports: the built-in ones (`templates/`), each replaceable by a file of the same
/// name in a federation's override directory (`--templates DIR`). Every template renders Markdown with the
/// `MARKDOWN` content type forced on, so a federation's template cannot forget to escape user text.
public struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    /// Where each template came from, for messages and tests.
    public let origins: [String: String]

    public init(builtIn: URL, override: URL? = nil) throws(ReportError) {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        var sources: [String: URL] = [:]
        for directory in [builtIn, override].compactMap({ $0 }) {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".mustache") {
                sources[String(file.dropLast(".mustache".count))] = directory.appendingPathComponent(file)
            }
        }
        guard !sources.isEmpty else { throw .noTemplates(builtIn.path) }
        var library = MustacheLibrary()
        for (name, url) in sources {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw .unreadable(url.path) }
            do {
                library.register(try MustacheTemplate(string: "{{% CONTENT_TYPE: MARKDOWN }}" + text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw .syntax(file: url.path, line: error.context.lineNumber, detail: "\(error.error)")
            } catch {
                throw .syntax(file: url.path, line: nil, detail: "\(error)")
            }
        }
        self.library = library
        origins = sources.mapValues(\.path)
    }

    public func render(_ name: String, _ context: Any) throws(ReportError) -> String {
        guard let output = library.render(context, withTemplate: name) else { throw .missingTemplate(name) }
        return output
    }
}

public struct ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Reason: Sendable, Equatable {
        case noTemplates(String), unreadable(String), syntax(String, Int?, String), missingTemplate(String)
    }
    private let reason: Reason

    public static func noTemplates(_ path: String) -> ReportError { .init(reason: .noTemplates(path)) }
    public static func unreadable(_ path: String) -> ReportError { .init(reason: .unreadable(path)) }
    public static func syntax(file: String, line: Int?, detail: String) -> ReportError { .init(reason: .syntax(file, line, detail)) }
    public static func missingTemplate(_ name: String) -> ReportError { .init(reason: .missingTemplate(name)) }

    public var description: String {
        switch reason {
        case let .noTemplates(path): "\(path): aucun modèle de document (*.mustache) trouvé"
        case let .unreadable(path): "\(path): modèle illisible ou pas en UTF-8"
        case let .syntax(file, line, detail): "\(file)\(line.map { ":\($0)" } ?? ""): modèle Mustache mal formé (\(detail))"
        case let .missingTemplate(name): "modèle « \(name).mustache » introuvable"
        }
    }
}
