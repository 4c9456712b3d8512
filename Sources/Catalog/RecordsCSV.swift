import CSV
import Foundation

/// Reads a CSV file with a header row into records keyed by (lower-cased) column name, each with its file line.
/// `,`, `;` or tab separated (detected on the header), in any encoding `SpreadsheetText` recognises.
public enum RecordsCSV {
    public struct Record: Sendable {
        public var line: Int
        public var fields: [String: String]

        public subscript(_ column: String) -> String? { fields[column] }
    }

    public static func read(_ url: URL, required columns: [String]) throws(CatalogLoadError) -> [Record] {
        let path = CatalogLoader.display(url)
        // CSV.swift's file-stream input fails at end of file on Linux (cannotReadFile), so the file is read into
        // memory and parsed from there; answer files of a whole federation stay in the tens of megabytes.
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CatalogLoadError([CatalogIssue(file: path, line: nil, message: "fichier introuvable ou illisible")])
        }
        return try read(data, name: path, required: columns)
    }

    /// Same, from CSV text already in memory (a web form); `name` is what messages call it. The encoding is
    /// `SpreadsheetText`'s to decide (Excel's French CSV is Windows-1252, its « texte Unicode » UTF-16).
    public static func read(_ bytes: Data, name path: String, required columns: [String]) throws(CatalogLoadError) -> [Record] {
        let data: Data
        switch SpreadsheetText.decode(bytes) {
        case .failure(let problem): throw CatalogLoadError([CatalogIssue(file: path, line: problem.line, message: problem.message)])
        case .success(let decoded): data = Data(decoded.text.utf8)
        }
        let delimiter = MatrixCSV.delimiterOf(data)
        let stream = InputStream(data: data)
        var records: [Record] = []
        do {
            let reader = try CSVReader(stream: stream, hasHeaderRow: true, trimFields: true, delimiter: delimiter)
            // Spreadsheet software often writes a UTF-8 byte-order mark before the first column name.
            let names = (reader.headerRow ?? []).map {
                $0.lowercased().trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{FEFF}")))
            }
            let missing = columns.filter { !names.contains($0) }
            if !missing.isEmpty {
                throw CatalogLoadError([CatalogIssue(file: path, line: 1, message: "colonne(s) manquante(s) dans l'en-tête : "
                                                     + missing.joined(separator: ", ") + " (en-tête lu : \(names.joined(separator: ", ")))")])
            }
            var line = 1
            while let row = reader.next() {
                line += 1
                if row.allSatisfy(\.isEmpty) { continue }
                var fields: [String: String] = [:]
                for (index, name) in names.enumerated() where index < row.count { fields[name] = row[index] }
                if row.count != names.count {
                    throw CatalogLoadError([CatalogIssue(file: path, line: line,
                                                         message: "\(row.count) colonne(s) au lieu de \(names.count)")])
                }
                records.append(Record(line: line, fields: fields))
            }
            if let error = reader.error {
                throw CatalogLoadError([CatalogIssue(file: path, line: line + 1, message: "CSV mal formé : \(error)")])
            }
        } catch let error as CatalogLoadError {
            throw error
        } catch {
            throw CatalogLoadError([CatalogIssue(file: path, line: 1, message: "CSV mal formé : \(error)")])
        }
        return records
    }
}
