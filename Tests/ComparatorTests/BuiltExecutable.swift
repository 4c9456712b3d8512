import Foundation
import Testing

/// The `sipadvisor` executable built beside the test bundle, run as a user would: its own process, its own current
/// directory, what it prints. `SIPADVISOR_DATA` is removed from the environment unless a test sets it.
enum BuiltExecutable {
    static var url: URL { Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("sipadvisor") }

    struct Outcome {
        let status: Int32
        let output: String
        let errors: String
    }

    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                    executable: URL = url) throws -> Outcome {
        let process = try start(arguments, in: directory, environment: environment, executable: executable)
        process.process.waitUntilExit()
        return process.outcome
    }

    /// A started process whose output is collected in files (no pipe to fill up and block it).
    final class Running {
        let process = Process()
        let output: URL, errors: URL

        init(_ folder: URL) {
            output = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
            errors = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        }

        var printed: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

        var outcome: Outcome {
            Outcome(status: process.terminationStatus, output: printed,
                    errors: (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
        }
    }

    static func start(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                      executable: URL = url) throws -> Running {
        #expect(FileManager.default.isExecutableFile(atPath: executable.path), "build the executable first: swift build")
        let running = Running(FileManager.default.temporaryDirectory)
        for file in [running.output, running.errors] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        running.process.executableURL = executable
        running.process.arguments = arguments
        running.process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        variables["SIPADVISOR_DATA"] = nil
        variables.merge(environment) { _, new in new }
        running.process.environment = variables
        running.process.standardOutput = try FileHandle(forWritingTo: running.output)
        running.process.standardError = try FileHandle(forWritingTo: running.errors)
        try running.process.run()
        return running
    }
}

/// A scratch folder under the system's temporary directory, with the repository's data copied in on demand.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sipadvisor-anywhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    static let repository = Fixture.repositoryCatalog.deletingLastPathComponent()

    /// `catalog/` and `templates/` of the repository, as an installed data folder (`SIPADVISOR_DATA`).
    func copyData() throws {
        for folder in ["catalog", "templates"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(folder), to: url.appendingPathComponent(folder))
        }
    }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
