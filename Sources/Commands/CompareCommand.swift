import Application
import ArgumentParser
import Catalog
import Comparator
import Foundation
import Reports
import Store
import Survey

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Classer les logiciels du catalogue selon les besoins pondérés d'une équipe.",
        discussion: """
        Les faits inconnus ne comptent pas comme « non » : chaque score est donné avec une fourchette \
        (pessimiste–optimiste) et une part de confiance. Cette comparaison prépare les démonstrations, \
        elle ne les remplace pas.
        """
    )

    @Option(help: "Fichier de besoins de l'équipe (YAML).")
    var needs: String?

    @Option(help: "Numéro d'une campagne : les poids viennent des réponses de l'équipe.")
    var campaign: Int64?

    @Option(help: "Voix des besoins pour --campaign : profession ou person.")
    var voice: Pooling.Voice = .profession

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "Méthode : wsm (somme pondérée : part des besoins pondérés couverts, par défaut) ou topsis (proximité relative à l'idéal).")
    var method = ComparisonSettings.defaultMethod

    @Option(help: "Durée en années pour le coût total (par défaut : celle du fichier de besoins).")
    var years: Int?

    @Option(help: "Nombre de tirages de la sensibilité aux poids (0 pour aucun).")
    var draws = ComparisonSettings.defaultDraws

    @Option(help: "Graine du tirage aléatoire (résultats reproductibles).")
    var seed = ComparisonSettings.defaultSeed

    @Option(help: "Amplitude de la perturbation des poids (0,2 = ±20 %).")
    var spread = ComparisonSettings.defaultSpread

    @Option(help: "Produits comparés : auto (réels, plus les fictifs pour une équipe fictive), all, real ou demo.")
    var products: ProductSelection = .auto

    @Option(help: "Format de sortie : md, html, pdf, docx ou odt (la fiche comparative de « report comparison »), json ou csv.")
    var format: ResultFormat = .md

    @OptionGroup var date: DocumentDate

    var settings: ComparisonSettings {
        ComparisonSettings(method: method, years: years, draws: draws, seed: seed, spread: spread,
                           asOf: ComparisonSettings.day(iso: date.reportDate))
    }

    func validate() throws {
        if (needs == nil) == (campaign == nil) {
            throw ValidationError("Donnez soit --needs FICHIER.yaml, soit --campaign NUMÉRO.")
        }
        if let problem = settings.problem { throw ValidationError(problem) }
    }

    func run() throws {
        let run = try workspace.loadRun()
        // A campaign is read from the database, opened once; a needs file needs none.
        let store = try campaign.map { _ in try workspace.openStore() }
        let profile = try needsProfile(run, store: store)
        var selected = try comparedCatalog(run, store: store)
        selected.products = selected.products.filter { products.includes($0, fictionalTeam: profile.fictional) }
        let comparison = Comparator.compare(catalog: selected, needs: profile, options: settings.options)
        switch format {
        case .json: Console.data(try Console.json(comparison))
        case .csv: Console.data(try ComparisonCSV.string(comparison, dialect: .spreadsheetTerminal), terminator: "")
        case .md, .html, .pdf, .docx, .odt:
            // The comparative sheet itself, so the terminal, `report comparison` and the web download say the same.
            let sheet = ComparisonSheet(comparison: comparison, catalog: selected, date: date.reportDate)
            let document: ReportDocument
            do { document = try sheet.document(templates: run.templates) } catch { throw CampaignDocuments.failure(error) }
            try printDocument(document, sources: run.sources, as: format.document ?? .md)
        }
    }
}

extension CompareCommand {
    /// A campaign is compared on the federation's evidence with its team's own (`EvidenceCatalog`); a needs file on
    /// the shipped catalog, since it names no team of the database.
    func comparedCatalog(_ run: RunData, store: AppDatabase?) throws -> ProductCatalog {
        guard let campaign, let store else { return run.catalog }
        return try workspace.storeCall {
            guard let record = try store.campaigns.find(id: campaign) else { throw StoreError.unknownCampaign(String(campaign)) }
            return try EvidenceCatalog(store: store, reference: run.catalog).catalog(team: record.teamId)
        }
    }

    /// From a needs file, or pooled from a campaign's answers.
    func needsProfile(_ run: RunData, store: AppDatabase?) throws -> NeedsProfile {
        let (catalog, survey) = (run.catalog, run.survey)
        if let needs {
            do { return try NeedsLoader.load(URL(fileURLWithPath: needs), catalog: catalog,
                                             years: ComparisonSettings.needsFileYears) } catch { throw Console.report(error) }
        }
        let store = try store ?? workspace.openStore()
        do {
            let profile = try CampaignAnalysis(database: store, campaignID: campaign!, survey: survey, criteria: catalog.criteria,
                                               voice: voice, years: years ?? ComparisonSettings.defaultYears).profile
            if profile.nobodyAnswered {
                // Not an error: the campaign is simply not answered yet. No ranking of zeros.
                if format == .json { Console.data(try Console.json(EmptyCampaign(profile))) } else { print(profile.emptyState) }
                throw ExitCode.success
            }
            guard !profile.needs.weights.isEmpty else {
                Console.error("campagne \(campaign!) : aucun besoin renseigné pour l'instant, rien à comparer.")
                throw ExitStatus.dataError
            }
            return profile.needs
        } catch { throw Console.storeFailure(error) }
    }
}

enum ProductSelection: String, ExpressibleByArgument, CaseIterable {
    /// Real products for a real team; every product for a fictional (demo, training) team.
    case auto
    case all, real, demo

    func includes(_ product: Product, fictionalTeam: Bool) -> Bool {
        switch self {
        case .auto: ComparisonSettings.comparesByDefault(product, fictionalTeam: fictionalTeam)
        case .all: true
        case .real: !product.fictional
        case .demo: product.fictional
        }
    }
}

extension RankingMethod: ExpressibleByArgument {}
