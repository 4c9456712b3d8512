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
        puis écrit tous les documents en Markdown et en HTML ainsi que les exports CSV et FHIR de la campagne.
        """)

    @Option(help: "Dossier de sortie (créé au besoin).")
    var out: String

    @OptionGroup var data: CatalogOption

    @Option(help: "Dossier de modèles de la fédération (remplace les modèles du même nom).")
    var templates: String?

    @OptionGroup var date: DocumentDate

    func run() throws {
        let directory = URL(fileURLWithPath: out)
        let database = directory.appendingPathComponent("demo.sqlite")
        let directories = try data.directories()
        let run = try directories.loadRun(templatesOverride: templates)
        let demo = directories.catalog.appendingPathComponent("demo")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database.path + suffix) }
        } catch {
            Console.error("\(out): dossier impossible à créer (\(error.localizedDescription))")
            throw ExitStatus.cannotCreate
        }
        let workspace = try WorkspaceOptions.parse(["--catalog", directories.catalog.path, "--database", database.path])
        let reportDate = date.reportDate
        let templateSet = run.templates

        // 1. The campaign, exactly as a DIM would run it from the CLI.
        let team = "MSP des Hirondelles (fictive)"
        try runQuietly(["team", "add", "--name", team, "--fictional"], workspace)
        try runQuietly(["campaign", "create", "--team", team, "--name", "Recueil des besoins (démonstration)", "--base-url", "https://sip.federation.example",
                        "--respondents", demo.appendingPathComponent("respondents.csv").path], workspace)
        try runQuietly(["answers", "import", "1", demo.appendingPathComponent("answers.csv").path], workspace)

        // 2. Pool, compare, and the user groups.
        let context = try CampaignDocuments(run: run, workspace: workspace, campaign: 1)
        let sessionFiles = CatalogLoader.yamlFiles(in: demo.appendingPathComponent("sessions")).map(\.path)
        let sessions = try loadSessions(sessionFiles, catalog: context.catalog)
        // Recorded in the database too, so that `sipadvisor serve --database DIR/demo.sqlite` shows them.
        do {
            let store = try workspace.openStore()
            for session in sessions {
                try store.userGroups.save(id: nil, software: session.software, date: session.date, json: try session.json())
            }
        } catch { throw Console.storeFailure(error) }
        let labels = ProfessionLabels(context.catalog)
        let comparison = context.comparison(products: { ProductSelection.demo.includes($0, fictionalTeam: true) })
        var documents: [ReportDocument] = []
        do {
            documents.append(try context.comparisonSheet(comparison, sessions: sessions, date: reportDate, templates: templateSet))
            documents.append(try context.maturity(date: reportDate, templates: templateSet))
            documents.append(try context.plan(start: CalendarDay.iso(CalendarDay.adding(weeks: 4, to: CalendarDay.parse(reportDate)!)),
                                              date: reportDate, comparison: comparison, templates: templateSet))
            for session in sessions {
                documents.append(try Reports.Minutes(session: session, professionLabel: labels.label).document(templates: templateSet))
            }
            for software in Set(sessions.map(\.software)).sorted() {
                documents.append(try EditorDeliverable(software: software, sessions: sessions, date: reportDate, professionLabel: labels.label)
                    .document(templates: templateSet))
            }
        } catch { throw CampaignDocuments.failure(error) }

        // 3. Write everything.
        var written: [String] = []
        do {
            for document in documents.map({ $0.citing(run.sources) }) {
                for (suffix, text) in [("md", document.markdown), ("html", document.html)] {
                    let name = "\(document.slug).\(suffix)"
                    try Data(text.utf8).write(to: directory.appendingPathComponent(name), options: .atomic)
                    written.append(name)
                }
            }
        } catch {
            Console.error("\(out): écriture impossible (\(error.localizedDescription))")
            throw ExitStatus.cannotCreate
        }
        try runQuietly(["export", "1", "--format", "csv", "--out", directory.appendingPathComponent("export-csv").path], workspace)
        try runQuietly(["export", "1", "--format", "fhir", "--out", directory.appendingPathComponent("export-fhir").path], workspace)
        printSummary(context: context, comparison: comparison, sessions: sessions, written: written)
    }

    private func runQuietly(_ arguments: [String], _ workspace: WorkspaceOptions) throws {
        var command = try SIPAdvisorCommand.parseAsRoot(arguments + ["--catalog", workspace.data.catalog ?? "", "--database", workspace.database])
        try Console.silencingStandardOutput { try command.run() }
    }

    private func printSummary(context: CampaignDocuments, comparison: Comparison, sessions: [UserGroupSession], written: [String]) {
        let profile = context.profile
        print("Démonstration écrite dans \(out) (toutes les données sont fictives) :")
        print("  documents : " + written.joined(separator: ", "))
        print("  exports   : export-csv/ (CSV UTF-8 et variante tableur), export-fhir/ (FHIR R4)")
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
        print("Groupes utilisateurs : \(FrenchNumber.count(sessions.count, "séance", "séances")) ; ouvrez les fichiers .html dans un navigateur pour imprimer.")
    }
}

extension Console {
    /// Runs a step of the demo without its own printing (the demo prints one summary at the end).
    static func silencingStandardOutput(_ body: () throws -> Void) throws {
        fflush(nil)
        let saved = dup(STDOUT_FILENO)
        let null = open("/dev/null", O_WRONLY)
        dup2(null, STDOUT_FILENO)
        defer {
            fflush(nil)
            dup2(saved, STDOUT_FILENO)
            close(null)
            close(saved)
        }
        try body()
    }
}
