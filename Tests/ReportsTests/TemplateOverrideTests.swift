import Foundation
import Reports
import TestSupport
import Testing

/// A federation's template cannot print user text without the Markdown escape.
@Suite("Modèles de la fédération")
struct TemplateOverrideTests {
    @Test(arguments: [("# Titre\n\n{{{software}}}\n", 3), ("{{& software}}\n", 1), ("a\n{{=<% %>=}}\n<%{software}%>\n", 2),
                      ("{{% CONTENT_TYPE: TEXT }}\n{{software}}\n", 1)])
    func anOverrideThatWouldPrintUserTextRawIsRefused(template: String, line: Int) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sipadvisor-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("compte-rendu.mustache")
        try template.write(to: file, atomically: true, encoding: .utf8)
        do {
            let set = try TemplateSet(builtIn: Checkout.templates, override: directory)
            let session = SafetyTests().hostileSession()
            let markdown = try Minutes(session: session, professionLabel: { $0 }).document(templates: set).markdown
            Issue.record("modèle accepté ; il a produit : \(markdown)")
        } catch {
            #expect("\(error)".contains("\(file.path):\(line):"), "\(error)")
            #expect("\(error)".contains("sans échappement"), "\(error)")
        }
    }
}
