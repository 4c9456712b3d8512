import ArgumentParser
import Catalog
import Comparator
import Foundation
import Store
import Survey

/// Where a run's data lives (the catalog and the built-in document templates), resolved here for every command and
/// for the web server, so that `sipadvisor` works from any directory. Order: the `--catalog` flag; the
/// `SIPADVISOR_DATA` environment variable (a folder holding `catalog/` and `templates/`); beside the executable
/// (`<prefix>/share/sipadvisor` for `<prefix>/bin/sipadvisor`, or the source checkout for a binary under its
/// `.build`); the current directory.
struct DataDirectories: Equatable {
    var catalog: URL
    var templates: URL

    static let environmentVariable = "SIPADVISOR_DATA"

    /// Nothing found: says where it looked and what to set.
    struct NotFound: Error, CustomStringConvertible {
        let description: String
    }

    /// A flag is taken as given: if it names no folder, loading says so (it is never silently replaced). When the
    /// environment variable is set, it is the only place looked at, for the same reason.
    static func resolve(catalog flag: String?, environment: [String: String], executable: URL?,
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
            throw NotFound(description: lines.joined(separator: "\n").frenchSpacing)
        }
        return DataDirectories(catalog: catalog, templates: templates)
    }

    /// The data folders an executable may have been shipped with, most specific first.
    static func besideExecutable(_ executable: URL?) -> [URL] {
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
    static func runningExecutable() -> URL? {
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

    /// For this process; a French message and exit 66 (EX_NOINPUT) when nothing is found.
    static func forThisRun(catalog flag: String?) throws -> DataDirectories {
        do {
            return try resolve(catalog: flag, environment: ProcessInfo.processInfo.environment, executable: runningExecutable(),
                               currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } catch {
            Console.error("erreur\u{00A0}: \(error)")
            throw ExitCode(66)
        }
    }

    /// Everything the run needs (`RunData`), or every problem as `file:line: message` and exit 65.
    func loadRun(templatesOverride: String? = nil) throws -> RunData {
        do {
            return try RunData.load(catalog: catalog, templates: templates,
                                    templatesOverride: templatesOverride.map { URL(fileURLWithPath: $0) })
        } catch { throw Console.report(error) }
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

/// `--catalog`, shared by every command that reads the catalog.
struct CatalogOption: ParsableArguments {
    @Option(help: "Dossier du catalogue (par défaut : celui installé avec sipadvisor ; voir SIPADVISOR_DATA).")
    var catalog: String?

    /// Even a command that does not read the catalog (`team`, `user`) refuses one that does not exist.
    func validate() throws {
        if let catalog, let missing = RunData.missingCatalog(URL(fileURLWithPath: catalog)) { throw Console.report(CatalogLoadError([missing])) }
    }

    func directories() throws -> DataDirectories { try .forThisRun(catalog: catalog) }

    func loadRun(templatesOverride: String? = nil) throws -> RunData {
        try directories().loadRun(templatesOverride: templatesOverride)
    }
}

/// Options shared by the commands that work on campaigns: where the catalog and the database are.
struct WorkspaceOptions: ParsableArguments {
    @OptionGroup var data: CatalogOption

    @Option(help: "Fichier SQLite de la fédération.")
    var database = "sipadvisor.sqlite"

    func loadRun(templatesOverride: String? = nil) throws -> RunData { try data.loadRun(templatesOverride: templatesOverride) }

    /// Catalog, survey definition and store: what every campaign command starts with.
    func load() throws -> (catalog: ProductCatalog, survey: SurveyDefinition, store: SurveyStore) {
        let run = try loadRun()
        return (run.catalog, run.survey, try openStore())
    }

    func openStore() throws -> SurveyStore {
        do { return try SurveyStore(path: database) } catch {
            Console.error("\(database): base de données impossible à ouvrir (\(error))")
            throw ExitCode(74)
        }
    }
}

extension String {
    /// French typography for messages: a non-breaking space (U+00A0) before « : ; ! ? » and inside « ».
    var frenchSpacing: String {
        var text = self
        for (plain, french) in [(" :", "\u{00A0}:"), (" ;", "\u{00A0};"), (" !", "\u{00A0}!"), (" ?", "\u{00A0}?"),
                                ("« ", "«\u{00A0}"), (" »", "\u{00A0}»")] {
            text = text.replacingOccurrences(of: plain, with: french)
        }
        return text
    }
}

extension Console {
    /// Store errors are the user's (unknown team, duplicate name): French message, data-error exit.
    static func storeFailure(_ error: Error) -> Error {
        if let error = error as? StoreError {
            Console.error("erreur : \(error)")
            return dataErrorExit
        }
        if error is ExitCode { return error }
        Console.error("erreur de la base de données : \(error)")
        return ExitCode(74)
    }
}

extension Pooling.Voice: ExpressibleByArgument {}
