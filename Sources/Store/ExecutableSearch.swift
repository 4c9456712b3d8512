import Foundation

/// Where the programs SIP Advisor runs are looked for (`pg_dump` for PostgreSQL backups, Chromium and pandoc for
/// documents): the directories of `PATH` by default; tests give another list to see what a machine without them does.
public struct ExecutableSearch: Sendable {
    public var searchPath: [String]

    public init(searchPath: [String]) { self.searchPath = searchPath }

    /// The directories of this process's `PATH`.
    public static var fromEnvironment: ExecutableSearch {
        ExecutableSearch(searchPath: (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init))
    }

    /// The first executable file called one of `names` in the search path, or `nil`.
    public func locate(_ names: [String]) -> URL? {
        for directory in searchPath where !directory.isEmpty {
            for name in names {
                let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
                if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
            }
        }
        return nil
    }
}
