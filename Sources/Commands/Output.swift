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

/// Every message the commands print on the standard output: French typography (`FrenchTypography`) is applied
/// here, once, rather than in each string. It shadows `Swift.print` in this module; data (JSON, CSV) goes through
/// `Console.data`, which prints it as it is.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Swift.print(FrenchTypography.markdown(items.map { "\($0)" }.joined(separator: separator)), terminator: terminator)
}

public enum Console {
    /// A message on the standard error, in French typography.
    public static func error(_ text: String) {
        FileHandle.standardError.write(Data((FrenchTypography.markdown(text) + "\n").utf8))
    }

    /// Ends the process on an error ArgumentParser raised or a command threw: its message (usage errors, help) in
    /// French typography like every other, then its exit status.
    public static func exit(_ command: any ParsableCommand.Type, withError error: any Error) -> Never {
        let message = command.fullMessage(for: error)
        let status = command.exitCode(for: error)
        if !message.isEmpty {
            if status == .success { print(message) } else { Console.error(message) }
        }
        Foundation.exit(status.rawValue)
    }

    /// Data on the standard output (JSON, CSV), byte for byte: typography is for messages, not for values.
    static func data(_ text: String, terminator: String = "\n") {
        Swift.print(text, terminator: terminator)
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
