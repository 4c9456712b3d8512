import Catalog
import Foundation
import Mustache

/// The Mustache templates of the reports: the built-in ones (`templates/`), each replaceable by a file of the same
/// name in a federation's override directory (`--templates DIR`). Every template renders Markdown with the
/// `MARKDOWN` content type forced on, so a federation's template cannot forget to escape user text.
public struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    /// Where each template came from, for messages and tests.
    public let origins: [String: String]

    /// Reads every template; a missing directory, a file that is not UTF-8 text or a Mustache syntax error is
    /// reported, all of them at once (`ReportError.problems`), so that `catalog validate` lists them together.
    public init(builtIn: URL, override: URL? = nil) throws(ReportError) {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        var problems: [ReportError.FileProblem] = []
        var sources: [String: URL] = [:]
        for directory in [builtIn, override].compactMap({ $0 }) {
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
                problems.append(.init(file: directory.path, line: nil, message: "dossier de modèles introuvable"))
                continue
            }
            for file in files where file.hasSuffix(".mustache") {
                sources[String(file.dropLast(".mustache".count))] = directory.appendingPathComponent(file)
            }
        }
        if problems.isEmpty && sources.isEmpty {
            problems.append(.init(file: builtIn.path, line: nil, message: "aucun modèle de document (*.mustache) trouvé"))
        }
        var library = MustacheLibrary()
        for (name, url) in sources.sorted(by: { $0.key < $1.key }) {
            switch Self.template(url) {
            case let .success(template): library.register(template, named: name)
            case let .failure(problem): problems.append(problem)
            }
        }
        if !problems.isEmpty { throw ReportError(reason: .files(problems)) }
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

    private static func template(_ url: URL) -> Result<MustacheTemplate, ReportError.FileProblem> {
        let text: String
        switch TextFile.read(url) {
        case let .success(read): text = read
        case let .failure(problem): return .failure(.init(file: url.path, line: problem.line, message: problem.message))
        }
        if let (line, tag) = unescapedTag(in: text) {
            return .failure(.init(file: url.path, line: line,
                                  message: "balise «\u{A0}\(tag)\u{A0}» refusée\u{A0}: elle imprimerait du texte sans échappement\u{A0}; écrivez {{valeur}}"))
        }
        do {
            return .success(try MustacheTemplate(string: "{{% CONTENT_TYPE: MARKDOWN }}" + text))
        } catch let error as MustacheTemplate.ParserError {
            return .failure(.init(file: url.path, line: error.context.lineNumber, message: "modèle Mustache mal formé (\(error.error))"))
        } catch {
            return .failure(.init(file: url.path, line: nil, message: "modèle Mustache mal formé (\(error))"))
        }
    }

    public func render(_ name: String, _ context: Any) throws(ReportError) -> String {
        guard let output = library.render(context, withTemplate: name) else { throw .missingTemplate(name) }
        return output
    }
}

public struct ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A problem in one template file (or directory), located as precisely as possible.
    public struct FileProblem: Error, Sendable, Equatable, CustomStringConvertible {
        public let file: String
        public let line: Int?
        public let message: String

        public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
    }

    fileprivate enum Reason: Sendable, Equatable {
        case files([FileProblem]), missingTemplate(String)
    }
    fileprivate let reason: Reason

    public static func missingTemplate(_ name: String) -> ReportError { .init(reason: .missingTemplate(name)) }

    /// The template files at fault, empty when the error is not about a file.
    public var problems: [FileProblem] {
        if case let .files(problems) = reason { problems } else { [] }
    }

    public var description: String {
        switch reason {
        case let .files(problems): problems.map(\.description).joined(separator: "\n")
        case let .missingTemplate(name): "modèle « \(name).mustache » introuvable"
        }
    }
}
