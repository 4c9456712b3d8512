import Foundation
import Store
import Survey
import TestSupport
import Testing

/// CLI output built from user text is escaped Markdown; a template cannot print user text raw.
@Suite("Échappement des sorties de la ligne de commande", .serialized)
struct CLIEscapingTests {
    /// The hostile name shows, escaped, and nothing of it is live Markdown or breaks a line.
    func expectEscaped(_ output: String, _ command: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(output.contains("\\<script\\>"), "\(command) : le nom devrait apparaître, échappé\n\(output)", sourceLocation: sourceLocation)
        for raw in ["<script>", "| pipes |", "[lien](", "**gras**"] {
            #expect(!output.contains(raw), "\(command) : « \(raw) » imprimé tel quel\n\(output)", sourceLocation: sourceLocation)
        }
        #expect(!output.split(separator: "\n").contains { $0.hasPrefix("ligne forgée") }, "\(command) : retour à la ligne imprimé",
                sourceLocation: sourceLocation)
        #expect(!output.contains("\u{1B}"), "\(command) : séquence d'échappement du terminal imprimée", sourceLocation: sourceLocation)
    }

    @Test func markdownOutputsEscapeTeamAndCampaignNames() throws {
        try Scratch.using { scratch in
            let common = try HostileCampaign.create(team: HostileCampaign.markdown, campaignName: HostileCampaign.markdown, in: scratch)
            for command in [["team", "list"], ["campaign", "list"], ["campaign", "status", "1"], ["assess", "1"],
                            ["compare", "--campaign", "1", "--draws", "10"]] {
                let result = try BuiltExecutable.run(command + common)
                #expect(result.status == 0, "\(command): \(result.stderr)")
                expectEscaped(result.stdout, command.joined(separator: " "))
            }
            let added = try BuiltExecutable.run(["team", "add", "--name", HostileCampaign.markdown + " 2"] + common)
            expectEscaped(added.stdout, "team add")
            // A terminal escape sequence is refused when typed, with a French message.
            let refused = try BuiltExecutable.run(["team", "add", "--name", "MSP " + HostileCampaign.terminalEscape] + common)
            #expect(refused.status != 0 && refused.stderr.contains("caractère de contrôle"), "\(refused.stderr)")
        }
    }

    @Test func aTemplateOverrideCannotPrintUserTextRaw() throws {
        try Scratch.using { scratch in
            let common = try HostileCampaign.create(team: HostileCampaign.markdown, in: scratch)
            try FileManager.default.createDirectory(atPath: scratch.path("modeles"), withIntermediateDirectories: true)
            try scratch.write("modeles/plan-de-projet.mustache", "# Plan\n\nÉquipe : {{{team}}}\n")
            let refused = try BuiltExecutable.run(["report", "plan", "--campaign", "1", "--templates", scratch.path("modeles")] + common)
            #expect(refused.status == 65)
            #expect(refused.stderr.contains("plan-de-projet.mustache:3"), "\(refused.stderr)")
            #expect(!refused.stdout.contains("<script>"))
        }
    }
}
