import Foundation
import HummingbirdTesting
import Store
import Testing
import Web

extension BrowserTests {
    /// The DIM marks a step done with its actual date and logs a training through the follow-up's forms in Chromium
    /// (`scripts/browser_followup.py`); the store then holds exactly that.
    @Test func aStepDoneAndATrainingLoggedThroughChromiumAreStored() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.application.test(.live) { client in
            let port = try #require(client.port)
            let (status, output) = try await runPython(["scripts/browser_followup.py", "--base", "http://127.0.0.1:\(port)",
                                                        "--email", "dim@example.org", "--password", WebFixture.password])
            #expect(status == 0, "\(output)")
            #expect(output.contains("OK suivi navigateur"))
        }
        let followUp = try #require(try fixture.store.followUps.find(campaignID: 1))
        #expect(followUp.startDate == "2027-01-04")
        let first = try #require(try fixture.store.followUps.items(followUpID: followUp.id).first)
        #expect((first.status, first.actualEnd) == ("fait", "2027-02-03"))
        let trainings = try fixture.store.followUps.trainings(followUpID: followUp.id)
        #expect(trainings.map(\.label) == ["IDE 1"])
        let training = try #require(trainings.first)
        #expect(training.date == "2027-07-06" && training.hours == 2.5)
        #expect(training.content == "pluriprofessionnel" && training.trainer == "Formatrice de l'éditeur")
    }
}
