import Comparator
import Deployment

/// `sipadvisor report sensibilisation`: the support of the meeting a federation holds with a team before any project
/// (`memoire-npdc-2017`, 3e partie §IV.A.ii). The seven topics come from `catalog/sensitisation.yaml`; each gets the
/// figures the federation knows (the team's headcount, the catalog's costs, label and Ségur statuses, the method's
/// durations), every one with its source and date, then an attendance sheet. Unknown figures say so, never 0.
public struct SensitisationMeeting: Sendable {
    /// What is known of the team before its project: its latest campaign's list of professionals, when there is one.
    public struct Team: Sendable {
        public var name: String
        public var fictional: Bool
        /// The latest campaign: its name, when it was created (`YYYY-MM-DD`) and its professionals per profession id.
        public var campaign: String?
        public var campaignDate: String?
        public var headcount: [String: Int]

        public init(name: String, fictional: Bool, campaign: String? = nil, campaignDate: String? = nil, headcount: [String: Int] = [:]) {
            self.name = name; self.fictional = fictional; self.campaign = campaign; self.campaignDate = campaignDate
            self.headcount = headcount
        }

        /// Professionals to equip, as the ACI counts them; `nil` when no list is known.
        public var professionals: Int? { campaign == nil ? nil : headcount.values.reduce(0, +) }
    }

    public var kit: SensitisationKit
    public var method: DeploymentMethod
    /// The products the team would compare (real ones for a real team), with the criteria and professions.
    public var catalog: ProductCatalog
    public var team: Team
    /// Who runs the meeting (the federation's DIM contact, or its placeholder while not set).
    public var host: String
    /// Document date, `YYYY-MM-DD`.
    public var date: String
    /// Product id → teams of the federation using it on `date` (the register of teams' software).
    public var federationTeams: [String: Int] = [:]

    /// The document's file name without extension (and its template's name).
    public static let slug = "reunion-sensibilisation"
    /// Blank lines of the attendance sheet when the team's list is unknown or short: a team meeting is about a dozen.
    public static let minimumAttendanceRows = 12

    public init(kit: SensitisationKit, method: DeploymentMethod, catalog: ProductCatalog, team: Team, host: String, date: String) {
        self.kit = kit; self.method = method; self.catalog = catalog; self.team = team; self.host = host; self.date = date
    }

    public func document(templates: TemplateSet) throws(ReportError) -> ReportDocument {
        ReportDocument(title: "Réunion de sensibilisation — \(team.name)", slug: Self.slug,
                       source: try templates.render(Self.slug, SensitisationView(self)))
    }
}

/// What the template sees: strings already formatted in French.
struct SensitisationView {
    struct Point { var text: String; var source: String; var date: String }
    struct Section {
        var number: Int; var title: String; var points: [Point]
        var figures: [String]; var hasFigures: Bool
        var products: [SensitisationFigures.ProductRow]; var hasProducts: Bool; var productSources: String?
    }
    struct Profession { var label: String; var count: Int }
    struct AttendanceRow { var number: Int }

    var team: String; var fictional: Bool; var date: String; var host: String; var why: String
    var professions: [Profession]; var hasProfessions: Bool; var teamStatus: String
    var sections: [Section]
    var attendance: [AttendanceRow]

    init(_ meeting: SensitisationMeeting) {
        let figures = SensitisationFigures(meeting)
        team = meeting.team.name
        fictional = meeting.team.fictional
        date = FrenchDate.long(meeting.date)
        host = meeting.host
        why = meeting.kit.source
        professions = meeting.catalog.professions.compactMap { profession in
            meeting.team.headcount[profession.id].map { Profession(label: profession.label, count: $0) }
        }
        hasProfessions = !professions.isEmpty
        teamStatus = figures.teamStatus
        sections = meeting.kit.sections.enumerated().map { index, section in
            let lines = figures.lines(for: section.topic)
            let products = section.topic == .solutions ? figures.productRows : []
            return Section(number: index + 1, title: section.title,
                           points: section.points.map { Point(text: $0.text, source: $0.source, date: FrenchDate.evidence($0.date)) },
                           figures: lines, hasFigures: !lines.isEmpty, products: products, hasProducts: !products.isEmpty,
                           productSources: products.isEmpty ? nil : figures.productSources)
        }
        let rows = max(meeting.team.professionals ?? 0, SensitisationMeeting.minimumAttendanceRows)
        attendance = (1...rows).map(AttendanceRow.init)
    }
}
