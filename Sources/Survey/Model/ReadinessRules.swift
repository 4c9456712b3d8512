/// A prerequisite of the ASIP method, checked against the campaign's answers.
public struct ReadinessRule: Sendable, Codable {
    public enum Severity: String, Sendable, Codable, CaseIterable {
        /// Failing it means "pas encore".
        case bloquant
        /// Failing it means "prête sous conditions".
        case condition
    }

    public enum Check: Sendable, Codable, Hashable {
        case teamAnswer(item: String, equals: String?, not: String?, minimum: Double?)
        case dimensionLevel(dimension: String, minimum: Int)
        case referentsCoverProfessions
        case professionsMissing(maximum: Int)
        case responseRate(minimum: Double)
    }

    public var id: String
    public var title: String
    public var severity: Severity
    public var check: Check
    public var failed: String
    public var action: String
    public var source: String?

    public init(id: String, title: String, severity: Severity, check: Check, failed: String, action: String, source: String?) {
        self.id = id; self.title = title; self.severity = severity; self.check = check
        self.failed = failed; self.action = action; self.source = source
    }
}
