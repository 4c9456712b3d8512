import Deployment
import Foundation
import Testing

@Suite("Suivi du déploiement : retards et formation")
struct FollowUpRuleTests {
    /// (planned end, status, today, late by): late when the planned end is before today and the step is not done.
    @Test(arguments: [
        ("2027-03-01", StepStatus.toDo, "2027-03-02", 1 as Int?),
        ("2027-03-01", .inProgress, "2027-03-31", 30),
        ("2027-03-01", .blocked, "2027-04-01", 31),
        ("2027-03-01", .done, "2027-04-01", nil),
        ("2027-03-01", .toDo, "2027-03-01", nil),
        ("2027-03-02", .toDo, "2027-03-01", nil),
        ("2026-12-31", .toDo, "2027-01-01", 1),
    ])
    func lateness(plannedEnd: String, status: StepStatus, today: String, daysLate: Int?) {
        #expect(Lateness.isLate(plannedEnd: plannedEnd, status: status, today: today) == (daysLate != nil))
        #expect(Lateness.daysLate(plannedEnd: plannedEnd, status: status, today: today) == daysLate)
    }

    /// Issue 11 fix: the plan's « Retard » of a step finished late is the days between its planned and actual ends.
    @Test(arguments: [
        ("2027-07-02", "2027-07-20" as String?, StepStatus.done, "2027-08-01", 18 as Int?),
        ("2027-07-02", "2027-07-02", .done, "2027-08-01", nil),
        ("2027-07-02", "2027-06-20", .done, "2027-08-01", nil),
        ("2027-07-02", nil, .inProgress, "2027-07-12", 10),
    ])
    func delayShownInThePlan(plannedEnd: String, actualEnd: String?, status: StepStatus, today: String, delay: Int?) {
        let step = TrackedStep(id: 1, party: .team, stepId: "installation", title: "Installation", owner: "éditeur", plannedStart: nil,
                               plannedEnd: plannedEnd, actualStart: nil, actualEnd: actualEnd, status: status, blockedReason: nil)
        #expect(step.delay(today: today) == delay)
    }

    static let method = DeploymentMethod(source: "test", stages: [
        .init(id: "pendant", title: "Pendant", steps: [
            .init(id: "installation", title: "Installation", weeks: 2, owner: "éditeur", checklist: [], questions: [], milestone: nil, source: nil),
            .init(id: "formation", title: "Formation", weeks: 10, owner: "éditeur", checklist: [], questions: [], milestone: nil, source: nil),
        ]),
    ], training: [
        .init(id: "individuel", title: "Fonctions individuelles", weeksAfterInstallation: 1),
        .init(id: "pluriprofessionnel", title: "Pluriprofessionnel", weeksAfterInstallation: 4),
        .init(id: "aci", title: "ACI", weeksAfterInstallation: 8),
    ], migrationChecks: [])

    static let people = [(person: "Dr A", profession: "medecin"), (person: "IDE 1", profession: "infirmier"),
                         (person: "IDE 2", profession: "infirmier")]
    static let sessions = [
        TrainingSession(person: "Dr A", profession: "medecin", date: "2027-01-18", hours: 2, content: .individual, trainer: "Éditeur"),
        TrainingSession(person: "Dr A", profession: "medecin", date: "2027-02-08", hours: 1.5, content: .pluriprofessional, trainer: "Éditeur"),
        TrainingSession(person: "IDE 1", profession: "infirmier", date: "2027-01-19", hours: 1, content: .individual, trainer: "Référente"),
    ]

    func comparison(declared: Double?, today: String = "2027-02-20") throws -> TrainingComparison {
        let schedule = Schedule(method: Self.method, start: try #require(CalendarDay.parse("2027-01-04")))
        return TrainingComparison(people: Self.people, sessions: Self.sessions, declaredHours: declared, method: Self.method,
                                  schedule: schedule, today: today)
    }

    @Test func totalsPerProfessionalAndProfessionAgainstTheDeclaredHours() throws {
        let training = try comparison(declared: 4)
        #expect(training.professionals.map(\.hours) == [3.5, 1, 0])
        #expect(training.professionals.map(\.shortfall) == [0.5, 3, 4])
        #expect(training.professionals[0].contents == [.individual, .pluriprofessional])
        #expect(training.professions.map(\.profession) == ["medecin", "infirmier"])
        #expect(training.professions.map(\.hours) == [3.5, 1])
        #expect(training.professions.map(\.trained) == [1, 1])
        #expect(training.professions.map(\.people) == [1, 2])
        #expect(training.untrained.map(\.person) == ["IDE 2"])
    }

    @Test func anUnknownDeclarationIsNeverZero() throws {
        let training = try comparison(declared: nil)
        #expect(training.declaredHours == nil)
        #expect(training.professionals.allSatisfy { $0.shortfall == nil })
    }

    @Test func wavesAreDueFromTheTrainingStepAndLateWhenSomeoneIsMissing() throws {
        let training = try comparison(declared: nil)
        // The training step starts on 2027-01-18; wave n is due in its week n.
        #expect(training.waves.map(\.due) == ["2027-01-18", "2027-02-08", "2027-03-08"])
        #expect(training.waves.map(\.trained) == [2, 1, 0])
        #expect(training.waves.map(\.isLate) == [true, true, false])
    }
}
