import Foundation

/// A throw-away folder under the system's temporary directory, removed by `remove()`.
public struct Scratch: Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sipadvisor-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Runs `body` in a new scratch folder, removed afterwards.
    public static func using<T>(_ body: (Scratch) throws -> T) throws -> T {
        let scratch = try Scratch()
        defer { scratch.remove() }
        return try body(scratch)
    }

    public func file(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    public func path(_ relativePath: String) -> String { file(relativePath).path }

    /// Writes `text` at `relativePath`, creating the folders on the way.
    public func write(_ relativePath: String, _ text: String) throws {
        let destination = file(relativePath)
        try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: destination, atomically: true, encoding: .utf8)
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }

    /// The options of the campaign commands: the repository's catalog, a database in this folder.
    public var campaignOptions: [String] { ["--catalog", Checkout.catalog.path, "--database", path("f.sqlite")] }

    /// `catalog/` and `templates/` of the repository, as an installed data folder (`SIPADVISOR_DATA`).
    public func copyData() throws {
        for folder in ["catalog", "templates"] {
            try FileManager.default.copyItem(at: Checkout.root.appendingPathComponent(folder), to: file(folder))
        }
    }
}
