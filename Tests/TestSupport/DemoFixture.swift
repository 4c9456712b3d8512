import Application
import Catalog
import Comparator
import Foundation
import Store
import Survey
import Testing

/// The fictional campaign of `catalog/demo` (a team, 13 invited respondents, their answers) put in a store through
/// the use cases the web and the CLI call (`CampaignSetup`, `AnswerSaving`), with no command run: for tests whose
/// subject is not the CLI. A test of the CLI can build it on `AppDatabase.file` and then run commands on that file.
public enum DemoFixture {
    public static let teamName = "MSP des Hirondelles (fictive)"

    public struct Built: Sendable {
        public let store: AppDatabase
        public let team: TeamRecord
        public let campaign: CampaignRecord
        public let respondents: [RespondentRecord]

        /// The invited respondent called `label` (« IDE 1 »…).
        public func respondent(_ label: String) throws -> RespondentRecord {
            try #require(respondents.first { $0.label == label }, "« \(label) » n'est pas invité·e")
        }
    }

    /// The team and its campaign; `answered: false` leaves it as `campaign create` does (nobody has answered),
    /// otherwise `answers.csv` is imported as `answers import` does.
    @discardableResult
    public static func build(on store: AppDatabase, run: RunData, answered: Bool = true) throws -> Built {
        let team = try store.teams.add(name: teamName, fictional: true)
        let people = try RespondentsCSV.read(Checkout.demo.appendingPathComponent("respondents.csv"),
                                             professions: run.catalog.professions)
        let (campaign, respondents) = try CampaignSetup(database: store, survey: run.survey)
            .create(team: team, name: CampaignSetup.defaultName, respondents: people)
        if answered { try importAnswers(Checkout.demo.appendingPathComponent("answers.csv"), campaignID: campaign.id, on: store, run: run) }
        return Built(store: store, team: team, campaign: campaign, respondents: respondents)
    }

    /// Imports an answers file as `answers import` does; a refused file fails the test with its problems.
    public static func importAnswers(_ url: URL, campaignID: Int64, on store: AppDatabase, run: RunData) throws {
        let rows = try RecordsCSV.answerRows(url)
        _ = try AnswerSaving(database: store, survey: run.survey).importRows(rows, campaignID: campaignID).get()
    }
}

public extension Scratch {
    /// The demo campaign, answered, in this folder's database (`f.sqlite`, the one `campaignOptions` names): the
    /// starting point of the CLI tests that read a whole campaign.
    func addDemoCampaign() throws {
        try DemoFixture.build(on: try AppDatabase.file(path: path("f.sqlite")), run: try Checkout.loadRun())
    }
}
