import Foundation
import Store

/// A year of facilitators' interventions as a federation reports it to its funders: per facilitator and per team,
/// the number of interventions and the hours, with the year's total. The CLI prints it, the web shows it, and both
/// export the same CSV (`CSVText`, spreadsheet dialect: `;`, BOM, formulas neutralised).
public struct InterventionReport: Sendable, Equatable {
    public var year: Int
    public var byFacilitator: [InterventionTotal]
    public var byTeam: [InterventionTotal]

    public init(store: AppDatabase, year: Int) throws {
        self.year = year
        (byFacilitator, byTeam) = try store.facilitators.totals(year: year)
    }

    public var total: InterventionTotal {
        InterventionTotal(id: 0, name: "Total", interventions: byFacilitator.map(\.interventions).reduce(0, +),
                          hours: byFacilitator.map(\.hours).reduce(0, +))
    }

    public static let csvHeader = ["annee", "regroupement", "nom", "interventions", "heures"]

    /// One row per facilitator, one per team, then the total.
    public func csv(dialect: CSVText.Dialect = .spreadsheet) throws -> Data {
        func rows(_ totals: [InterventionTotal], _ group: String) -> [[CSVText.Cell]] {
            totals.map { [.integer(year), .text(group), .text($0.name), .integer($0.interventions), .number($0.hours, decimals: 2)] }
        }
        let all = rows(byFacilitator, "facilitateur") + rows(byTeam, "équipe") + rows([total], "total")
        return try CSVText.make(header: Self.csvHeader, rows: all, dialect: dialect)
    }

    /// The download's file name.
    public var fileName: String { "interventions-facilitateurs-\(year).csv" }
}
