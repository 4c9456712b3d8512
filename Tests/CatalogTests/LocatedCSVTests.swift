import Catalog
import Foundation
import Testing

/// CSV files as spreadsheets write them back, each row located at the file line it starts on.
@Suite("CSV de tableur, lignes situées")
struct LocatedCSVTests {
    @Test(arguments: [
        ("a;b\r\n1;2\r\n", [LocatedCSV.Row(line: 2, fields: ["1", "2"])]),
        ("\u{FEFF}a,b\n\"x\ny\",2\n3,4\n", [LocatedCSV.Row(line: 2, fields: ["x\ny", "2"]), LocatedCSV.Row(line: 4, fields: ["3", "4"])]),
        ("a;b\r\n\"l1\r\nl2\r\nl3\";x\r\n\r\nz;\"1 200,50\"\r\n", [LocatedCSV.Row(line: 2, fields: ["l1\nl2\nl3", "x"]), LocatedCSV.Row(line: 6, fields: ["z", "1 200,50"])]),
        ("a;b\n\"il a dit \"\"oui\"\"; voilà\";2\n", [LocatedCSV.Row(line: 2, fields: ["il a dit \"oui\"; voilà", "2"])]),
        ("a,b\n1,2", [LocatedCSV.Row(line: 2, fields: ["1", "2"])]),
        ("a;b\r1;2\r", [LocatedCSV.Row(line: 2, fields: ["1", "2"])]),
    ])
    func rowsKeepTheirFileLine(text: String, rows: [LocatedCSV.Row]) throws {
        let table = try LocatedCSV.read(Data(text.utf8), name: "r.csv")
        #expect(table.header == ["a", "b"])
        #expect(table.rows == rows)
    }

    /// Excel's plain "CSV" is Windows-1252: refused at the line of its first accented letter, saying how to save it.
    @Test func windows1252IsRefusedAtItsLine() {
        let data = Data("a;b\n1;2\n3;caf".utf8) + Data([0xE9]) + Data("\n".utf8)
        #expect(throws: CatalogLoadError.self) { try LocatedCSV.read(data, name: "r.csv") }
        do { _ = try LocatedCSV.read(data, name: "r.csv") } catch {
            #expect(error.issues.map(\.line) == [3])
            #expect(error.description.hasPrefix("r.csv:3: ce n'est pas du texte UTF-8"))
            #expect(error.description.contains("«\u{A0}CSV UTF-8\u{A0}»"))
        }
    }

    @Test func anUnclosedQuoteIsLocatedWhereItOpens() {
        do {
            _ = try LocatedCSV.read(Data("a;b\n1;2\n3;\"jamais fermé\n4;5\n".utf8), name: "r.csv")
            Issue.record("accepted")
        } catch {
            #expect(error.description.hasPrefix("r.csv:3: guillemet ouvert jamais refermé"))
        }
    }
}
