/// The HAS primary-care maturity matrix (or a federation's own grid on its 4 axes), with provenance per element.
public struct MaturityGrid: Sendable, Codable {
    public var id: String
    public var title: String
    public var source: String
    public var axes: [Axis]

    public init(id: String, title: String, source: String, axes: [Axis]) {
        self.id = id; self.title = title; self.source = source; self.axes = axes
    }

    public var dimensions: [Dimension] { axes.flatMap(\.dimensions) }

    public func dimension(_ id: String) -> Dimension? { dimensions.first { $0.id == id } }

    public func axis(of dimension: String) -> Axis? { axes.first { $0.dimensions.contains { $0.id == dimension } } }

    public struct Axis: Sendable, Codable {
        public var id: String
        public var title: String
        public var provenance: Provenance
        public var dimensions: [Dimension]

        public init(id: String, title: String, provenance: Provenance, dimensions: [Dimension]) {
            self.id = id; self.title = title; self.provenance = provenance; self.dimensions = dimensions
        }
    }

    public struct Dimension: Sendable, Codable {
        public var id: String
        public var title: String
        /// `analytique` or `temporelle`.
        public var scale: String
        /// The level (0…3) the team should reach.
        public var target: Int
        public var provenance: Provenance
        public var source: String?
        public var characteristics: [Characteristic]
        public var action: ActionTemplate

        public init(id: String, title: String, scale: String, target: Int, provenance: Provenance, source: String?,
                    characteristics: [Characteristic], action: ActionTemplate) {
            self.id = id; self.title = title; self.scale = scale; self.target = target; self.provenance = provenance
            self.source = source; self.characteristics = characteristics; self.action = action
        }

        /// The generated self-assessment item id.
        public var itemID: String { "maturite-\(id)" }
    }

    public struct Characteristic: Sendable, Codable {
        public var text: String
        public var provenance: Provenance
        public var source: String?

        public init(text: String, provenance: Provenance, source: String?) {
            self.text = text; self.provenance = provenance; self.source = source
        }
    }

    /// Whether the wording is HAS's own (verified) or this project's adaptation.
    public enum Provenance: String, Sendable, Codable, CaseIterable {
        case has, adaptation
    }
}

/// The default improvement action for a dimension under its target (HAS method: calendar, means, named lead).
public struct ActionTemplate: Sendable, Codable, Hashable {
    public var title: String
    public var means: String
    public var indicator: String

    public init(title: String, means: String, indicator: String) {
        self.title = title; self.means = means; self.indicator = indicator
    }
}
