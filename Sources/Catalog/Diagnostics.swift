/// One problem found in a user file, located as precisely as the format allows.
///
/// ```swift
/// CatalogIssue(file: "catalog/criteria.yaml", line: 12, message: "identifiant en double « AGD 1.7 »").description
/// // "catalog/criteria.yaml:12: identifiant en double « AGD 1.7 »"
/// ```
public struct CatalogIssue: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file; self.line = line; self.message = message
    }

    public var description: String {
        if let line { "\(file):\(line): \(message)" } else { "\(file): \(message)" }
    }
}

/// Every problem found while loading; nothing loaded is used when this is thrown.
public struct CatalogLoadError: Error, Sendable, CustomStringConvertible {
    public var issues: [CatalogIssue]

    public init(_ issues: [CatalogIssue]) { self.issues = issues }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

/// Collects issues instead of stopping at the first, so that one `catalog validate` run lists them all.
public final class IssueLog {
    public private(set) var issues: [CatalogIssue] = []

    public init() {}

    public func add(_ file: String, _ line: Int?, _ message: String) {
        issues.append(CatalogIssue(file: file, line: line, message: message))
    }

    public func throwIfAny() throws(CatalogLoadError) {
        if !issues.isEmpty { throw CatalogLoadError(issues) }
    }
}
