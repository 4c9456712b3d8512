import Foundation
import TestSupport
import Testing

/// French typography at the outputs: every document `demo` writes (Markdown and HTML) and what the commands print.
@Suite("Typographie des documents et des messages", .serialized)
struct TypographyOutputTests {
    @Test func everyDemoDocumentKeepsPunctuationWithItsWord() throws {
        try Scratch.using { scratch in
            let outcome = try expectCommand(["demo", "--out", scratch.path("demo"), "--date", "2026-12-01",
                                             "--catalog", Checkout.catalog.path])
            #expect(TypographyCheck.problems(markdown: outcome.stdout).isEmpty, "\(TypographyCheck.problems(markdown: outcome.stdout))")
            let files = try FileManager.default.contentsOfDirectory(atPath: scratch.path("demo"))
            let documents = files.filter { $0.hasSuffix(".md") || $0.hasSuffix(".html") }
            #expect(documents.count >= 10, "\(files)")
            for name in documents {
                let text = try String(contentsOfFile: scratch.path("demo/\(name)"), encoding: .utf8)
                let problems = name.hasSuffix(".html") ? TypographyCheck.problems(html: text) : TypographyCheck.problems(markdown: text)
                #expect(problems.isEmpty, "\(name) : \(problems.prefix(8))")
            }
        }
    }

    @Test func messagesAndUsageErrorsAreSetInFrench() throws {
        try Scratch.using { scratch in
            let options = try FollowUpCommandTests.prepared(scratch)
            let matrix = Checkout.root.appendingPathComponent("Tests/CommandsTests/Fixtures/matrix-not-number.csv").path
            let refused = try expectCommand(["rank", "--matrix", matrix, "--weights", "1,1", "--types", "min,max"], status: 65, stdout: "")
            #expect(refused.stderr.hasSuffix("«\u{00A0}deux cents\u{00A0}» n'est pas un nombre (ligne «\u{00A0}B\u{00A0}», colonne «\u{00A0}prix\u{00A0}»)\n"
                                             + "1 erreur\u{00A0}: rien n'a été écrit.\n"), "\(refused.stderr)")
            let usage = try expectCommand(["report", "plan", "--campaign", "1", "--start", "2027-13-01"] + options, status: 64, stdout: "")
            #expect(usage.stderr.hasPrefix("Error: --start\u{00A0}: date attendue au format AAAA-MM-JJ."), "\(usage.stderr)")
        }
    }
}
