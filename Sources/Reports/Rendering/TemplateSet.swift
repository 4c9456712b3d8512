import Foundation
import Mustache

/// The Mustache templates of the reports: the built-in ones (`templates/`), each replaceable by a file of the same
/// name in a federation's override directory (`--templates DIR`). Every template renders Markdown with the
/// `MARKDOWN` content type forced on, and a template holding a tag that would bypass it is refused, so a
/// federation's template cannot print user text unescaped.
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
            if let (line, tag) = Self.unescapedTag(in: text) { throw .unescaped(file: url.path, line: line, tag: tag) }
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

    /// The first tag that would print a value without the Markdown escape: `{{{x}}}` and `{{& x}}`, and the tags
    /// that could bring one back (`{{=<% %>=}}` changes the delimiters, `{{% CONTENT_TYPE: … }}` the escape).
    static func unescapedTag(in text: String) -> (line: Int, tag: String)? {
        var line = 1
        var rest = text[...]
        while let character = rest.first {
            if character == "\n" || character == "\r\n" { line += 1 }
            if rest.hasPrefix("{{"), let sigil = rest.dropFirst(2).drop(while: { $0 == " " || $0 == "\t" }).first, "{&=%".contains(sigil) {
                return (line, "{{" + String(sigil))
            }
            rest = rest.dropFirst()
        }
        return nil
    }

    public func render(_ name: String, _ context: Any) throws(ReportError) -> String {
        guard let output = library.render(context, withTemplate: name) else { throw .missingTemplate(name) }
        return output
    }
}

public struct ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Reason: Sendable, Equatable {
        case noTemplates(String), unreadable(String), syntax(String, Int?, String), missingTemplate(String)
        case unescaped(String, Int, String)
    }
    private let reason: Reason

    public static func noTemplates(_ path: String) -> ReportError { .init(reason: .noTemplates(path)) }
    public static func unreadable(_ path: String) -> ReportError { .init(reason: .unreadable(path)) }
    public static func syntax(file: String, line: Int?, detail: String) -> ReportError { .init(reason: .syntax(file, line, detail)) }
    public static func missingTemplate(_ name: String) -> ReportError { .init(reason: .missingTemplate(name)) }
    public static func unescaped(file: String, line: Int, tag: String) -> ReportError { .init(reason: .unescaped(file, line, tag)) }

    public var description: String {
        switch reason {
        case let .noTemplates(path): "\(path): aucun modèle de document (*.mustache) trouvé"
        case let .unreadable(path): "\(path): modèle illisible ou pas en UTF-8"
        case let .syntax(file, line, detail): "\(file)\(line.map { ":\($0)" } ?? ""): modèle Mustache mal formé (\(detail))"
        case let .missingTemplate(name): "modèle « \(name).mustache » introuvable"
        case let .unescaped(file, line, tag):
            "\(file):\(line): balise « \(tag) » refusée : elle imprimerait du texte sans échappement ; écrivez {{valeur}}"
        }
    }
}
