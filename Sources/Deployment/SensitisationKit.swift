/// The content of the sensitisation meeting a federation holds with each team before any project
/// (`memoire-npdc-2017`, 3e partie §IV.A.ii): the seven topics the memoir lists, each a list of sourced, dated
/// points. The federation keeps it in `catalog/sensitisation.yaml`; the team's own figures are added by the document.
public struct SensitisationKit: Sendable, Codable {
    /// The memoir's seven contents, in its order. The raw values are the ids the YAML file uses.
    public enum Topic: String, Sendable, Codable, CaseIterable {
        /// What a shared information system brings to individual and pluriprofessional practice.
        case benefits = "apport"
        /// What the ACI expects (the NMR).
        case aci
        /// The label (the ASIP technical referential) and the Ségur référencement.
        case label
        /// The method of a project, step by step.
        case method = "methode"
        /// The human and financial investment.
        case investment = "investissement"
        /// Progressivity, not haste.
        case progressivity = "progressivite"
        /// The labelled solutions and the editors' realities.
        case solutions
    }

    /// One thing said at the meeting: a sentence or a quotation, with where it comes from and when.
    public struct Point: Sendable, Codable, Equatable {
        public var text: String
        /// A registered source id, optionally followed by ", " and where in it.
        public var source: String
        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: how old what is said is.
        public var date: String

        public init(text: String, source: String, date: String) { self.text = text; self.source = source; self.date = date }
    }

    public struct Section: Sendable, Codable {
        public var topic: Topic
        public var title: String
        public var points: [Point]

        public init(topic: Topic, title: String, points: [Point]) { self.topic = topic; self.title = title; self.points = points }
    }

    /// Why the meeting is held: the memoir's recommendation.
    public var source: String
    /// One section per topic, in `Topic.allCases` order (the reader refuses a file missing one).
    public var sections: [Section]

    public init(source: String, sections: [Section]) { self.source = source; self.sections = sections }
}
