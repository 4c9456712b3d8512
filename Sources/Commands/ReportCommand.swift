import Application
import ArgumentParser
import Catalog
import Comparator
import Deployment
import Foundation
import Reports
import Store
import Survey

/// The date printed on a document: `report …`, and the Markdown of `compare` and `assess`, which print the same documents.
struct DocumentDate: ParsableArguments {
    @Option(help: "Date du document, AAAA-MM-JJ (par défaut : aujourd'hui).")
    var date: String?

    func validate() throws {
        if let date, CalendarDay.parse(date) == nil { throw ValidationError("--date : date attendue au format AAAA-MM-JJ.") }
    }

    var reportDate: String { date ?? CalendarDay.iso(Date()) }
}

/// Prints a document on the standard output in `format` (Markdown by default), its cited source files named by
/// their description.
func printDocument(_ document: ReportDocument, sources: [String: String], as format: DocumentFormat = .md) throws {
    Console.standardOutput(try Console.converted(document.citing(sources), as: format), format)
}

/// Options shared by every document: format, destination, templates, date.
struct DocumentOptions: ParsableArguments {
    typealias Format = DocumentFormat

    @Option(help: "Format\u{00A0}: md (Markdown), html (page autonome imprimable), pdf (Chromium), docx (Word) ou odt (LibreOffice), ces deux derniers par pandoc.")
    var format: Format = .md

    @Option(help: "Fichier de sortie (par défaut : la sortie standard).")
    var out: String?

    @Option(help: "Dossier de modèles de la fédération : chaque fichier remplace le modèle du même nom.")
    var templates: String?

    @OptionGroup var documentDate: DocumentDate

    var date: String? {
        get { documentDate.date }
        set { documentDate.date = newValue }
    }

    var reportDate: String { documentDate.reportDate }

    /// Writes the document, its cited source files named by their description (`sources.yaml`).
    func emit(_ document: ReportDocument, sources: [String: String]) throws {
        let data = try Console.converted(document.citing(sources), as: format)
        guard let out else { Console.standardOutput(data, format); return }
        do { try data.write(to: URL(fileURLWithPath: out), options: .atomic) } catch {
            Console.error("\(out): écriture impossible (\(error.localizedDescription))")
            throw ExitStatus.cannotCreate
        }
        Console.error("Document écrit\u{00A0}: \(out)")
    }
}

extension DocumentFormat: ExpressibleByArgument {}

extension Console {
    /// The document in `format` (`OfficeConversion`, the web's and the demo's too); a missing or failing tool is
    /// said in French, naming its Debian package, with exit 69.
    static func converted(_ document: ReportDocument, as format: DocumentFormat, conversion: OfficeConversion = OfficeConversion()) throws -> Data {
        do { return try conversion.data(document, as: format) } catch {
            Console.error("erreur\u{00A0}: \(error)")
            throw ExitStatus.unavailable
        }
    }

    /// A document without `--out`: text as it always was (with `print`'s final newline); a PDF, DOCX or ODT as its
    /// bytes, for a redirection or a pipe.
    static func standardOutput(_ data: Data, _ format: DocumentFormat) {
        if format.needsConversion { FileHandle.standardOutput.write(data) } else { print(String(decoding: data, as: UTF8.self)) }
    }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Produire les documents : plan de projet, fiche comparative, synthèse de maturité, compte rendu, synthèse pour l'éditeur, consultation des éditeurs, démonstration évaluée, réunion de sensibilisation, tableau de bord de la fédération.",
        subcommands: [Plan.self, Comparison.self, Maturity.self, Minutes.self, Editor.self, Consultation.self, Evaluation.self,
                      Sensitisation.self, Dashboard.self])

    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Plan de projet d'une campagne (méthode ASIP en 3 étapes, dates, formation, risques).")
        @Option(help: "Numéro de la campagne.") var campaign: Int64
        @Option(help: "Date de début du projet, AAAA-MM-JJ (par défaut : la date du document ; celle du suivi une fois démarré).") var start: String?
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var document: DocumentOptions

        func validate() throws {
            if let start, CalendarDay.parse(start) == nil { throw ValidationError("--start : date attendue au format AAAA-MM-JJ.") }
        }

        func run() throws {
            let run = try workspace.loadRun(templatesOverride: document.templates)
            let context = try CampaignDocuments(run: run, workspace: workspace, campaign: campaign)
            let tracking = try FollowUpTracking(database: workspace.openStore(), method: run.method, reference: run.catalog)
            let followed: FollowUpState?
            do { followed = try tracking.state(campaignID: campaign, today: document.reportDate) } catch { throw Console.storeFailure(error, fromOptions: true) }
            do {
                try document.emit(context.plan(start: start ?? document.reportDate, date: document.reportDate, comparison: nil,
                                               templates: run.templates, tracking: followed), sources: run.sources)
            }
            catch let error as ReportError { throw CampaignDocuments.failure(error) }
        }
    }

    struct Comparison: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Fiche comparative des logiciels pour une campagne.")
        @Option(help: "Numéro de la campagne.") var campaign: Int64
        @Option(help: "Produits comparés : auto (réels, plus les fictifs pour une équipe fictive), all, real ou demo.")
        var products: ProductSelection = .auto
        @Option(help: "Méthode : wsm (somme pondérée, par défaut) ou topsis.") var method = ComparisonSettings.defaultMethod
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var document: DocumentOptions

        func run() throws {
            let run = try workspace.loadRun(templatesOverride: document.templates)
            let context = try CampaignDocuments(run: run, workspace: workspace, campaign: campaign)
            // Teams to visit come from the register of teams' software (`team software set`), on the sheet's day.
            let peers = try workspace.storeCall { try context.peers(on: document.reportDate) }
            let result = context.comparison(products: { products.includes($0, fictionalTeam: context.snapshot.team.fictional) },
                                            settings: ComparisonSettings(method: method, asOf: ComparisonSettings.day(iso: document.reportDate)))
            do { try document.emit(context.comparisonSheet(result, peers: peers, date: document.reportDate, templates: run.templates), sources: run.sources) }
            catch let error as ReportError { throw CampaignDocuments.failure(error) }
        }
    }

    struct Maturity: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Synthèse de maturité d'une campagne (radar, dimensions, verdict, plan d'actions).")
        @Option(help: "Numéro de la campagne.") var campaign: Int64
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var document: DocumentOptions

        func run() throws {
            let run = try workspace.loadRun(templatesOverride: document.templates)
            let context = try CampaignDocuments(run: run, workspace: workspace, campaign: campaign)
            do { try document.emit(context.maturity(date: document.reportDate, templates: run.templates), sources: run.sources) }
            catch let error as ReportError { throw CampaignDocuments.failure(error) }
        }
    }

    struct Minutes: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Compte rendu d'une séance de groupe utilisateurs (fichier YAML).")
        @Argument(help: "Fichier de la séance (YAML).") var session: String
        @OptionGroup var data: CatalogOption
        @OptionGroup var document: DocumentOptions

        func run() throws {
            let run = try data.loadRun(templatesOverride: document.templates)
            let sessions = try loadSessions([session], catalog: run.catalog)
            let labels = ProfessionLabels(run.catalog)
            try document.emit(Reports.Minutes(session: sessions[0], professionLabel: labels.label)
                .document(templates: run.templates), sources: run.sources)
        }
    }

    struct Editor: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Synthèse des demandes à l'éditeur, sur toutes les séances d'un logiciel.")
        @Option(help: "Nom du logiciel, tel qu'écrit dans les séances.") var software: String
        @Argument(help: "Fichiers des séances (YAML).") var sessions: [String]
        @OptionGroup var data: CatalogOption
        @OptionGroup var document: DocumentOptions

        func validate() throws {
            if sessions.isEmpty { throw ValidationError("Donnez au moins un fichier de séance.") }
        }

        func run() throws {
            let run = try data.loadRun(templatesOverride: document.templates)
            let list = try loadSessions(sessions, catalog: run.catalog)
            guard list.contains(where: { $0.software == software }) else {
                Console.error("aucune séance pour le logiciel « \(software) » (logiciels trouvés : \(Set(list.map(\.software)).sorted().joined(separator: ", ")))")
                throw ExitStatus.dataError
            }
            let labels = ProfessionLabels(run.catalog)
            try document.emit(EditorDeliverable(software: software, sessions: list, date: document.reportDate, professionLabel: labels.label)
                .document(templates: run.templates), sources: run.sources)
        }
    }
}

func loadSessions(_ paths: [String], catalog: ProductCatalog) throws -> [UserGroupSession] {
    do {
        return try ReportDataLoader.sessions(paths.map { URL(fileURLWithPath: $0) }, professions: Set(catalog.professions.map(\.id)))
    } catch { throw Console.report(error) }
}

/// Profession labels as a Sendable lookup for the documents.
struct ProfessionLabels: Sendable {
    let labels: [String: String]
    init(_ catalog: ProductCatalog) { labels = Dictionary(catalog.professions.map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a }) }
    var label: @Sendable (String) -> String { { [labels] in labels[$0] ?? $0 } }
}

extension CampaignDocuments {
    /// A campaign's documents for the CLI, turning store failures into French messages and exit codes.
    init(run: RunData, workspace: WorkspaceOptions, campaign: Int64) throws {
        let store = try workspace.openStore()
        do { try self.init(store: store, campaign: campaign, catalog: run.catalog, survey: run.survey, method: run.method) } catch {
            throw Console.storeFailure(error, fromOptions: true)
        }
    }

    static func failure(_ error: ReportError) -> any Error {
        Console.error("erreur : \(error)")
        return ExitStatus.dataError
    }
}


