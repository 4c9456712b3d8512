import Comparator
import Survey

/// A demonstration evaluation as documents show it: the grid and, per scenario, the pooled votes.
public struct DemonstrationResult: Sendable {
    public struct Scenario: Sendable {
        public var position: Int, criterion: String, text: String, mustHave: Bool
        public var pooling: DemoPooling
        /// Comments as typed, without their author or profession.
        public var comments: [String]
        /// The fact closing records (or recorded); `nil` when none (announced only, no opinion).
        public var fact: FactValue?

        public init(position: Int, criterion: String, text: String, mustHave: Bool, pooling: DemoPooling, comments: [String],
                    fact: FactValue?) {
            self.position = position; self.criterion = criterion; self.text = text; self.mustHave = mustHave
            self.pooling = pooling; self.comments = comments; self.fact = fact
        }
    }

    public var id: Int64, team: String, fictionalTeam: Bool, product: String, date: String, closed: Bool
    /// Professionals who scored at least one scenario, and their professions.
    public var people: Int, professions: Int
    public var scenarios: [Scenario]

    public init(id: Int64, team: String, fictionalTeam: Bool, product: String, date: String, closed: Bool, people: Int,
                professions: Int, scenarios: [Scenario]) {
        self.id = id; self.team = team; self.fictionalTeam = fictionalTeam; self.product = product; self.date = date
        self.closed = closed; self.people = people; self.professions = professions; self.scenarios = scenarios
    }

    /// "démonstration du 12 mars 2027, 7 professionnels de 5 professions".
    public var source: String { DemoWords.source(date: date, people: people, professions: professions) }
}

/// `sipadvisor report evaluation`: the synthesis of a demonstration's grid (per scenario: counts per choice by
/// profession, pooled verdict, comments). A profession with a single vote on a scenario is not shown on its own
/// (`RespondentPrivacy`); it still counts in the pooled verdict.
public struct DemonstrationSynthesis: Sendable {
    public var result: DemonstrationResult
    public var professionLabel: @Sendable (String) -> String
    /// Report date, `YYYY-MM-DD`.
    public var date: String

    public init(result: DemonstrationResult, professionLabel: @escaping @Sendable (String) -> String, date: String) {
        self.result = result; self.professionLabel = professionLabel; self.date = date
    }

    public func document(templates: TemplateSet) throws(ReportError) -> ReportDocument {
        ReportDocument(title: "Démonstration de \(result.product) — \(result.team)",
                       slug: "synthese-demonstration-\(result.id)",
                       source: try templates.render("synthese-demonstration", DemonstrationView(self)))
    }
}

struct DemonstrationView {
    struct Row { var profession: String; var convincing: Int; var reservations: Int; var announced: Int; var unavailable: Int }
    struct Text { var text: String }
    struct Scenario {
        var position: Int; var criterion: String; var text: String; var mustHave: Bool; var verdict: String; var score: String
        var heard: String; var rows: [Row]; var withheld: String?; var comments: [Text]; var hasComments: Bool; var outcome: String
    }

    var team: String; var fictionalTeam: Bool; var product: String; var demoDate: String; var date: String
    var source: String; var closed: Bool; var scenarios: [Scenario]; var empty: Bool

    init(_ synthesis: DemonstrationSynthesis) {
        let result = synthesis.result
        (team, fictionalTeam, product, closed) = (result.team, result.fictionalTeam, result.product, result.closed)
        demoDate = FrenchDate.long(result.date)
        date = FrenchDate.long(synthesis.date)
        source = result.source
        empty = result.people == 0
        scenarios = result.scenarios.map { Self.scenario($0, professions: result.professions, label: synthesis.professionLabel) }
    }

    static func scenario(_ scenario: DemonstrationResult.Scenario, professions: Int, label: (String) -> String) -> Scenario {
        let pooling = scenario.pooling
        let (rows, withheld) = rows(pooling.countsByProfession, label: label)
        return Scenario(position: scenario.position, criterion: scenario.criterion, text: scenario.text, mustHave: scenario.mustHave,
                        verdict: pooling.verdict.frenchName, score: pooling.score.map(FrenchNumber.score) ?? "—",
                        heard: "\(pooling.professionsHeard) profession(s) sur \(professions) se prononcent",
                        rows: rows, withheld: withheld,
                        // A comment is one list item: its line breaks become spaces.
                        comments: scenario.comments.sorted().map { Text(text: $0.split(whereSeparator: \.isNewline).joined(separator: " ")) },
                        hasComments: !scenario.comments.isEmpty,
                        outcome: DemoWords.outcome(scenario.fact, verdict: pooling.verdict))
    }

    /// One row per profession with at least two votes; the others together when they are two or more, otherwise
    /// withheld (a total row would give the single vote away by subtraction, so there is none).
    static func rows(_ counts: [String: [DemoChoice: Int]], label: (String) -> String) -> (rows: [Row], withheld: String?) {
        func row(_ name: String, _ votes: [DemoChoice: Int]) -> Row {
            Row(profession: name, convincing: votes[.convincing] ?? 0, reservations: votes[.reservations] ?? 0,
                announced: votes[.announced] ?? 0, unavailable: votes[.unavailable] ?? 0)
        }
        let total = { (votes: [DemoChoice: Int]) in votes.values.reduce(0, +) }
        var rows = counts.filter { RespondentPrivacy.canShow(answers: total($0.value)) }
            .map { row(label($0.key), $0.value) }.sorted { $0.profession < $1.profession }
        let single = counts.filter { !RespondentPrivacy.canShow(answers: total($0.value)) }.values
        let merged = single.reduce(into: [DemoChoice: Int]()) { sum, votes in sum.merge(votes, uniquingKeysWith: +) }
        if RespondentPrivacy.canShow(answers: total(merged)) {
            rows.append(row("autres professions (une personne chacune)", merged))
            return (rows, nil)
        }
        return (rows, single.isEmpty ? nil : "1 avis d'une profession représentée par une seule personne\u{00A0}: compté dans le verdict, non détaillé pour préserver son anonymat.")
    }
}
