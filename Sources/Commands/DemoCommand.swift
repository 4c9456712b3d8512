import Application
import ArgumentParser
import Catalog
import Comparator
import Deployment
import Foundation
import Reports
import Store
import Survey

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Démonstration complète sur des données fictives : enquête, synthèse, comparaison, groupes utilisateurs, tous les documents.",
        discussion: """
        Crée une base SQLite neuve dans DOSSIER, une équipe fictive et sa campagne (13 invité·es, 12 réponses, 7 \
        professions), compare les logiciels fictifs de démonstration, enregistre deux séances de groupe utilisateurs, \
        puis écrit tous les documents en Markdown, HTML, PDF, DOCX et ODT (ces trois-là quand Chromium et pandoc sont \
        installés), nommés avec l'équipe et la date, ainsi que les exports CSV et FHIR de la campagne.
        """)

    @Option(help: "Dossier de sortie (créé au besoin).")
    var out: String

    @OptionGroup var data: CatalogOption

    @Option(help: "Dossier de modèles de la fédération (remplace les modèles du même nom).")
    var templates: String?

    @OptionGroup var date: DocumentDate

    @Option(parsing: .upToNextOption, help: "Formats des documents (par défaut\u{00A0}: tous, md html pdf docx odt).")
    var formats: [DocumentFormat] = DocumentFormat.allCases

    func run() throws {
        let directory = URL(fileURLWithPath: out)
        let directories = try data.directories()
        let run = try directories.loadRun(templatesOverride: templates)
        // Checked in memory first, so a broken demo folder leaves no half-filled demo.sqlite behind.
        let problems = DemoCampaign.problems(catalog: directories.catalog, run: run)
        guard problems.isEmpty else { throw Console.report(CatalogLoadError(problems)) }
        let store = try freshDatabase(in: directory)
        // 1. The campaign, through the use cases a DIM's own campaign goes through.
        let demo: DemoCampaign
        do { demo = try DemoCampaign.load(directories.catalog.appendingPathComponent("demo"), run: run, into: store) } catch {
            if let error = error as? CatalogLoadError { throw Console.report(error) }
            throw Console.storeFailure(error)
        }
        // 2. Pool, compare, and every document.
        let context: CampaignDocuments
        do { context = try CampaignDocuments(store: store, campaign: demo.campaign.id, catalog: run.catalog, survey: run.survey, method: run.method) } catch {
            throw Console.storeFailure(error)
        }
        let comparison = context.comparison(products: { ProductSelection.demo.includes($0, fictionalTeam: true) },
                                            settings: .standard(asOf: ComparisonSettings.day(iso: date.reportDate)))
        let peers: [String: [String]]
        do { peers = try context.peers(on: date.reportDate) } catch { throw Console.storeFailure(error) }
        let documents: [ReportDocument]
        do { documents = try self.documents(context, comparison: comparison, peers: peers, sessions: demo.sessions, run: run) } catch {
            throw CampaignDocuments.failure(error)
        }
        // 3. Write everything, the campaign's exports included.
        var written: [String] = []
        let (files, missing) = documentFiles(documents.map { $0.citing(run.sources) }, team: context.snapshot.team.name)
        try writeFiles(files, to: directory)
        written += files.map(\.name)
        written.append(EditorConsultation.replyFile)
        try writeFiles([(EditorConsultation.replyFile, try context.consultationReply(context.consultation(date: date.reportDate)))], to: directory)
        let export = CampaignExport(snapshot: context.snapshot, survey: run.survey, catalog: run.catalog)
        do {
            try writeFiles(try export.csvFiles(profile: context.profile, plan: context.actions), to: directory.appendingPathComponent("export-csv"))
            try writeFiles(try export.fhirFiles(), to: directory.appendingPathComponent("export-fhir"))
            try writeFiles([(export.workbookName, try export.workbook(profile: context.profile, plan: context.actions)), try export.xlsForm()],
                           to: directory.appendingPathComponent("export-xlsx"))
            // The plan's milestones, the action plan's due dates and the user-group meetings, for an agenda.
            let calendars = CampaignCalendars(store: store, method: run.method, reference: run.catalog, grid: run.survey.grid)
            try writeFiles(try calendars.files(campaignID: demo.campaign.id, today: date.reportDate, stamp: Date(), baseURL: nil),
                           to: directory.appendingPathComponent("calendriers"))
        } catch let refusal as FHIRExport.Refusal {
            Console.error("erreur\u{00A0}: \(refusal)")
            throw ExitStatus.dataError
        }
        printSummary(context: context, comparison: comparison, sessions: demo.sessions, written: written)
        for line in missing { print("  manquant\u{00A0}: " + line) }
    }

    /// Every document in every format asked, named with the team and the date (`DownloadName`); a format this
    /// machine cannot make is skipped and said, the demo still runs.
    private func documentFiles(_ documents: [ReportDocument], team: String) -> (files: [(name: String, data: Data)], missing: [String]) {
        OfficeConversion().files(documents, formats: formats) { document, format in
            DownloadName(document: document.slug, subject: team, date: date.reportDate, fileExtension: format.fileExtension).ascii
        }
    }

    /// A new SQLite file `demo.sqlite` in `directory` (created), replacing an earlier demo's.
    private func freshDatabase(in directory: URL) throws -> AppDatabase {
        let database = directory.appendingPathComponent("demo.sqlite")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database.path + suffix) }
        } catch {
            Console.error("\(out): dossier impossible à créer (\(error.localizedDescription))")
            throw ExitStatus.cannotCreate
        }
        return try WorkspaceOptions.parse(["--database", database.path]).openStore()
    }

    private func documents(_ context: CampaignDocuments, comparison: Comparison, peers: [String: [String]], sessions: [UserGroupSession],
                           run: RunData) throws(ReportError) -> [ReportDocument] {
        let (reportDate, templates) = (date.reportDate, run.templates)
        let labels = ProfessionLabels(context.catalog)
        var documents = [try context.comparisonSheet(comparison, peers: peers, date: reportDate, templates: templates),
                         try context.maturity(date: reportDate, templates: templates)]
        let start = CalendarDay.parse(reportDate).map { CalendarDay.iso(CalendarDay.adding(weeks: 4, to: $0)) } ?? reportDate
        documents.append(try context.plan(start: start, date: reportDate, comparison: comparison, templates: templates))
        documents.append(try context.consultation(date: reportDate).document(templates: templates))
        for session in sessions {
            documents.append(try Reports.Minutes(session: session, professionLabel: labels.label).document(templates: templates))
        }
        for software in Set(sessions.map(\.software)).sorted() {
            documents.append(try EditorDeliverable(software: software, sessions: sessions, date: reportDate, professionLabel: labels.label)
                .document(templates: templates))
        }
        return documents
    }

    private func printSummary(context: CampaignDocuments, comparison: Comparison, sessions: [UserGroupSession], written: [String]) {
        let profile = context.profile
        print("Démonstration écrite dans \(out) (toutes les données sont fictives) :")
        print("  documents : " + written.joined(separator: ", "))
        print("  exports   : export-csv/ (CSV UTF-8 et variante tableur, codebook), export-fhir/ (FHIR R4), "
              + "export-xlsx/ (classeur XLSX, questionnaire XLSForm pour KoboToolbox)")
        print("  base      : demo.sqlite")
        print("")
        print("Équipe « \(markdownCell(profile.team)) » : \(profile.answered) réponses sur \(profile.invited), "
              + "\(profile.professions.filter { $0.answered > 0 }.count) professions.")
        if !profile.missingProfessions.isEmpty {
            print("  professions absentes : " + profile.missingProfessions.map(context.catalog.professionLabel).joined(separator: ", "))
        }
        print("  préparation : \(profile.readiness.verdict.rawValue) (\(FrenchNumber.count(profile.readiness.unmet.count, "condition", "conditions")) à lever)")
        let below = profile.dimensions.filter(\.isBelowTarget).count
        print("  maturité : \(FrenchNumber.count(below, "dimension", "dimensions")) sur \(profile.dimensions.count) sous la cible")
        print("Comparaison (\(comparison.method.frenchName)) :")
        for product in comparison.ranked.prefix(3) {
            print("  \(product.rank). \(markdownCell(product.name)) — score \(FrenchNumber.score(product.score)) "
                  + "[\(FrenchNumber.score(product.pessimistic)) ; \(FrenchNumber.score(product.optimistic))], "
                  + "1er dans \(FrenchNumber.percent(product.firstPlaceProbability ?? 0)) des tirages")
        }
        if !comparison.excluded.isEmpty { print("  écartés : " + comparison.excluded.map { markdownCell($0.name) }.joined(separator: ", ")) }
        print("Groupes utilisateurs : \(FrenchNumber.count(sessions.count, "séance", "séances")) ; les fichiers .pdf s'impriment, les .docx et .odt se modifient dans Word ou LibreOffice.")
    }
}
