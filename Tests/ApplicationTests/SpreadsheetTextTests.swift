import Application
import Catalog
import Foundation
import Testing

/// The one function that decides a file's encoding, and the table read from it.
struct SpreadsheetTextTests {
    static let text = "profession;année\r\nSage-femme;Élodie œuvre\r\n"

    static func windows1252(_ text: String) -> Data {
        Data(text.unicodeScalars.map { $0 == "œ" ? 0x9C : UInt8($0.value) })
    }

    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit -> [UInt8] in
            let low = UInt8(unit & 0xFF), high = UInt8(unit >> 8)
            return littleEndian ? [low, high] : [high, low]
        }
    }

    static let encoded: [(Data, SpreadsheetText.Encoding)] = [
        (Data(text.utf8), .utf8),
        (Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)), .utf8),
        (Data([0xFF, 0xFE] + utf16(text, littleEndian: true)), .utf16LE),
        (Data([0xFE, 0xFF] + utf16(text, littleEndian: false)), .utf16BE),
        (Data(utf16(text, littleEndian: true)), .utf16LE),
        (windows1252(text), .windows1252),
    ]

    @Test(arguments: encoded)
    func everyEncodingGivesTheSameText(data: Data, encoding: SpreadsheetText.Encoding) throws {
        let decoded = try SpreadsheetText.decode(data).get()
        #expect(decoded.encoding == encoding)
        #expect(decoded.text == Self.text)
    }

    @Test(arguments: [
        (Data("a;b\n1;2\n3\u{0}\n".utf8), 3),
        (Data([0x61, 0x0A, 0x62, 0x81, 0x0A]), 2),   // 0x81 is not a Windows-1252 character
        (Data([0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x62, 0x00]), 2),   // a lone UTF-16 surrogate
    ])
    func anUndecodableFileIsRefusedAtItsLine(data: Data, line: Int) {
        guard case .failure(let problem) = SpreadsheetText.decode(data) else { Issue.record("décodé"); return }
        #expect(problem.line == line)
        #expect(problem.message.contains("ni UTF-8, ni UTF-16, ni Windows-1252"))
    }

    /// Excel's French CSV and « texte Unicode » are not « 1 colonne »: separators are found after decoding.
    @Test func windows1252SemicolonAndUTF16TabFilesHaveTheirColumns() throws {
        let semicolons = try SurveyToolFile.table(Self.windows1252("a;b;c\r\né;è;à\r\n"), name: "x.csv")
        #expect(semicolons.header == ["a", "b", "c"] && semicolons.rows.first?.fields == ["é", "è", "à"])
        let tabs = "a\tb\tc\r\né\tè\tà\r\n"
        let unicode = try SurveyToolFile.table(Data([0xFF, 0xFE] + Self.utf16(tabs, littleEndian: true)), name: "x.txt")
        #expect(unicode.header == ["a", "b", "c"] && unicode.rows.first?.fields == ["é", "è", "à"])
    }

    /// Rows are numbered as a spreadsheet shows them: a comment on three lines is one row.
    @Test func rowsAreNumberedAsASpreadsheetShowsThem() throws {
        let table = try SurveyToolFile.table(Data("a;b\n\"l1\nl2\nl3\";x\n\ny;z\n".utf8), name: "x.csv")
        #expect(table.rows.map(\.line) == [2, 4])
    }

    @Test func anOldExcelWorkbookIsRefusedWithWhatToDo() {
        #expect(throws: CatalogLoadError.self) { try SurveyToolFile.table(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1]), name: "x.xls") }
        do { _ = try SurveyToolFile.table(Data([0xD0, 0xCF, 0x11, 0xE0]), name: "x.xls") } catch {
            #expect(error.issues.first?.message.contains(".xlsx") == true)
        }
    }
}
