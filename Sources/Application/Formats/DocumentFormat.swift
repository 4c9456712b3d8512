/// The formats every document is offered in: the two the Reports module renders itself, and the office and print
/// formats `OfficeConversion` makes from them with tools of the machine.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case md, html, pdf, docx, odt

    /// The file extension (without the dot).
    public var fileExtension: String { rawValue }

    /// What the format is called for the user, e.g. on a download button.
    public var frenchName: String {
        switch self {
        case .md: "Markdown"
        case .html: "HTML imprimable"
        case .pdf: "PDF"
        case .docx: "Word"
        case .odt: "LibreOffice"
        }
    }

    public var mediaType: String {
        switch self {
        case .md: "text/markdown; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .odt: "application/vnd.oasis.opendocument.text"
        }
    }

    /// Made by a tool of the machine (Chromium, pandoc) rather than by the Reports module itself.
    public var needsConversion: Bool { self == .pdf || self == .docx || self == .odt }

    /// The format named by a file name's extension (`fiche-comparative.pdf` → `.pdf`) and the name without it.
    public static func split(_ fileName: String) -> (base: String, format: DocumentFormat)? {
        guard let dot = fileName.lastIndex(of: "."), let format = DocumentFormat(rawValue: String(fileName[fileName.index(after: dot)...]))
        else { return nil }
        return (String(fileName[..<dot]), format)
    }
}
