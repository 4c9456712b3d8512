/// A software product of the catalog. Real products hold only sourced facts; everything else is unknown.
public struct Product: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var fictional: Bool
    /// The product's label status as a sourced fact (`nil` value when unknown).
    public var label: LabelStatus?
    public var facts: [String: Fact]
    public var installBase: [InstallBase]

    public init(id: String, name: String, fictional: Bool, label: LabelStatus? = nil,
                facts: [String: Fact] = [:], installBase: [InstallBase] = []) {
        self.id = id; self.name = name; self.fictional = fictional; self.label = label
        self.facts = facts; self.installBase = installBase
    }
}

/// Whether a product holds the label, and at which level, with the evidence for it.
public struct LabelStatus: Sendable, Hashable, Codable {
    /// `nil` means the product does not (or no longer) meet the label.
    public var level: LabelLevel?
    public var grade: EvidenceGrade
    public var source: String?
    public var date: String?
    public var note: String?

    public init(level: LabelLevel?, grade: EvidenceGrade, source: String?, date: String?, note: String? = nil) {
        self.level = level; self.grade = grade; self.source = source; self.date = date; self.note = note
    }
}

/// Teams known to use a product in a region (peer visits).
public struct InstallBase: Sendable, Hashable, Codable {
    public var region: String
    public var teams: Int
    public var source: String?
    public var date: String?

    public init(region: String, teams: Int, source: String?, date: String?) {
        self.region = region; self.teams = teams; self.source = source; self.date = date
    }
}
