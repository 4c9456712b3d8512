import Application
import Catalog
import Comparator
import Foundation
import Reports
import Store
import Survey
import TestSupport
import Testing

/// A team's second campaign reads its maturity, last year's actions and its needs against the first one (the HAS
/// method re-assesses every year); a first campaign has nothing to compare with.
@Suite("Réévaluation annuelle")
struct YearlyReassessmentTests {
    /// The demo campaign, its « projet-sante » action marked done, then a second campaign where everyone rates the
    /// health project at the top level and nobody needs a shared calendar any more.
    struct TwoYears {
        let run: RunData
        let store: AppDatabase
        let first: CampaignRecord
        let second: CampaignRecord

        init() throws {
            run = try Checkout.loadRun()
            store = try TestStores.make()
            let built = try DemoFixture.build(on: store, run: run)
            first = built.campaign
            _ = try ActionPlanEditing(database: store, survey: run.survey)
                .save(.init(title: "Relire le projet de santé en équipe", lead: "Coordinatrice", due: "2026-06-30", status: "fait"),
                      campaignID: first.id, dimension: "projet-sante")
            let people = try RespondentsCSV.read(Checkout.demo.appendingPathComponent("respondents.csv"), professions: run.catalog.professions)
            second = try CampaignSetup(database: store, survey: run.survey).create(team: built.team, name: "Réévaluation 2027", respondents: people).0
            let lastYear = try String(contentsOf: Checkout.demo.appendingPathComponent("answers.csv"), encoding: .utf8)
            let thisYear = lastYear.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                let cells = line.split(separator: ",", omittingEmptySubsequences: false)
                guard cells.count == 3 else { return String(line) }
                switch cells[1] {
                case "maturite-projet-sante": return "\(cells[0]),\(cells[1]),3"
                case "besoin-agenda-partage": return "\(cells[0]),\(cells[1]),0"
                default: return String(line)
                }
            }.joined(separator: "\n")
            let scratch = try Scratch()
            defer { scratch.remove() }
            try scratch.write("answers.csv", thisYear)
            try DemoFixture.importAnswers(scratch.file("answers.csv"), campaignID: second.id, on: store, run: run)
        }

        func documents(_ campaign: CampaignRecord) throws -> CampaignDocuments {
            try CampaignDocuments(store: store, campaign: campaign.id, catalog: run.catalog, survey: run.survey, method: run.method)
        }
    }

    @Test func theSecondCampaignShowsWhatMovedSinceTheFirst() throws {
        let years = try TwoYears()
        let progress = try #require(try years.documents(years.second).maturityProgress)
        #expect(progress.previousCampaign == CampaignSetup.defaultName)
        let project = try #require(progress.dimensions.first { $0.dimension == "projet-sante" })
        #expect(project.after == 3)
        #expect((project.change ?? 0) > 0 && progress.improved.map(\.dimension) == ["projet-sante"])
        #expect(progress.declined.isEmpty)
        #expect(progress.actionsDone.map(\.title) == ["Relire le projet de santé en équipe"])
        #expect(!progress.actionsOpen.contains { $0.dimension == "projet-sante" })
        let calendar = try #require(progress.needs.first { $0.criterion == "BES-AGENDA-PARTAGE" })
        #expect((calendar.before ?? 0) > (calendar.after ?? 0))
        // Only needs that moved by half a step or more are listed.
        #expect(progress.needs.allSatisfy { abs(($0.after ?? 0) - ($0.before ?? 0)) >= 0.5 || $0.mustHaveBefore != $0.mustHaveAfter })
    }

    @Test func theSynthesisSaysItInWordsAndDrawsLastYearOnTheRadar() throws {
        let years = try TwoYears()
        let document = try years.documents(years.second).maturity(date: "2027-11-23", templates: years.run.templates).citing(years.run.sources)
        let text = document.markdown
        #expect(text.contains("## Depuis la campagne précédente"))
        #expect(text.contains("Comparaison avec la campagne «\u{00A0}\(CampaignSetup.defaultName)\u{00A0}»"))
        #expect(text.contains("| Projet de santé partagé par l'équipe |") && text.contains("↑ progrès (+"))
        #expect(text.contains("1 dimension a progressé, 0 a reculé depuis la campagne précédente."))
        #expect(text.contains("- Projet de santé partagé par l'équipe\u{00A0}: Relire le projet de santé en équipe (Coordinatrice)"))
        #expect(text.contains("| BES-AGENDA-PARTAGE "))
        // A criterion's weight sums several questions' importance: it is printed as a number, never in the 0–3 words.
        #expect(text.contains("| poids ") && !text.contains("indispensable ("))
        #expect(document.charts["radar"]?.contains("campagne précédente") == true)
    }

    @Test func aFirstCampaignHasNothingToCompareWith() throws {
        let years = try TwoYears()
        let documents = try years.documents(years.first)
        #expect(documents.maturityProgress == nil)
        let text = try documents.maturity(date: "2026-11-23", templates: years.run.templates).markdown
        #expect(!text.contains("Depuis la campagne précédente"))
        #expect(try documents.maturity(date: "2026-11-23", templates: years.run.templates).charts["radar"]?.contains("campagne précédente") == false)
    }
}
