import Foundation
import Store
import Survey
import TestSupport
import Testing

/// The tests that are not about the CLI build the demo campaign with `TestSupport.DemoCampaign` instead of running
/// `team add`, `campaign create` and `answers import`: both must put the same campaign in the store.
@Suite("La campagne de démonstration des tests est celle de la ligne de commande", .serialized)
struct DemoCampaignTests {
    /// What a campaign holds, without ids, tokens and dates (they differ from one store to another).
    struct Content: Equatable {
        var team: String, fictional: Bool, campaign: String, questionnaireVersion: String
        var respondents: [String]
        var answers: [String: [String: String]]
        var finished: [String]
        var teamAnswers: [String: String]

        init(_ snapshot: CampaignSnapshot) {
            (team, fictional) = (snapshot.team.name, snapshot.team.fictional)
            (campaign, questionnaireVersion) = (snapshot.campaign.name, snapshot.campaign.questionnaireVersion)
            respondents = snapshot.respondents.map { "\($0.label) (\($0.profession))" }
            answers = Dictionary(snapshot.pooled.map { ($0.respondent, $0.answers) }, uniquingKeysWith: { first, _ in first })
            finished = snapshot.pooled.filter(\.reachedEnd).map(\.respondent)
            teamAnswers = snapshot.teamAnswers
        }
    }

    @Test(arguments: [true, false])
    func theBuilderStoresWhatTheCommandsStore(answered: Bool) throws {
        try Scratch.using { scratch in
            let steps = [["team", "add", "--name", DemoCampaign.teamName, "--fictional"],
                         ["campaign", "create", "--team", "1", "--respondents", Checkout.demo.appendingPathComponent("respondents.csv").path]]
                + (answered ? [["answers", "import", "1", Checkout.demo.appendingPathComponent("answers.csv").path]] : [])
            for step in steps { #expect(runInProcess(step + scratch.campaignOptions) == 0, "\(step)") }
            let byCommands = try AppDatabase.file(path: scratch.path("f.sqlite")).campaigns.snapshot(campaignID: 1)

            let built = try DemoCampaign.build(on: try AppDatabase.inMemory(), run: try Checkout.loadRun(), answered: answered)
            let byBuilder = try built.store.campaigns.snapshot(campaignID: built.campaign.id)
            #expect(Content(byBuilder) == Content(byCommands))
            #expect(byBuilder.respondents.count == 13)
            #expect(byBuilder.teamAnswers.isEmpty != answered)
        }
    }
}
