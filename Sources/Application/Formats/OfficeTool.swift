import Foundation
import Store

/// A program of the machine a conversion needs, with the Debian package that provides it (named in the error when
/// it is missing; `scripts/setup` installs them all).
public enum OfficeTool: String, CaseIterable, Sendable {
    case chromium, pandoc, rsvgConvert = "rsvg-convert"

    /// The names the program goes by, first found wins.
    var executableNames: [String] {
        switch self {
        case .chromium: ["chromium", "chromium-browser", "google-chrome"]
        case .pandoc: ["pandoc"]
        case .rsvgConvert: ["rsvg-convert"]
        }
    }

    public var debianPackage: String {
        switch self {
        case .chromium: "chromium"
        case .pandoc: "pandoc"
        case .rsvgConvert: "librsvg2-bin"
        }
    }

    /// The program's name in an error message.
    public var displayName: String {
        switch self {
        case .chromium: "Chromium"
        case .pandoc: "pandoc"
        case .rsvgConvert: "rsvg-convert"
        }
    }
}

/// Where the conversion tools are looked for: the directories of `PATH` by default; tests give another list to see
/// what happens on a machine without them (the search itself is `Store.ExecutableSearch`, which `pg_dump` uses too).
public struct OfficeToolbox: Sendable {
    public var searchPath: [String]

    public init(searchPath: [String]) { self.searchPath = searchPath }

    /// The directories of this process's `PATH`.
    public static var fromEnvironment: OfficeToolbox { OfficeToolbox(searchPath: ExecutableSearch.fromEnvironment.searchPath) }

    /// The tool's executable, or `nil` when none of its names is an executable file of the search path.
    public func locate(_ tool: OfficeTool) -> URL? {
        ExecutableSearch(searchPath: searchPath).locate(tool.executableNames)
    }
}
