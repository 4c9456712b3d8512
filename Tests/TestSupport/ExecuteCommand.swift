import ArgumentParser
import Commands
import Foundation
import Testing

/// What a run of `sipadvisor` ended with: its exit status and everything it printed.
public struct CommandOutcome: Sendable, Equatable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

/// The `sipadvisor` executable built beside the test bundle, run as a user would: its own process, its own current
/// directory, what it prints. `SIPADVISOR_DATA` is removed from the environment unless a test sets it.
public enum BuiltExecutable {
    /// Beside the test bundle (`swift build --build-tests` builds both), else the checkout's debug build.
    public static var url: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [beside, beside.deletingLastPathComponent(), Checkout.root.appendingPathComponent(".build/debug")]
            .map { $0.appendingPathComponent("sipadvisor") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// Runs the executable to its end. `directory` is the current directory (the test process's when `nil`).
    public static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                           input: String? = nil, executable: URL = url) throws -> CommandOutcome {
        let running = try start(arguments, in: directory, environment: environment, input: input, executable: executable)
        running.process.waitUntilExit()
        return running.outcome
    }

    /// A started process whose output is collected in files (no pipe to fill up and block it).
    public final class Running {
        public let process = Process()
        let output: URL, errors: URL

        init(_ folder: URL) {
            output = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
            errors = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        }

        /// What it has printed on its standard output so far.
        public var printed: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

        /// Status and output; read it once the process has ended.
        public var outcome: CommandOutcome {
            CommandOutcome(status: process.terminationStatus, stdout: printed,
                           stderr: (try? String(contentsOf: errors, encoding: .utf8)) ?? "")
        }
    }

    /// `input`, when given, is the process's standard input (else it inherits the test's).
    public static func start(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                             input: String? = nil, executable: URL = url) throws -> Running {
        #expect(FileManager.default.isExecutableFile(atPath: executable.path), "build the executable first: swift build")
        let running = Running(FileManager.default.temporaryDirectory)
        for file in [running.output, running.errors] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        running.process.executableURL = executable
        running.process.arguments = arguments
        if let directory { running.process.currentDirectoryURL = directory }
        var variables = ProcessInfo.processInfo.environment
        variables["SIPADVISOR_DATA"] = nil
        variables.merge(environment) { _, new in new }
        running.process.environment = variables
        running.process.standardOutput = try FileHandle(forWritingTo: running.output)
        running.process.standardError = try FileHandle(forWritingTo: running.errors)
        if let input {
            let pipe = Pipe()
            running.process.standardInput = pipe
            pipe.fileHandleForWriting.write(Data(input.utf8))
            try pipe.fileHandleForWriting.close()
        }
        try running.process.run()
        return running
    }
}

/// Runs the commands in this process, for the steps that prepare a test (create a team, import answers): quicker
/// than a process each. Returns the exit status (0 when the command returned normally); what the test checks is
/// run with `expectCommand`.
public func runInProcess(_ arguments: [String]) -> Int32 {
    do {
        var command = try SIPAdvisorCommand.parseAsRoot(arguments)
        try command.run()
        return 0
    } catch {
        return SIPAdvisorCommand.exitCode(for: error).rawValue
    }
}

/// In the spirit of swift-argument-parser's `AssertExecuteCommand`: runs the built `sipadvisor` with `arguments`
/// and expects its exit status, and when given, its exact standard output and standard error (each compared without
/// its final line break). Returns the outcome for further expectations.
@discardableResult
public func expectCommand(_ arguments: [String], status: Int32 = 0, stdout: String? = nil, stderr: String? = nil,
                          in directory: URL? = nil, environment: [String: String] = [:], input: String? = nil,
                          sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandOutcome {
    let outcome = try BuiltExecutable.run(arguments, in: directory, environment: environment, input: input)
    #expect(outcome.status == status, "exit status of \(arguments.joined(separator: " "))\n\(outcome.stderr)",
            sourceLocation: sourceLocation)
    if let stdout { expectSameText(outcome.stdout, stdout, "stdout", sourceLocation: sourceLocation) }
    if let stderr { expectSameText(outcome.stderr, stderr, "stderr", sourceLocation: sourceLocation) }
    return outcome
}

func expectSameText(_ actual: String, _ expected: String, _ what: String, sourceLocation: SourceLocation) {
    func trimmed(_ text: String) -> String { text.hasSuffix("\n") ? String(text.dropLast()) : text }
    guard trimmed(actual) != trimmed(expected) else { return }
    Issue.record("\(what) differs at \(firstDifference(trimmed(expected), trimmed(actual)))", sourceLocation: sourceLocation)
}

/// "line N:\n- expected\n+ actual" for the first line that differs.
func firstDifference(_ expected: String, _ actual: String) -> String {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let lines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let first = Array(zip(expectedLines, lines)).firstIndex { $0.0 != $0.1 } ?? min(expectedLines.count, lines.count)
    let old = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
    let new = first < lines.count ? String(lines[first]) : "<end>"
    return "line \(first + 1):\n- \(old)\n+ \(new)"
}

/// Compares `text` byte for byte with the snapshot file `name` in `folder`. `SIPADVISOR_UPDATE_GOLDEN=1 swift test`
/// rewrites the files instead (then review the diff before committing).
public func expectSnapshot(_ text: String, named name: String, in folder: URL,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["SIPADVISOR_UPDATE_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if expected != text {
        Issue.record("\(name) differs from its snapshot at \(firstDifference(expected, text))", sourceLocation: sourceLocation)
    }
}
