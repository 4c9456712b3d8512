import Foundation

/// A CSV file as spreadsheet software writes it back (Excel, LibreOffice): `;`, `,` or tab separated (detected on the
/// header line), UTF-8 with or without a byte-order mark, CRLF or LF, quoted fields holding separators, quotes and
/// line breaks. Each row keeps the file line it starts on, so that a message names the line a person sees in a text
/// editor even after a multi-line comment. A file that is not UTF-8 (Excel's plain "CSV" is Windows-1252) is refused
/// rather than guessed: a wrong guess would silently change accented letters in what is recorded.
public enum LocatedCSV {
    public struct Row: Sendable, Equatable {
        /// 1-based file line where the row starts.
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) { self.line = line; self.fields = fields }
    }

    public struct Table: Sendable, Equatable {
        public var header: [String]
        public var rows: [Row]

        public init(header: [String], rows: [Row]) { self.header = header; self.rows = rows }
    }

    /// Reads `data`; `name` is what messages call the file. Blank rows are skipped.
    public static func read(_ data: Data, name: String) throws(CatalogLoadError) -> Table {
        if let line = TextFile.firstLineNotUTF8(data) {
            throw CatalogLoadError([CatalogIssue(file: name, line: line, message: notUTF8)])
        }
        return try read(text: String(decoding: data, as: UTF8.self), name: name)
    }

    /// How rows are numbered: by the file line they start on (what a text editor shows), or by their rank among
    /// the file's rows, the header being 1 (what a spreadsheet shows once it has opened the file: a comment on
    /// three lines is one row there).
    public enum Numbering: Sendable { case fileLine, spreadsheetRow }

    /// Reads text already decoded (`Application.SpreadsheetText` decides the encoding of files from other tools).
    public static func read(text: String, name: String, numbering: Numbering = .fileLine) throws(CatalogLoadError) -> Table {
        var text = text.unicodeScalars[...]
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        let delimiter = delimiterOf(text)
        var parser = Parser(delimiter: delimiter)
        for scalar in text { parser.read(scalar) }
        if let open = parser.unterminatedQuoteLine {
            throw CatalogLoadError([CatalogIssue(file: name, line: open, message: "guillemet ouvert jamais refermé\u{00A0}: le champ court jusqu'à la fin du fichier")])
        }
        var rows = parser.finish()
        if numbering == .spreadsheetRow { rows = rows.enumerated().map { Row(line: $0.offset + 1, fields: $0.element.fields) } }
        rows = rows.filter { !$0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard !rows.isEmpty else { throw CatalogLoadError([CatalogIssue(file: name, line: 1, message: "fichier vide (aucune ligne d'en-tête)")]) }
        let header = rows.removeFirst().fields.map { $0.trimmingCharacters(in: .whitespaces) }
        return Table(header: header, rows: rows)
    }

    static let notUTF8 = "ce n'est pas du texte UTF-8 (Excel enregistre le «\u{00A0}CSV\u{00A0}» simple en Windows-1252)\u{00A0}: "
        + "enregistrez le fichier au format «\u{00A0}CSV UTF-8\u{00A0}» (Excel) ou choisissez le jeu de caractères «\u{00A0}Unicode (UTF-8)\u{00A0}» (LibreOffice)"

    /// Tab when the header line holds more tabs than semicolons and commas (outside quotes: Excel's « texte
    /// Unicode » and cells pasted from a spreadsheet), else `;` when it holds more semicolons than commas, else `,`.
    static func delimiterOf(_ text: Substring.UnicodeScalarView) -> Unicode.Scalar {
        var tabs = 0, semicolons = 0, commas = 0, quoted = false
        for scalar in text {
            if scalar == "\"" { quoted.toggle() } else if !quoted && (scalar == "\n" || scalar == "\r") { break }
            else if !quoted && scalar == "\t" { tabs += 1 }
            else if !quoted && scalar == ";" { semicolons += 1 } else if !quoted && scalar == "," { commas += 1 }
        }
        if tabs > semicolons && tabs > commas { return "\t" }
        return semicolons > commas ? ";" : ","
    }

    /// RFC 4180 on code points, lenient as spreadsheets are: a quote inside an unquoted field is kept as it is.
    struct Parser {
        let delimiter: Unicode.Scalar
        var rows: [Row] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, rowLine = 1
        var quoted = false, atFieldStart = true, quoteJustClosed = false, afterCR = false
        var quoteLine = 1

        init(delimiter: Unicode.Scalar) { self.delimiter = delimiter }

        var unterminatedQuoteLine: Int? { quoted ? quoteLine : nil }

        mutating func read(_ scalar: Unicode.Scalar) {
            defer { afterCR = scalar == "\r" }
            if scalar == "\n" && afterCR { return }   // the LF of a CRLF: the CR already counted the line
            let isBreak = scalar == "\n" || scalar == "\r"
            if quoted {
                if scalar == "\"" { quoted = false; quoteJustClosed = true; return }
                field.append(isBreak ? "\n" : scalar)
                if isBreak { line += 1 }
                return
            }
            if scalar == "\"" && quoteJustClosed {   // a doubled quote inside a quoted field
                field.append("\""); quoted = true; quoteJustClosed = false; return
            }
            quoteJustClosed = false
            if scalar == "\"" && atFieldStart { quoted = true; quoteLine = line; atFieldStart = false; return }
            if scalar == delimiter { endField(); return }
            if isBreak { endRow(); line += 1; rowLine = line; return }
            field.append(scalar); atFieldStart = false
        }

        mutating func endField() {
            fields.append(String(field)); field = String.UnicodeScalarView(); atFieldStart = true
        }

        mutating func endRow() {
            endField()
            rows.append(Row(line: rowLine, fields: fields)); fields = []
        }

        mutating func finish() -> [Row] {
            if !field.isEmpty || !fields.isEmpty { endRow() }
            return rows
        }
    }
}
