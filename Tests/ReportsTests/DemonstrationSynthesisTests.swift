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

    /// The comparative sheet's own section: what a closed demonstration saw, scenario by scenario; scenarios nobody
    /// scored are counted, not listed; an open evaluation is not shown (its facts are not recorded yet).
    @Test func theComparativeSheetSaysWhatWasSeenAndCountsWhatWasNotScored() throws {
        let demo = DemoData.shared
        func scenario(_ position: Int, _ votes: [DemoChoice]) -> DemonstrationResult.Scenario {
            let pooling = DemoPooling(votes: votes.map { DemoVote(profession: "infirmier", choice: $0) })
            return .init(position: position, criterion: "BES-\(position)", text: "Montrez \(position).", mustHave: false, pooling: pooling,
                         comments: [], fact: pooling.factValue(scale: .boolean))
        }
        func result(closed: Bool, product: String) -> DemonstrationResult {
            DemonstrationResult(id: 1, team: "MSP (fictive)", fictionalTeam: true, product: product, date: "2026-11-12", closed: closed,
                                people: 2, professions: 1,
                                scenarios: [scenario(1, [.convincing, .reservations]), scenario(2, []), scenario(3, [.announced])])
        }
        var sheet = ComparisonSheet(comparison: demo.comparison(), catalog: demo.catalog, date: "2026-12-01")
        sheet.demonstrations = [result(closed: true, product: "Vadrouille"), result(closed: false, product: "Prestigia")]
        let markdown = try sheet.document(templates: try TemplateSet(builtIn: Checkout.templates)).markdown
        #expect(markdown.contains("### Vadrouille — démonstration du 12 novembre 2026, 2 professionnels de 1 profession"))
        #expect(markdown.contains("| Montrez 1. | vu avec réserves | oui (vu en démonstration) |"))
        #expect(markdown.contains("| Montrez 3. | annoncé mais non montré | annoncé\u{00A0}: l'information antérieure est conservée |"))
        #expect(!markdown.contains("Montrez 2."))
        #expect(markdown.contains("1 scénario de la grille sans avis, non repris ici."))
        #expect(!markdown.contains("### Prestigia"))
    }
}
