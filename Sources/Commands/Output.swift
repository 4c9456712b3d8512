import Application
import ArgumentParser
import Catalog
import Foundation
import Reports

/// Output formats offered by the commands that print results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case md, json, csv
}

/// What `compare` and `assess` print: their data (json, csv), or the document they share with `report …` in any
/// `DocumentFormat` (a PDF, DOCX or ODT as bytes, for a redirection).
enum ResultFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, pdf, docx, odt, json, csv

    /// The document's format; `nil` for the data formats.
    var document: DocumentFormat? { DocumentFormat(rawValue: rawValue) }
}

public enum Console {
    public static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints every located issue on stderr and returns the data-error exit code.
    public static func report(_ error: CatalogLoadError) -> ExitCode {
        for issue in error.issues { Console.error(issue.description) }
        let count = error.issues.count
        Console.error(count > 1 ? "\(count) erreurs : rien n'a été écrit." : "1 erreur : rien n'a été écrit.")
        return ExitStatus.dataError
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Escapes user and catalog text for Markdown (shared with the Reports module).
func markdownCell(_ text: String) -> String { MarkdownEscape.text(text) }

/// Writes files into `directory` (created when missing), each atomically, once everything was built in memory; a
/// French message and exit 73 when the folder cannot be written.
func writeFiles(_ files: [(name: String, data: Data)], to directory: URL) throws {
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in files { try file.data.write(to: directory.appendingPathComponent(file.name), options: .atomic) }
    } catch {
        Console.error("\(directory.path)\u{00A0}: écriture impossible (\(error.localizedDescription))")
        throw ExitStatus.cannotCreate
    }
}
