import Foundation
import TestSupport
import Testing

/// The built executable run from a directory that holds no catalog: it finds its shipped data by itself, and a
/// `--catalog` or `--templates` folder that does not exist is an error, never silently ignored.
@Suite("Exécution depuis n'importe quel dossier", .serialized)
struct AnywhereTests {
    @Test func demoAndValidateRunFromAnEmptyDirectory() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let validate = try BuiltExecutable.run(["catalog", "validate"], in: scratch.url)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.contains("Catalogue valide"))
        let demo = try BuiltExecutable.run(["demo", "--out", "x", "--date", "2026-11-23", "--formats", "md", "html"], in: scratch.url)
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.hasPrefix("Démonstration écrite dans x"))
        #expect(FileManager.default.fileExists(atPath: scratch.file("x/fiche-comparative_msp-des-hirondelles-fictive_2026-11-23.html").path))
        // The spreadsheet exports (workbook and XLSForm, the codebook beside the CSV) and the milestones calendar.
        let slug = "msp-des-hirondelles-fictive-campagne-1"
        for file in ["export-xlsx/reponses-\(slug).xlsx", "export-xlsx/questionnaire-\(slug).xlsx", "export-csv/codebook-tableur.csv",
                     "calendriers/jalons_msp-des-hirondelles-fictive_2026-11-23.ics"] {
            #expect(FileManager.default.fileExists(atPath: scratch.file("x/\(file)").path), "\(file)")
        }
    }

    static let session = Checkout.catalog.appendingPathComponent("demo/sessions/2026-09-15-vadrouille.yaml").path

    @Test(arguments: [
        (["catalog", "validate", "--catalog", "/nonexistent"], "/nonexistent: dossier du catalogue introuvable"),
        (["catalog", "validate", "--templates", "/nonexistent"], "/nonexistent: dossier de modèles introuvable"),
        (["demo", "--out", "x", "--catalog", "/nonexistent"], "/nonexistent: dossier du catalogue introuvable"),
        (["demo", "--out", "x", "--templates", "/nonexistent"], "/nonexistent: dossier de modèles introuvable"),
        (["report", "minutes", session, "--templates", "/nonexistent"], "/nonexistent: dossier de modèles introuvable"),
        (["team", "list", "--catalog", "/nonexistent"], "/nonexistent: dossier du catalogue introuvable"),
        (["serve", "--port", "18573", "--catalog", "/nonexistent"], "/nonexistent: dossier du catalogue introuvable"),
        (["serve", "--port", "18574", "--templates", "/nonexistent"], "/nonexistent: dossier de modèles introuvable"),
    ])
    func missingFolderIsAnError(arguments: [String], message: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let running = try BuiltExecutable.start(arguments, in: scratch.url)
        // A server that started anyway would never end: stop it, the test has failed.
        if Self.waitUntilListening(running) { running.process.terminate() }
        running.process.waitUntilExit()
        let outcome = running.outcome
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.file("x").path), "nothing written")
    }

    @Test func serveFindsItsDataFromAnEmptyDirectory() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let port = Int.random(in: 20_000...60_000)   // another run of this suite may be listening at the same time
        let running = try BuiltExecutable.start(["serve", "--port", "\(port)", "--database", "federation.sqlite"], in: scratch.url)
        let listening = Self.waitUntilListening(running)
        if listening { running.process.terminate() }
        running.process.waitUntilExit()
        #expect(listening, "\(running.outcome.stderr)")
        #expect(running.printed.contains("SIP Advisor écoute sur http://127.0.0.1:\(port)"))
    }

    /// Installed with `scripts/install` (the executable already built, to keep the test short), then run from an
    /// empty directory, through a symbolic link as from `/usr/local/bin`.
    @Test func installedCopyRunsFromAnywhere() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let prefix = scratch.file("prefixe"), work = scratch.file("travail"), links = scratch.file("liens")
        for folder in [work, links] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let install = try BuiltExecutable.run(["--prefix", prefix.path, "--binary", BuiltExecutable.url.path], in: work,
                                              executable: Checkout.root.appendingPathComponent("scripts/install"))
        #expect(install.status == 0, "\(install.stderr)")
        for folder in ["bin/sipadvisor", "share/sipadvisor/catalog/questionnaire.yaml", "share/sipadvisor/templates/compte-rendu.mustache"] {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(folder).path), "\(folder)")
        }
        let link = links.appendingPathComponent("sipadvisor")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: prefix.appendingPathComponent("bin/sipadvisor"))
        let validate = try BuiltExecutable.run(["catalog", "validate"], in: work, executable: link)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.contains("Catalogue valide"))
        let demo = try BuiltExecutable.run(["demo", "--out", "x", "--formats", "md", "html"], in: work, executable: link)
        #expect(demo.status == 0, "\(demo.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("x").path)
        #expect(written.contains { $0.hasPrefix("plan-de-projet_msp-des-hirondelles-fictive_") && $0.hasSuffix(".html") }, "\(written)")
    }

    /// Waits for the server's "écoute" line, or for the process to end (a command that is not a server, or that
    /// failed). Not a timing assertion: the deadline only keeps a broken run from hanging the suite.
    static func waitUntilListening(_ running: BuiltExecutable.Running) -> Bool {
        let deadline = Date().addingTimeInterval(120)
        while running.process.isRunning && Date() < deadline {
            if running.printed.contains("écoute sur") { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return running.printed.contains("écoute sur")
    }
}
