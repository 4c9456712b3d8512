import Comparator
import Reports
import Survey
import TestSupport
import Testing

/// The synthesis of a demonstration: counts by profession only with two votes or more (`RespondentPrivacy`),
/// professions of one person together when they are two or more, never a total that would give one vote away.
@Suite("Synthèse d'une démonstration")
struct DemonstrationSynthesisTests {
    typealias Row = (votes: [(String, DemoChoice)], shown: [String], hidden: [String], withheld: Bool)

    static let table: [Row] = [
        // Two nurses: their row; one pharmacist alone: withheld, said so.
        ([("infirmier", .convincing), ("infirmier", .reservations), ("pharmacien", .unavailable)],
         ["| Infirmier·e | 1 | 1 | 0 | 0 |"], ["Pharmacien"], true),
        // A pharmacist and a physiotherapist, one each: together, never on their own.
        ([("infirmier", .convincing), ("infirmier", .convincing), ("pharmacien", .unavailable), ("masseur-kinesitherapeute", .convincing)],
         ["| Infirmier·e | 2 | 0 | 0 | 0 |", "| autres professions (une personne chacune) | 1 | 0 | 0 | 1 |"], ["Pharmacien", "Masseur"], false),
        // Nobody alone: no mention.
        ([("medecin-generaliste", .announced), ("medecin-generaliste", .unavailable)], ["| Médecin généraliste | 0 | 0 | 1 | 1 |"], [], false),
    ]

    @Test(arguments: table)
    func aProfessionOfOnePersonIsNeverShownOnItsOwn(row: Row) throws {
        let catalog = try Checkout.loadCatalog()
        let pooling = DemoPooling(votes: row.votes.map { DemoVote(profession: $0.0, choice: $0.1) })
        let result = DemonstrationResult(id: 1, team: "MSP (fictive)", fictionalTeam: true, product: "Vadrouille", date: "2026-11-12", closed: false,
                                         people: row.votes.count, professions: Set(row.votes.map(\.0)).count, scenarios: [
                                            .init(position: 1, criterion: "BES-FACT-IDE", text: "Montrez une facturation.", mustHave: true,
                                                  pooling: pooling, comments: ["Lente\nhors ligne"], fact: pooling.factValue(scale: .boolean)),
                                         ])
        let markdown = try DemonstrationSynthesis(result: result, professionLabel: { catalog.professionLabel($0) }, date: "2026-12-01")
            .document(templates: try TemplateSet(builtIn: Checkout.templates)).markdown
        for line in row.shown { #expect(markdown.contains(line), "\(line)") }
        for profession in row.hidden { #expect(!markdown.contains("| \(profession)"), "\(profession)") }
        #expect(markdown.contains("profession représentée par une seule personne\u{00A0}: compté dans le verdict") == row.withheld)
        #expect(markdown.contains("- Lente hors ligne"))
        #expect(markdown.contains("démonstration du 12 novembre 2026"))
        // French typography: a non-breaking space before « : ; ! ? » and inside « ».
        for plain in [" :", " ;", " !", " ?", "« ", " »"] { #expect(!markdown.contains(plain), "« \(plain) »") }
    }
}
