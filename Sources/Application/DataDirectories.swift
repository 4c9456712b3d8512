import Foundation
import Reports

/// Where a run's data lives (the catalog and the built-in document templates), resolved here for every command and
/// for the web server, so that `sipadvisor` works from any directory. Order: the `--catalog` flag; the
/// `SIPADVISOR_DATA` environment variable (a folder holding `catalog/` and `templates/`); beside the executable
/// (`<prefix>/share/sipadvisor` for `<prefix>/bin/sipadvisor`, or the source checkout for a binary under its
/// `.build`); the current directory.
public struct DataDirectories: Equatable, Sendable {
    public var catalog: URL
    public var templates: URL

    public init(catalog: URL, templates: URL) { self.catalog = catalog; self.templates = templates }

    public static let environmentVariable = "SIPADVISOR_DATA"

    /// Nothing found: says where it looked and what to set.
    public struct NotFound: Error, CustomStringConvertible {
        public let description: String
    }

    /// A flag is taken as given: if it names no folder, loading says so (it is never silently replaced). When the
    /// environment variable is set, it is the only place looked at, for the same reason.
    public static func resolve(catalog flag: String?, environment: [String: String], executable: URL?,
                        currentDirectory: URL) throws(NotFound) -> DataDirectories {
        let roots: [URL]
        if let data = environment[environmentVariable], !data.isEmpty {
            roots = [URL(fileURLWithPath: data, relativeTo: currentDirectory).standardizedFileURL]
        } else {
            roots = unique(besideExecutable(executable) + [currentDirectory.standardizedFileURL])
        }
        let catalog = flag.map { URL(fileURLWithPath: $0, relativeTo: currentDirectory).standardizedFileURL }
            ?? firstFolder("catalog", in: roots)
        let templates = firstFolder("templates", in: roots)
        guard let catalog, let templates else {
            var lines: [String] = []
            if catalog == nil { lines.append(notFound("catalogue introuvable", folder: "catalog", roots: roots)) }
            if templates == nil { lines.append(notFound("modèles de documents introuvables", folder: "templates", roots: roots)) }
            lines.append("Indiquez le catalogue avec --catalog DOSSIER, ou définissez \(environmentVariable)=DOSSIER : le dossier "
                         + "qui contient catalog/ et templates/ (PRÉFIXE/share/sipadvisor après « scripts/install --prefix PRÉFIXE »).")
            throw NotFound(description: FrenchTypography.text(lines.joined(separator: "\n")))
        }
        return DataDirectories(catalog: catalog, templates: templates)
    }

    /// The data folders an executable may have been shipped with, most specific first.
    public static func besideExecutable(_ executable: URL?) -> [URL] {
        guard let executable else { return [] }
        let folder = executable.deletingLastPathComponent()
        var roots = [folder.deletingLastPathComponent().appendingPathComponent("share/sipadvisor")]
        // `swift build`/`swift run`: <checkout>/.build/<triple>/debug/sipadvisor (also .build-x, .build_x folders).
        var ancestor = folder
        while ancestor.pathComponents.count > 1 {
            if ancestor.lastPathComponent.hasPrefix(".build") {
                roots.append(ancestor.deletingLastPathComponent())
                break
            }
            ancestor = ancestor.deletingLastPathComponent()
        }
        return roots
    }

    /// The running executable's real path (symbolic links resolved, so a link in `/usr/local/bin` still finds the
    /// installed prefix): `/proc/self/exe` on Linux, else `argv[0]` looked up like the shell does.
    public static func runningExecutable() -> URL? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path).resolvingSymlinksInPath()
        }
        guard let name = CommandLine.arguments.first, !name.isEmpty else { return nil }
        if name.contains("/") { return URL(fileURLWithPath: name).resolvingSymlinksInPath() }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.resolvingSymlinksInPath() }
        }
        return nil
    }

    private static func firstFolder(_ name: String, in roots: [URL]) -> URL? {
        roots.map { $0.appendingPathComponent(name) }.first { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    private static func notFound(_ problem: String, folder: String, roots: [URL]) -> String {
        "\(problem) : cherché dans " + roots.map { $0.appendingPathComponent(folder).path }.joined(separator: ", ") + "."
    }

    private static func unique(_ urls: [URL]) -> [URL] {
        var seen = Set<String>()
        return urls.filter { seen.insert($0.path).inserted }
    }
}
