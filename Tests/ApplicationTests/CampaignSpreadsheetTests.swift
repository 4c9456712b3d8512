import Application
import Comparator
import Foundation
import Store
import Survey
import TestSupport
import Testing

/// The demo campaign as a workbook (`export --format xlsx`, the web's « Classeur ») and as CSV: typed columns, the
/// codebook everywhere, one CSV style.
@Suite("Classeur et CSV d'une campagne : colonnes typées, codebook, un seul style", .serialized)
struct CampaignSpreadsheetTests {
    struct Demo {
        var export: CampaignExport
        var analysis: CampaignAnalysis
        var survey: SurveyDefinition
    }

    /// The demo campaign with one action of the plan given a lead and a due date.
    static func demo() throws -> Demo {
        let run = try Checkout.loadRun()
        let built = try DemoFixture.build(on: try TestStores.make(), run: run)
        let first = try #require(CampaignAnalysis(try built.store.campaigns.snapshot(campaignID: built.campaign.id), survey: run.survey,
                                                  criteria: run.catalog.criteria).plan.first)
        var action = first
        action.lead = "=Coordinatrice"; action.due = "2027-03-31"
        try built.store.actionPlans.save(campaignID: built.campaign.id, action)
        let snapshot = try built.store.campaigns.snapshot(campaignID: built.campaign.id)
        return Demo(export: CampaignExport(snapshot: snapshot, survey: run.survey, catalog: run.catalog),
                    analysis: CampaignAnalysis(snapshot, survey: run.survey, criteria: run.catalog.criteria), survey: run.survey)
    }

    // MARK: Workbook

    @Test(.enabled(if: PythonScripts.hasModule("openpyxl"), "openpyxl absent : installez-le avec scripts/setup --test"))
    func theWorkbookHasTypedColumnsAndTheCodebook() throws {
        let demo = try Self.demo()
        try Scratch.using { scratch in
            let book = try XLSXDump.read(try demo.export.workbook(profile: demo.analysis.profile, plan: demo.analysis.plan), in: scratch)
            #expect(book.sheets.map(\.name) == ["reponses", "maturite", "besoins-ponderes", "plan-actions", "codebook"])
            #expect(book.sheets.allSatisfy { $0.freeze == "A2" && $0.bold_header })

            // Wide: one row per respondent (12 of 13 answered, all listed) plus the team's, one column per question.
            let answers = try book.sheet("reponses")
            #expect(answers.rows.count == 1 + 13 + 1)
            #expect(Array(answers.header.prefix(5)) == ["repondant", "profession_invitation", "termine", "derniere_reponse", "profession"])
            #expect(answers.header.dropFirst(4).sorted() == demo.survey.allItems.map(\.id).sorted())
            func types(_ column: String) -> Set<String> { Set(answers.column(column).map(\.type)).subtracting(["NoneType"]) }
            #expect(types("sites-exercice") == ["int"])
            #expect(types("visites-domicile") == ["bool"])
            #expect(types("besoin-facturation-ide") == ["int"])
            #expect(types("termine") == ["bool"] && types("derniere_reponse") == ["datetime"])
            #expect(answers.rows.last?.first?.text == "équipe")

            let maturity = try book.sheet("maturite")
            #expect(Set(maturity.column("niveau_equipe").map(\.type)).isSubset(of: ["int", "NoneType"]))
            #expect(Set(maturity.column("sous_la_cible").map(\.type)) == ["bool"])
            #expect(Set(try book.sheet("besoins-ponderes").column("poids").map(\.type)) == ["float"])

            let plan = try book.sheet("plan-actions")
            #expect(plan.column("echeance").first == .init(type: "datetime", text: "2027-03-31T00:00:00"))
            #expect(plan.column("pilote").first == .init(type: "str", text: "=Coordinatrice"))

            let codebook = try book.sheet("codebook")
            #expect(codebook.header == Codebook.header)
            #expect(codebook.rows.count == 1 + demo.survey.allItems.count)
        }
    }

    @Test func theCodebookSaysWhatEveryColumnMeans() throws {
        let (_, survey) = try Checkout.loadSurvey()
        let rows = Codebook(survey: survey).table.rows
        func row(_ id: String) throws -> [String: TableCell] {
            let cells = try #require(rows.first { $0.first == .text(id) }, "\(id)")
            return Dictionary(uniqueKeysWithValues: zip(Codebook.header, cells))
        }
        let satisfaction = try row("outil-mssante-satisfaction")
        #expect(satisfaction["type"] == .text("échelle"))
        #expect(satisfaction["options"] == .text("0=Pas du tout satisfait·e | 1=Plutôt pas satisfait·e | 2=Plutôt satisfait·e | 3=Tout à fait satisfait·e"))
        #expect(satisfaction["condition"] == .text("si la réponse à «\u{A0}\(try #require(survey.item("outil-mssante-frequence")).text)\u{A0}» "
                                                  + "(outil-mssante-frequence) répondue autrement que «\u{A0}Jamais\u{A0}»"))
        let billing = try row("besoin-facturation-ide")
        #expect(billing["professions"] == .text(survey.professionLabel("infirmier")))
        #expect(billing["qui_repond"] == .text("chaque professionnel·le"))
        let rounds = try row("besoin-tournee-hors-ligne")
        guard case .text(let rule)? = rounds["condition"]?.value else { Issue.record("\(rounds)"); return }
        #expect(rule.hasSuffix("(visites-domicile) vaut «\u{A0}Oui\u{A0}»"), "\(rule)")
        let team = try #require(survey.teamItems.first)
        #expect(try row(team.id)["qui_repond"] == .text("l'équipe (une fois)"))
        #expect(try row("sites-exercice")["minimum"] == .integer(1))
    }

    // MARK: One CSV style

    /// Every table of the campaign goes out in both dialects, the plan and the codebook included.
    @Test func everyCampaignTableHasBothDialectsAndTheCodebook() throws {
        let demo = try Self.demo()
        let names = try demo.export.csvFiles(profile: demo.analysis.profile, plan: demo.analysis.plan).map(\.name)
        let tables = ["reponses", "maturite", "besoins-ponderes", "plan-actions", "codebook"]
        #expect(names == tables.flatMap { ["\($0).csv", "\($0)-tableur.csv"] })
    }

    /// The spreadsheet dialect is the same in every export a person downloads: byte-order mark, `;`, CRLF, decimal
    /// comma, instants in ISO 8601, days `YYYY-MM-DD`, yes/no in words, formulas neutralised.
    @Test func theDownloadsShareOneStyle() throws {
        let demo = try Self.demo()
        let files = Dictionary(uniqueKeysWithValues: try demo.export.csvFiles(profile: demo.analysis.profile, plan: demo.analysis.plan)
            .map { ($0.name, $0.data) })
        let store = try TestStores.make()
        try store.auditLog.record(.answersExport, by: .commandLine, target: "@campagne", detail: "reponses.csv")
        let audit = try AuditCSV.make(try store.auditLog.all(kind: nil))
        let spreadsheets: [(String, Data)] = [
            ("plan-actions-tableur.csv", try #require(files["plan-actions-tableur.csv"])),
            ("maturite-tableur.csv", try #require(files["maturite-tableur.csv"])),
            ("codebook-tableur.csv", try #require(files["codebook-tableur.csv"])),
            ("journal-audit.csv", audit),
        ]
        for (name, data) in spreadsheets {
            #expect(data.starts(with: [0xEF, 0xBB, 0xBF]), "\(name)")
            let text = String(decoding: data.dropFirst(3), as: UTF8.self)
            #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "\(name)")
            #expect(text.prefix { $0 != "\r\n" }.contains(";"), "\(name)")
        }
        let plan = String(decoding: try #require(files["plan-actions-tableur.csv"]), as: UTF8.self)
        #expect(plan.contains(";'=Coordinatrice;2027-03-31;"), "\(plan)")
        let auditText = String(decoding: audit, as: UTF8.self)
        #expect(auditText.range(of: #"\r\n\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ;"#, options: .regularExpression) != nil, "\(auditText)")
        #expect(auditText.contains(";'@campagne;reponses.csv\r\n"), "\(auditText)")
        let maturity = String(decoding: try #require(files["maturite.csv"]), as: UTF8.self)
        #expect(maturity.split(separator: "\n").dropFirst().allSatisfy { $0.contains(",oui,") || $0.contains(",non,") })
        let weights = String(decoding: try #require(files["besoins-ponderes-tableur.csv"]), as: UTF8.self)
        #expect(weights.contains(";0,"), "decimal comma")
    }
}

