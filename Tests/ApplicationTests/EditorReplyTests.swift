import Application
import Catalog
import Comparator
import Foundation
import Reports
import Store
import TestSupport
import Testing

/// An editor's reply to the consultation: the template, the import through `FactEntry` (all or nothing) and the
/// round trip to the team's comparative sheet.
@Suite("Réponse d'un éditeur à la consultation")
struct EditorReplyTests {
    static let replyDate = "2026-11-20"
    static let source = "réponse de l'éditeur du 20 novembre 2026 à la consultation de MSP des Hirondelles (fictive)"

    struct Demo {
        let run: RunData
        let store: AppDatabase
        let campaign: Int64

        init() throws {
            run = try Checkout.loadRun()
            let built = try DemoFixture.build(on: try TestStores.make(), run: run)
            (store, campaign) = (built.store, built.campaign.id)
        }

        var documents: CampaignDocuments {
            get throws { try CampaignDocuments(store: store, campaign: campaign, catalog: run.catalog, survey: run.survey, method: run.method) }
        }
        var evidence: EvidenceCatalog { EvidenceCatalog(store: store, reference: run.catalog) }

        func importReply(_ data: Data, product: String = "vadrouille") throws -> EditorReply.Outcome {
            try EditorReply.importReply(data, name: "reponse.csv", product: product, date: EditorReplyTests.replyDate, source: nil,
                                        into: evidence, by: "test", today: Date())
        }

        func factCount() throws -> Int { try store.products.history(product: "vadrouille", criterion: nil).count }
    }

    /// The round trip of the method: consultation → reply filled by the editor → `editor` facts dated by the reply
    /// on the team's comparative sheet.
    @Test func aFilledReplyBecomesDatedEditorFactsOnTheTeamsComparativeSheet() throws {
        let demo = try Demo()
        let documents = try demo.documents
        let consultation = documents.consultation(date: "2026-11-23")
        // Within the team's budget (110 € a month), so that the product stays ranked and its evidence is detailed.
        let filled = try EditorReplyFill.fill(try documents.consultationReply(consultation)) { id, form in
            (id == WellKnownCriterion.monthlyCostPerProfessional ? "85" : EditorReplyFill.typical(form), "version 4.2")
        }
        let outcome = try demo.importReply(filled)
        let recordable = consultation.questions.filter { $0.criterion != nil }
        #expect(outcome.source == Self.source)
        #expect(outcome.recorded.factsAdded == recordable.count)
        #expect(outcome.blank == 0)
        #expect(outcome.notRecorded == consultation.questions.filter { $0.criterion == nil }.map(\.id))
        #expect(outcome.notRecorded.contains("REVERSIBILITE") && outcome.notRecorded.contains("FORMATION-infirmier"))

        let after = try demo.documents
        let sheet = try after.comparisonSheet(after.comparison(products: after.defaultProducts, settings: .standard(asOf: ComparisonSettings.day(iso: "2026-11-23"))), peers: [:], date: "2026-11-23",
                                              templates: demo.run.templates).markdown
        let vadrouille = try #require(after.catalog.products.first { $0.id == "vadrouille" })
        let monthly = try #require(vadrouille.facts[WellKnownCriterion.monthlyCostPerProfessional])
        #expect(monthly.grade == .editor && monthly.date == Self.replyDate && monthly.value == .number(85) && monthly.note == "version 4.2")
        let section = try #require(sheet.components(separatedBy: "\n### ").first { $0.hasPrefix("1. Vadrouille Soins (fictif)\n") })
        #expect(section.contains("| oui (version 4.2) | déclaratif éditeur | \(MarkdownEscape.text(Self.source)) | \(Self.replyDate) |"))
    }

    /// Unknown is not no: blank answers record nothing and are counted.
    @Test func blankAnswersAreSkippedAndCounted() throws {
        let demo = try Demo()
        let documents = try demo.documents
        let consultation = documents.consultation(date: "2026-11-23")
        let filled = try EditorReplyFill.fill(try documents.consultationReply(consultation)) { id, _ in
            id == "BES-FACT-IDE" ? ("oui", "") : nil
        }
        let outcome = try demo.importReply(filled)
        #expect(outcome.recorded.factsAdded == 1)
        #expect(outcome.blank == consultation.questions.count - 1)
    }

    /// What Excel and LibreOffice write back: `;` or `,`, with or without a byte-order mark, CRLF or LF, a comment
    /// on several lines, a French decimal number quoted because of the comma separator.
    @Test(arguments: [(";", "\r\n", true), (",", "\n", false), (",", "\r\n", true), (";", "\n", false)])
    func spreadsheetDialectsAreRead(separator: String, lineEnding: String, byteOrderMark: Bool) throws {
        let demo = try Demo()
        let documents = try demo.documents
        let template = try documents.consultationReply(documents.consultation(date: "2026-11-23"))
        let filled = try EditorReplyFill.fill(template, separator: separator, lineEnding: lineEnding, byteOrderMark: byteOrderMark) { id, _ in
            switch id {
            case "NF-COUT-MENSUEL": ("1 200,50", "par mois;\nhors \"options\"")
            case "BES-FACT-IDE": ("Oui", "")
            default: nil
            }
        }
        _ = try demo.importReply(filled)
        let facts = try #require(try demo.evidence.products(team: nil).first { $0.id == "vadrouille" }).facts
        #expect(facts[WellKnownCriterion.monthlyCostPerProfessional]?.value == .number(1200.5))
        #expect(facts[WellKnownCriterion.monthlyCostPerProfessional]?.note == "par mois;\nhors \"options\"")
        #expect(facts["BES-FACT-IDE"]?.value == .boolean(true))
    }

    static let header = "identifiant;question;réponse attendue;réponse;commentaire\n"
        + "CONSULTATION;MSP des Hirondelles (fictive);ne rien écrire sur cette ligne;;\n"
        + "BES-FACT-MK;;oui ou non;oui;\n"

    /// Each bad row is named by its line and column, and nothing is written (the good row of line 3 neither).
    @Test(arguments: [
        ("BES-INCONNU;;;oui;", "reponse.csv:4: colonne «\u{A0}identifiant\u{A0}»\u{A0}: question inconnue «\u{A0}BES-INCONNU\u{A0}» (les identifiants du modèle de réponse ne doivent pas être modifiés)"),
        ("BES-FACT-IDE;;;peut-être;", "reponse.csv:4: colonne «\u{A0}réponse\u{A0}»\u{A0}: attendu\u{A0}: oui ou non (critère BES-FACT-IDE)"),
        ("NF-AIDE-MIGRATION;;;5;", "reponse.csv:4: colonne «\u{A0}réponse\u{A0}»\u{A0}: attendu\u{A0}: un niveau entier de 0 à 4 (critère NF-AIDE-MIGRATION)"),
        ("NF-COUT-MENSUEL;;;45 euros;", "reponse.csv:4: colonne «\u{A0}réponse\u{A0}»\u{A0}: attendu\u{A0}: un nombre (par exemple 45 ou 1 200,50) (critère NF-COUT-MENSUEL)"),
        ("FORMATION-infirmier;;;trois heures;", "reponse.csv:4: colonne «\u{A0}réponse\u{A0}»\u{A0}: attendu\u{A0}: un nombre (par exemple 45 ou 1 200,50)"),
        ("REVERSIBILITE;;;sans doute;", "reponse.csv:4: colonne «\u{A0}réponse\u{A0}»\u{A0}: attendu\u{A0}: oui ou non"),
        (";;;oui;", "reponse.csv:4: colonne «\u{A0}identifiant\u{A0}»\u{A0}: identifiant de question manquant"),
        ("BES-FACT-MK;;;non;", "reponse.csv:4: colonne «\u{A0}identifiant\u{A0}»\u{A0}: question «\u{A0}BES-FACT-MK\u{A0}» déjà présente ligne 3"),
        ("BES-FACT-IDE;;;oui;à voir;en plus", "reponse.csv:4: 6 colonnes au lieu de 5 (un séparateur dans une réponse non mise entre guillemets\u{A0}?)"),
        ("BES-FACT-IDE;;;oui;\"note\u{7}\"", "reponse.csv:4: colonne «\u{A0}commentaire\u{A0}»\u{A0}: au plus 2000 caractères, sans caractère de contrôle"),
    ])
    func aBadRowIsNamedByLineAndColumnAndNothingIsWritten(row: String, message: String) throws {
        let demo = try Demo()
        try demo.evidence.seedIfEmpty()
        let before = try demo.factCount()
        #expect(throws: EditorReply.Problems.self) { try demo.importReply(Data((Self.header + row + "\n").utf8)) }
        do { _ = try demo.importReply(Data((Self.header + row + "\n").utf8)) } catch let refused as EditorReply.Problems {
            #expect(refused.description == message)
        }
        #expect(try demo.factCount() == before)
    }

    /// A product or date the catalog refuses is said once, for the whole file, not on every row.
    @Test func aRefusedProductIsSaidOnce() throws {
        let demo = try Demo()
        let reply = Data((Self.header + "BES-FACT-IDE;;;oui;\n").utf8)
        do {
            _ = try demo.importReply(reply, product: "inconnu")
            Issue.record("accepted")
        } catch let refused as EditorReply.Problems {
            #expect(refused.description == "produit\u{A0}: inconnu «\u{A0}inconnu\u{A0}»")
        }
    }

    /// The template: a byte-order mark, `;`, CRLF, the team row, then one row per question in the document's order.
    @Test func theTemplateHasOneRowPerQuestion() throws {
        let demo = try Demo()
        let documents = try demo.documents
        let consultation = documents.consultation(date: "2026-11-23")
        let data = try documents.consultationReply(consultation)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("identifiant;question;réponse attendue;réponse;commentaire\r\nCONSULTATION;MSP des Hirondelles (fictive);"))
        let table = try LocatedCSV.read(data, name: "modèle")
        #expect(table.rows.dropFirst().map { $0.fields[0] } == consultation.questions.map(\.id))
        #expect(table.rows.allSatisfy { $0.fields.count == 5 && $0.fields[3].isEmpty })
    }
}
