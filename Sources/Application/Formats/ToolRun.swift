import Foundation

/// Runs a conversion tool to its end or its time limit, its standard error kept for the error message.
struct ToolRun {
    var tool: OfficeTool
    var executable: URL
    var arguments: [String]
    /// Chromium, above all, may hang on a broken page: a conversion never holds a request longer than this.
    var timeout: TimeInterval = 90

    /// `directory`: the conversion's temporary directory, where standard output and error are written (a file
    /// cannot fill up and block the tool the way an unread pipe can).
    func run(in directory: URL, for format: DocumentFormat) throws(OfficeConversion.Failure) {
        let errorFile = directory.appendingPathComponent("\(tool.rawValue).stderr")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            FileManager.default.createFile(atPath: errorFile.path, contents: nil)
            let errorHandle = try FileHandle(forWritingTo: errorFile)
            defer { try? errorHandle.close() }
            process.standardError = errorHandle
            try process.run()
        } catch {
            throw .toolFailed(format, tool, detail: error.localizedDescription)
        }
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            done.wait()
            throw .timedOut(format, tool, seconds: Int(timeout))
        }
        guard process.terminationStatus == 0 else {
            throw .toolFailed(format, tool, detail: "code \(process.terminationStatus)\(Self.lastLine(of: errorFile).map { ", \($0)" } ?? "")")
        }
    }

    /// The last meaningful line of the tool's standard error (Chromium writes many harmless ones first).
    static func lastLine(of file: URL) -> String? {
        guard let data = try? Data(contentsOf: file) else { return nil }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).last.map { String($0.prefix(300)) }
    }
}
