import Dispatch
import Foundation
import Reports

/// The one place a document becomes PDF, DOCX or ODT, for the CLI, the web and the demo alike: the PDF is headless
/// Chromium's print of the document's HTML (its print stylesheet: A4, page breaks), DOCX and ODT are pandoc's from
/// its Markdown with each chart as a PNG picture (`ChartPictures`), so Word and LibreOffice show them and tables stay
/// tables. Each conversion works in its own temporary directory, removed afterwards whatever happens.
public struct OfficeConversion: Sendable {
    public var toolbox: OfficeToolbox

    public init(toolbox: OfficeToolbox = .fromEnvironment) { self.toolbox = toolbox }

    /// Why a document could not be converted, in French, naming what to install.
    public enum Failure: Error, CustomStringConvertible, Equatable {
        case missingTool(DocumentFormat, OfficeTool)
        case toolFailed(DocumentFormat, OfficeTool, detail: String)
        case timedOut(DocumentFormat, OfficeTool, seconds: Int)
        case workspace(DocumentFormat, detail: String)

        public var description: String {
            switch self {
            case .missingTool(let format, let tool):
                "\(format.rawValue.uppercased()) impossible\u{00A0}: \(tool.displayName) n'est pas installé "
                    + "(paquet Debian \(tool.debianPackage)\u{00A0}; lancez scripts/setup)."
            case .toolFailed(let format, let tool, let detail):
                "\(format.rawValue.uppercased()) impossible\u{00A0}: \(tool.displayName) a échoué (\(detail))."
            case .timedOut(let format, let tool, let seconds):
                "\(format.rawValue.uppercased()) impossible\u{00A0}: \(tool.displayName) n'a pas fini en \(seconds)\u{00A0}s."
            case .workspace(let format, let detail):
                "\(format.rawValue.uppercased()) impossible\u{00A0}: dossier temporaire inutilisable (\(detail))."
            }
        }
    }

    /// The tools `format` needs that this machine lacks (none for Markdown and HTML); `charts`: whether the document
    /// has charts, which DOCX and ODT draw with `rsvg-convert`.
    public func missingTools(for format: DocumentFormat, charts: Bool = true) -> [OfficeTool] {
        let needed: [OfficeTool] = switch format {
        case .md, .html: []
        case .pdf: [.chromium]
        case .docx, .odt: charts ? [.pandoc, .rsvgConvert] : [.pandoc]
        }
        return needed.filter { toolbox.locate($0) == nil }
    }

    /// The document's bytes in `format`. Blocks for the seconds a tool takes: the web calls the `async` variant.
    public func data(_ document: ReportDocument, as format: DocumentFormat) throws(Failure) -> Data {
        switch format {
        case .md: return Data(document.markdown.utf8)
        case .html: return Data(document.html.utf8)
        case .pdf, .docx, .odt:
            if let missing = missingTools(for: format, charts: !document.charts.isEmpty).first { throw .missingTool(format, missing) }
            return try inTemporaryDirectory(format) { directory throws(Failure) in
                format == .pdf ? try printed(document, in: directory) : try office(document, as: format, in: directory)
            }
        }
    }

    /// The same, off Swift's cooperative threads (a conversion is a subprocess that takes seconds), so other requests
    /// keep being served meanwhile.
    public func data(_ document: ReportDocument, as format: DocumentFormat) async throws -> Data {
        try await Self.background { try data(document, as: format) }
    }

    /// Runs `work` (conversions: subprocesses that take seconds) on a queue of its own, not on Swift's cooperative
    /// threads, which serve the other requests meanwhile.
    public static func background<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }

    private static let queue = DispatchQueue(label: "sipadvisor.office-conversion", qos: .userInitiated, attributes: .concurrent)

    // MARK: Conversions

    /// Chromium prints the standalone HTML with its print stylesheet; its own profile directory (inside the
    /// temporary one) keeps parallel conversions apart and leaves nothing in the user's home.
    private func printed(_ document: ReportDocument, in directory: URL) throws(Failure) -> Data {
        let page = directory.appendingPathComponent("document.html"), pdf = directory.appendingPathComponent("document.pdf")
        try write(Data(document.html.utf8), to: page, .pdf)
        try run(.chromium, .pdf, in: directory, [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(directory.appendingPathComponent("profil").path)", "--no-pdf-header-footer",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ])
        return try result(pdf, .pdf, .chromium)
    }

    /// pandoc reads the document's Markdown (GitHub's dialect, as cmark-gfm renders it, with image sizes as
    /// attributes: every `{` of user text is escaped, so nothing else can become an attribute).
    private func office(_ document: ReportDocument, as format: DocumentFormat, in directory: URL) throws(Failure) -> Data {
        var pictures: [String: ChartPictures.Picture] = [:]
        for (id, svg) in document.charts.sorted(by: { $0.key < $1.key }) {
            let picture = ChartPictures.picture(svg, number: pictures.count + 1)
            try write(Data(picture.svg.utf8), to: directory.appendingPathComponent(picture.svgFile), format)
            try run(.rsvgConvert, format, in: directory, ["--zoom=2", "--output=\(picture.pngFile)", picture.svgFile])
            pictures[id] = picture
        }
        let source = directory.appendingPathComponent("document.md"), output = directory.appendingPathComponent("document.\(format.rawValue)")
        try write(Data(ChartPictures.markdown(document.source, pictures: pictures).utf8), to: source, format)
        let filter = directory.appendingPathComponent("largeurs.lua")
        try write(Data(OfficeStyles.tableWidths.utf8), to: filter, format)
        var options = ["--from=gfm+attributes", "--to=\(format.rawValue)", "--metadata=lang:fr-FR", "--lua-filter=\(filter.path)",
                       "--resource-path=\(directory.path)", "--output=\(output.path)"]
        if format == .docx { options.append("--reference-doc=\(try referenceDocx(in: directory).path)") }
        try run(.pandoc, format, in: directory, options + [source.path])
        return try result(output, format, .pandoc)
    }

    /// pandoc's reference document made A4, French, with bordered tables (`OfficeStyles`): Word takes page and styles
    /// from it.
    private func referenceDocx(in directory: URL) throws(Failure) -> URL {
        let pandocDefault = directory.appendingPathComponent("reference-pandoc.docx"), styled = directory.appendingPathComponent("reference.docx")
        try run(.pandoc, .docx, in: directory, ["--output=\(pandocDefault.path)", "--print-default-data-file=reference.docx"])
        do { try OfficeStyles.referenceDocx(from: try Data(contentsOf: pandocDefault)).write(to: styled) } catch {
            throw .toolFailed(.docx, .pandoc, detail: "document de référence illisible\u{00A0}: \(error.localizedDescription)")
        }
        return styled
    }

    // MARK: Plumbing

    private func run(_ tool: OfficeTool, _ format: DocumentFormat, in directory: URL, _ arguments: [String]) throws(Failure) {
        guard let executable = toolbox.locate(tool) else { throw .missingTool(format, tool) }
        try ToolRun(tool: tool, executable: executable, arguments: arguments).run(in: directory, for: format)
    }

    private func inTemporaryDirectory(_ format: DocumentFormat, _ body: (URL) throws(Failure) -> Data) throws(Failure) -> Data {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sipadvisor-conversion-\(UUID().uuidString)")
        do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            throw .workspace(format, detail: error.localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    private func write(_ data: Data, to file: URL, _ format: DocumentFormat) throws(Failure) {
        do { try data.write(to: file) } catch { throw .workspace(format, detail: error.localizedDescription) }
    }

    /// The converted file; a tool that exits happily without writing it has still failed.
    private func result(_ file: URL, _ format: DocumentFormat, _ tool: OfficeTool) throws(Failure) -> Data {
        guard let data = try? Data(contentsOf: file), !data.isEmpty else { throw .toolFailed(format, tool, detail: "aucun fichier produit") }
        return data
    }
}

extension OfficeConversion {
    /// Several documents in several formats (the demo's folder, a campaign's ZIP), each file named by `name`; a format
    /// this machine cannot make, or a document a tool failed on, is said in `missing` rather than stopping the rest.
    public func files(_ documents: [ReportDocument], formats: [DocumentFormat] = DocumentFormat.allCases,
                      name: (ReportDocument, DocumentFormat) -> String) -> (files: [(name: String, data: Data)], missing: [String]) {
        var files: [(name: String, data: Data)] = [], missing: [String] = []
        for format in formats {
            if let tool = missingTools(for: format, charts: documents.contains { !$0.charts.isEmpty }).first {
                missing.append(Failure.missingTool(format, tool).description)
                continue
            }
            for document in documents {
                do { files.append((name(document, format), try data(document, as: format))) } catch {
                    missing.append("\(document.title)\u{00A0}: \(error)")
                }
            }
        }
        return (files, missing)
    }
}
