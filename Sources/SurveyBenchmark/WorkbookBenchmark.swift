import Application
import Foundation
import Survey

/// The campaign workbook's answers sheet at its largest: `count` respondents, one typed column per item (numbers,
/// booleans, codes, text), written by `XLSXWorkbook` 5 times; the median is the figure docs/ARCHITECTURE.md gives.
/// `questions`: the survey's items repeated up to that many columns (a federation's longer questionnaire).
func benchmarkWorkbook(survey: SurveyDefinition, count: Int, questions: Int?,
                       answers: (Int) -> (profession: String, answers: [String: String])) throws {
    let wanted = questions ?? survey.allItems.count
    let items = Array(repeatElement(survey.allItems, count: wanted / max(survey.allItems.count, 1) + 1).joined().prefix(wanted))
    let rows: [[TableCell]] = (0..<count).map { index in
        let (profession, given) = answers(index)
        return [.text("R\(index + 1)"), .text(profession), .boolean(true), .timestamp(Date(timeIntervalSince1970: 1_780_000_000))]
            + items.map { item -> TableCell in
                guard let value = given[item.id] else { return .text("") }
                switch item.kind {
                case .integer, .scale: return Int(value).map { TableCell.integer($0) } ?? .text(value)
                case .boolean: return .boolean(value == "true")
                default: return .text(value)
                }
            }
    }
    let table = SheetTable(name: "reponses", header: CampaignExport.respondentColumns + items.map(\.id), rows: rows)
    let clock = ContinuousClock()
    var samples: [Double] = [], size = 0
    for _ in 1...5 { samples.append(seconds(try clock.measure { size = try XLSXWorkbook.data([table]).count })) }
    print(String(format: "Classeur XLSX, %d répondants × %d colonnes : médiane %.2f s (%d Ko)", count, table.header.count,
                 samples.sorted()[2], size / 1024))
}
