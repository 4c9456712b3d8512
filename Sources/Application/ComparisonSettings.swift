import Comparator

/// Every default and bound of a comparison, in one place. `compare`, `rank`, `report comparison`, `demo`,
/// `CampaignDocuments` and the web all read them here, so a federation sees the same ranking whichever door it uses.
public struct ComparisonSettings: Sendable, Equatable {
    /// The weighted sum reads as "share of weighted needs met"; TOPSIS is relative and asked for explicitly.
    public static let defaultMethod = RankingMethod.wsm
    /// Cost horizon when neither the needs file nor the command gives one.
    public static let defaultYears = 5
    public static let allowedYears = 1...30
    /// What a needs file may say about its horizon (`NeedsLoader`).
    public static let needsFileYears = (default: defaultYears, allowed: allowedYears)
    public static let defaultDraws = 2000
    public static let allowedDraws = 0...1_000_000
    /// Fixed so that two runs on the same data print the same probabilities.
    public static let defaultSeed: UInt64 = 42
    /// ±20 % on each weight.
    public static let defaultSpread = 0.2
    public static let allowedSpread = 0.0..<1.0

    public var method: RankingMethod
    /// Overrides the needs' own horizon when set.
    public var years: Int?
    /// 0 for no sensitivity analysis.
    public var draws: Int
    public var seed: UInt64
    public var spread: Double
    /// The day the comparison is made, from the caller's clock (the document's date on the CLI, the web
    /// application's clock on the web): facts older than their grade's horizon on that day are stale. No default,
    /// so tests and golden files pin it.
    public var asOf: EvidenceDay

    public init(method: RankingMethod = defaultMethod, years: Int? = nil, draws: Int = defaultDraws,
                seed: UInt64 = defaultSeed, spread: Double = defaultSpread, asOf: EvidenceDay) {
        self.method = method; self.years = years; self.draws = draws; self.seed = seed; self.spread = spread
        self.asOf = asOf
    }

    /// The settings every document and page uses unless a command says otherwise, on the day given.
    public static func standard(asOf: EvidenceDay) -> ComparisonSettings { ComparisonSettings(asOf: asOf) }

    /// What the engine is given.
    public var options: Comparator.Options {
        Comparator.Options(method: method, asOf: asOf, years: years,
                           sensitivity: draws > 0 ? SensitivityOptions(draws: draws, seed: seed, spread: spread) : nil)
    }

    /// The first setting out of its range, as a French sentence naming the option; `nil` when all are valid.
    public var problem: String? {
        if let years, !Self.allowedYears.contains(years) {
            return "--years doit être compris entre \(Self.allowedYears.lowerBound) et \(Self.allowedYears.upperBound)."
        }
        if !Self.allowedDraws.contains(draws) { return "--draws doit être compris entre 0 et 1 000 000." }
        if !Self.allowedSpread.contains(spread) { return Self.spreadProblem }
        return nil
    }

    public static let spreadProblem = "--spread doit être compris entre 0 et 1 (exclu)."

    /// A real team compares real products only; fictional demo products join for fictional (demo, training) teams.
    public static func comparesByDefault(_ product: Product, fictionalTeam: Bool) -> Bool {
        fictionalTeam || !product.fictional
    }
}
