import Catalog
import Foundation

/// An editor filling the consultation's reply template in a spreadsheet and saving it back as CSV.
public enum EditorReplyFill {
    /// `answer(id, expected form)` gives a row's answer and comment; `nil` leaves the row blank. Written with the
    /// given separator and line ending, quoted as spreadsheets quote, with a byte-order mark unless told otherwise.
    public static func fill(_ template: Data, separator: String = ";", lineEnding: String = "\r\n", byteOrderMark: Bool = true,
                            _ answer: (_ id: String, _ form: String) -> (answer: String, comment: String)?) throws -> Data {
        let table = try LocatedCSV.read(template, name: "modèle")
        var lines = [table.header.map { quoted($0, separator) }.joined(separator: separator)]
        for row in table.rows {
            var fields = row.fields
            if let (text, comment) = answer(fields[0], fields[2]) { (fields[3], fields[4]) = (text, comment) }
            lines.append(fields.map { quoted($0, separator) }.joined(separator: separator))
        }
        return Data(((byteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: lineEnding) + lineEnding).utf8)
    }

    /// What an editor typically writes for each expected form: yes, a level, a French decimal number, a sentence.
    public static func typical(_ form: String) -> String {
        if form.hasPrefix("oui") { return "oui" }
        if form.hasPrefix("un niveau") { return "3" }
        if form.hasPrefix("un nombre") { return "1 200,50" }
        return "Du lundi au vendredi, réponse sous 4 heures"
    }

    static func quoted(_ field: String, _ separator: String) -> String {
        guard field.contains(separator) || field.contains("\"") || field.contains("\n") else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
