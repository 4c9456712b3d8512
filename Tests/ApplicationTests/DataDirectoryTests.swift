import Application
import Foundation
import TestSupport
import Testing

/// Where the catalog and the templates are found: flag, then SIPADVISOR_DATA, then beside the executable (installed
/// prefix or source checkout), then the current directory.
@Suite("Dossiers de données")
struct DataDirectoryTests {
    /// A fake machine: an installed prefix, a source checkout, a data folder for the variable, a working directory.
    struct Machine {
        let root: Scratch

        init(withData folders: [String]) throws {
            root = try Scratch()
            for folder in folders {
                for data in ["catalog", "templates"] {
                    try FileManager.default.createDirectory(at: root.file(folder).appendingPathComponent(data),
                                                            withIntermediateDirectories: true)
                }
            }
        }

        func resolve(flag: String? = nil, variable: String? = nil, executable: String, cwd: String = "travail") throws -> DataDirectories {
            try DataDirectories.resolve(catalog: flag, environment: variable.map { ["SIPADVISOR_DATA": root.file($0).path] } ?? [:],
                                        executable: root.file(executable), currentDirectory: root.file(cwd))
        }

        /// Catalog and templates paths of a data folder of this machine.
        func data(_ folder: String) -> [String] {
            ["catalog", "templates"].map { root.file(folder).appendingPathComponent($0).standardizedFileURL.path }
        }
    }

    static func paths(_ found: DataDirectories) -> [String] {
        [found.catalog.standardizedFileURL.path, found.templates.standardizedFileURL.path]
    }

    static let installed = "prefixe/bin/sipadvisor", checkout = "source/.build/x86_64-unknown-linux-gnu/debug/sipadvisor"

    @Test(arguments: [
        // (folders holding catalog/ and templates/, executable, variable, expected folder)
        (["prefixe/share/sipadvisor", "travail"], installed, nil, "prefixe/share/sipadvisor"),
        (["source", "travail"], checkout, nil, "source"),
        (["travail"], "ailleurs/bin/sipadvisor", nil, "travail"),
        (["donnees", "prefixe/share/sipadvisor", "travail"], installed, "donnees", "donnees"),
    ] as [([String], String, String?, String)])
    func dataIsFoundInOrder(folders: [String], executable: String, variable: String?, expected: String) throws {
        let machine = try Machine(withData: folders)
        defer { machine.root.remove() }
        #expect(Self.paths(try machine.resolve(variable: variable, executable: executable)) == machine.data(expected))
    }

    @Test func flagNamesTheCatalogEvenWhenItDoesNotExist() throws {
        let machine = try Machine(withData: ["prefixe/share/sipadvisor"])
        defer { machine.root.remove() }
        let found = try machine.resolve(flag: "/nonexistent", executable: Self.installed)
        #expect(found.catalog.path == "/nonexistent")
        #expect(Self.paths(found)[1] == machine.data("prefixe/share/sipadvisor")[1])
    }

    @Test func variableWithoutDataIsAnErrorNotAFallback() throws {
        let machine = try Machine(withData: ["prefixe/share/sipadvisor", "travail"])
        defer { machine.root.remove() }
        #expect { try machine.resolve(variable: "vide", executable: Self.installed) } throws: { error in
            let text = "\(error)"
            return text.contains(machine.root.file("vide/catalog").path) && text.contains("SIPADVISOR_DATA")
                && !text.contains("prefixe")
        }
    }

    @Test func nothingFoundSaysWhereItLookedAndWhatToSet() throws {
        let machine = try Machine(withData: [])
        defer { machine.root.remove() }
        #expect { try machine.resolve(executable: Self.installed) } throws: { error in
            let text = "\(error)"
            return text.contains("catalogue introuvable\u{00A0}: cherché dans \(machine.root.file("prefixe/share/sipadvisor/catalog").path), "
                                 + "\(machine.root.file("travail/catalog").path).")
                && text.contains("modèles de documents introuvables\u{00A0}: cherché dans")
                && text.contains("--catalog DOSSIER") && text.contains("SIPADVISOR_DATA=DOSSIER")
        }
    }
}
