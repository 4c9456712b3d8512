import Application
import Catalog
import Comparator
import Foundation
import Reports
import Store
import Survey

/// The federation dashboard at federation scale: every team's synthesis pooled once (what the first view after a
/// bulk import costs, done by `report dashboard`), then the page as the DIM opens it: aggregate reads, the
/// document and its HTML (heat map included), 25 times; the median is the figure the README gives.
func benchmarkDashboard(store: AppDatabase, catalog: ProductCatalog, survey: SurveyDefinition, templates directory: URL) throws {
    let clock = ContinuousClock()
    let dashboard = FederationDashboard(store: store, reference: catalog, survey: survey)
    let cold = try clock.measure { try dashboard.refresh() }
    print(String(format: "Tableau de bord, synthèses de toutes les équipes calculées une fois : %.1f s", seconds(cold)))
    let templates = try TemplateSet(builtIn: directory)
    var samples: [Double] = []
    var bytes = 0
    for page in 1...25 {
        let time = try clock.measure {
            let pending = try dashboard.refresh(limit: FederationDashboard.poolingPerView)
            bytes = try dashboard.document(date: "2026-12-01", page: page, pending: pending).document(templates: templates).html.utf8.count
        }
        samples.append(seconds(time))
    }
    samples.sort()
    print(String(format: "Tableau de bord (lectures agrégées + document + HTML de %d Ko) : médiane %.1f ms, max %.1f ms",
                 bytes / 1024, samples[samples.count / 2] * 1000, samples.last! * 1000))
}
