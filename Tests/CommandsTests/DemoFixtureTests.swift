import Foundation
import Store
import Survey
import TestSupport
import Testing

/// The tests that are not about the CLI build the demo campaign with `TestSupport.DemoFixture` instead of running
/// `team add`, `campaign create` and `answers import`: both must put the same campaign in the store.
@Suite("La campagne de démonstration des tests est celle de la ligne de commande", .serialized)
struct DemoFixtureTests {
    /// What a campaign holds, without ids, tokens and dates (they differ from one store to another).
    struct Content {
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
            let steps = [["team", "add", "--name", DemoFixture.teamName, "--fictional"],
                         ["campaign", "create", "--team", "1", "--respondents", Checkout.demo.appendingPathComponent("respondents.csv").path]]
                + (answered ? [["answers", "import", "1", Checkout.demo.appendingPathComponent("answers.csv").path]] : [])
            for step in steps { #expect(runInProcess(step + scratch.campaignOptions) == 0, "\(step)") }
            let byCommands = try AppDatabase.file(path: scratch.path("f.sqlite")).campaigns.snapshot(campaignID: 1)

            let demo = try DemoFixture.build(on: try TestStores.make(), run: try Checkout.loadRun(), answered: answered)
            let byBuilder = try demo.store.campaigns.snapshot(campaignID: demo.campaign.id)
            let (built, expected) = (Content(byBuilder), Content(byCommands))
            #expect([built.team, built.campaign, built.questionnaireVersion]
                    == [expected.team, expected.campaign, expected.questionnaireVersion])
            #expect(built.fictional == expected.fictional)
            #expect(built.respondents == expected.respondents)
            #expect(built.finished == expected.finished)
            #expect(built.teamAnswers == expected.teamAnswers)
            for (respondent, answers) in expected.answers {
                #expect(built.answers[respondent] == answers, "answers of \(respondent)")
            }
            #expect(built.answers.count == expected.answers.count)
            #expect(byBuilder.respondents.count == 13)
            #expect(byBuilder.teamAnswers.isEmpty != answered)
        }
    }
}
