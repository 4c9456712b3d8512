/// A software product of the catalog. Real products hold only sourced facts; everything else is unknown.
public struct Product: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var fictional: Bool
    /// The editor (company) when known; a newly labelled product is added with it.
    public var editor: String?
    /// The product's label status; `nil` when no source gives it (shown as « non renseigné », not "not labelled").
    public var label: LabelStatus?
    /// The product's Ségur référencement; `nil` when no source gives it (unknown, not "no").
    public var segur: SegurStatus?
    public var facts: [String: Fact]
    public var installBase: [InstallBase]

    public init(id: String, name: String, fictional: Bool, editor: String? = nil, label: LabelStatus? = nil, segur: SegurStatus? = nil,
                facts: [String: Fact] = [:], installBase: [InstallBase] = []) {
        self.id = id; self.name = name; self.fictional = fictional; self.editor = editor; self.label = label; self.segur = segur
        self.facts = facts; self.installBase = installBase
    }
}

/// The product's status against the label e-santé "Logiciels Maisons et Centres de Santé", as its source reports it.
/// A status has no evidence grade: it is reported by a cited source (the ANS list, a study quoting it), and it stays
/// valid until it changes. It is not "implied by the label"; the facts it implies are.
public struct LabelStatus: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable, CaseIterable {
        case held
        /// "Ne répond plus au label": the product held it and no longer meets it (e.g. a new version of the referential).
        case noLongerMeets = "no-longer-meets"
        case notLabelled = "not-labelled"
    }

    public var state: State
    /// `nil` when the source does not give the level: then the status implies no requirement of any level.
    public var level: LabelLevel?
    /// When the label was granted (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when the source gives it.
    public var granted: String?
    /// When the label was lost, or the date the product was reported as no longer meeting it.
    public var lost: String?
    /// A registered source id, optionally followed by ", " and where in the source (`SourceCitation`).
    public var source: String
    /// When the source established the status.
    public var date: String
    public var note: String?

    public init(state: State, level: LabelLevel? = nil, granted: String? = nil, lost: String? = nil,
                source: String, date: String, note: String? = nil) {
        self.state = state; self.level = level; self.granted = granted; self.lost = lost
        self.source = source; self.date = date; self.note = note
    }

    /// The level the product holds today according to the source: the only ground for implying label requirements.
    public var heldLevel: LabelLevel? { state == .held ? level : nil }
}

/// The product's référencement under the Ségur du numérique (ANS, by *couloir* and *vague*).
public struct SegurStatus: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable, CaseIterable {
        case referenced
        case notReferenced = "not-referenced"
    }

    public var state: State
    /// The couloir of the DSR/REM, e.g. "LGC" (logiciel de gestion de cabinet) or "MSP/CDS".
    public var couloir: String?
    /// 1 or 2.
    public var vague: Int?
    /// When the product was referenced (or found not referenced).
    public var date: String
    public var source: String
    public var note: String?

    public init(state: State, couloir: String? = nil, vague: Int? = nil, date: String, source: String, note: String? = nil) {
        self.state = state; self.couloir = couloir; self.vague = vague; self.date = date; self.source = source; self.note = note
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
