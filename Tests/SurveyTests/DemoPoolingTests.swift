import Comparator
import Survey
import Testing

/// Pooling a demonstration's votes: each profession an equal voice, "announced" does not vote, ties go to the less
/// favourable verdict, and the fact a verdict gives on each scale.
@Suite("Mise en commun d'une démonstration")
struct DemoPoolingTests {
    typealias Row = (votes: [(String, DemoChoice)], score: Double?, verdict: DemoVerdict, boolean: Bool?)

    static let table: [Row] = [
        // Everyone convinced.
        ([("mg", .convincing), ("ide", .convincing)], 1, .convincing, true),
        // Five GPs convinced, one nurse finds it missing: by person 5/6 (convincing); by profession (1 + 0) / 2.
        ([("mg", .convincing), ("mg", .convincing), ("mg", .convincing), ("mg", .convincing), ("mg", .convincing),
          ("ide", .unavailable)], 0.5, .reservations, true),
        // Seen with reservations by all.
        ([("mg", .reservations), ("kine", .reservations)], 0.5, .reservations, true),
        // A tie at 0.75 goes to "with reservations".
        ([("mg", .convincing), ("ide", .reservations)], 0.75, .reservations, true),
        // A tie at 0.25 goes to "not available".
        ([("mg", .reservations), ("ide", .unavailable)], 0.25, .unavailable, false),
        // "Announced" does not vote: the pharmacist's "announced" leaves the nurses' "not available".
        ([("ide", .unavailable), ("ide", .unavailable), ("pharma", .announced)], 0, .unavailable, false),
        // Only announced: no demo fact, the catalog's stays.
        ([("mg", .announced), ("ide", .announced)], nil, .announcedOnly, nil),
        // Nobody said anything.
        ([], nil, .noOpinion, nil),
        // Within a profession, members average: GPs (1 + 0) / 2 = 0.5, nurses 1 → 0.75.
        ([("mg", .convincing), ("mg", .unavailable), ("ide", .convincing)], 0.75, .reservations, true),
    ]

    @Test(arguments: table)
    func eachProfessionHasAnEqualVoice(row: Row) {
        let pooling = DemoPooling(votes: row.votes.map { DemoVote(profession: $0.0, choice: $0.1) })
        #expect(pooling.score == row.score)
        #expect(pooling.verdict == row.verdict)
        #expect(pooling.factValue(scale: .boolean) == row.boolean.map(FactValue.boolean))
        // A number (a price, hours) is never scored at a demonstration.
        #expect(pooling.factValue(scale: .number) == nil)
    }

    @Test(arguments: [(DemoChoice.convincing, 4), (.reservations, 2), (.unavailable, 0)])
    func aLevelIsThePooledScoreOnFour(choice: DemoChoice, level: Int) {
        #expect(DemoPooling(votes: [DemoVote(profession: "mg", choice: choice)]).factValue(scale: .level) == .level(level))
    }

    @Test func countsKeepEveryVoteByProfession() {
        let pooling = DemoPooling(votes: [.init(profession: "mg", choice: .convincing), .init(profession: "mg", choice: .announced),
                                          .init(profession: "ide", choice: .convincing)])
        #expect(pooling.countsByProfession == ["mg": [.convincing: 1, .announced: 1], "ide": [.convincing: 1]])
        #expect(pooling.professionsHeard == 2)
    }
}
