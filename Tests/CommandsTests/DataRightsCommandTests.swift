import Application
import Foundation
import Store
import TestSupport
import Testing

/// `sipadvisor respondent`, `campaign purge`, `team purge`, `purge` and `audit`, as the DIM and the admin type them.
@Suite("Droits des répondants, purges et journal d'audit en ligne de commande", .serialized)
struct DataRightsCommandTests {
    /// The demo campaign in a database file of `scratch`; returns the options every command takes.
    static func demo(_ scratch: Scratch, clock: @escaping @Sendable () -> Date = { Date() }) throws -> (DemoFixture.Built, [String]) {
        let built = try DemoFixture.build(on: try AppDatabase.file(path: scratch.path("db.sqlite"), clock: clock), run: try Checkout.loadRun())
        return (built, ["--database", scratch.path("db.sqlite"), "--catalog", Checkout.catalog.path])
    }

    @Test func exportPrintsTheRespondentsDataAndRecordsIt() throws {
        try Scratch.using { scratch in
            let (built, options) = try Self.demo(scratch)
            let campaign = String(built.campaign.id)
            let printed = try expectCommand(["respondent", "export", "--campaign", campaign, "--respondent", "IDE 1", "--format", "json"] + options,
                                            stderr: "")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(printed.stdout.utf8)) as? [String: Any])
            #expect((json["repondant"] as? [String: Any])?["identifiant"] as? String == "IDE 1")
            #expect((json["reponses"] as? [Any])?.count == 65)
            try expectCommand(["respondent", "export", "--campaign", campaign, "--respondent", "IDE 1", "--format", "csv",
                               "--out", scratch.path("ide1.csv")] + options,
                              stdout: "Données de «\u{A0}IDE 1\u{A0}» écrites\u{A0}: \(scratch.path("ide1.csv"))", stderr: "")
            #expect(try Data(contentsOf: scratch.file("ide1.csv")).starts(with: Data("\u{FEFF}repondant;profession;email;".utf8)))
            try expectCommand(["respondent", "export", "--campaign", campaign, "--respondent", "IDE 42", "--format", "json"] + options,
                              status: 65, stdout: "",
                              stderr: "erreur\u{00A0}: aucun·e répondant·e «\u{A0}IDE 42\u{A0}» dans la campagne n°\u{A0}\(campaign) (voir la page des liens)")
            try expectCommand(["respondent", "export", "--campaign", campaign, "--respondent", "IDE 1", "--format", "xml"] + options,
                              status: 64, stdout: "")
            let audit = try expectCommand(["audit", "list"] + options, stderr: "")
            #expect(audit.stdout.components(separatedBy: "| cli | export de réponses individuelles |").count == 3, "\(audit.stdout)")
        }
    }

    @Test func eraseRefusesWithoutConfirmationThenErases() throws {
        try Scratch.using { scratch in
            let (built, options) = try Self.demo(scratch)
            let campaign = String(built.campaign.id)
            let arguments = ["respondent", "erase", "--campaign", campaign, "--respondent", "IDE 1"] + options
            try expectCommand(arguments, status: 64, stdout: "", stderr: """
                Rien n'a été effacé. Seraient effacés — campagne n°\u{A0}\(campaign) «\u{A0}\(CampaignSetup.defaultName)\u{A0}», répondant·e «\u{A0}IDE 1\u{A0}»\u{A0}: 65 réponse(s) et son lien personnel\u{A0}; la synthèse, les besoins et la comparaison de l'équipe seront recalculés sans ses réponses.
                Ajoutez --yes pour confirmer.
                """)
            #expect(try built.store.campaigns.respondentPage(token: built.respondent("IDE 1").token) != nil)
            try expectCommand(arguments + ["--yes"], stdout: "Effacé·e\u{A0}: «\u{A0}IDE 1\u{A0}» de la campagne n°\u{A0}\(campaign) (65 réponse(s) et son lien, qui ne s'ouvre plus).",
                              stderr: "")
            #expect(try built.store.campaigns.respondentPage(token: built.respondent("IDE 1").token) == nil)
            try expectCommand(arguments + ["--yes"], status: 65, stdout: "")
        }
    }

    @Test func campaignAndTeamPurgesNameWhatGoesAndLeaveCheckClean() throws {
        try Scratch.using { scratch in
            let (built, options) = try Self.demo(scratch)
            let refused = try expectCommand(["campaign", "purge", String(built.campaign.id)] + options, status: 64, stdout: "")
            #expect(refused.stderr.hasPrefix("Rien n'a été supprimé. Seraient supprimés avec la campagne n°\u{A0}\(built.campaign.id)"))
            #expect(refused.stderr.contains("- répondant·es (et leurs liens)\u{A0}: 13\n"), "\(refused.stderr)")
            let done = try expectCommand(["campaign", "purge", String(built.campaign.id), "--yes"] + options, stderr: "")
            #expect(done.stdout.contains("- campagnes\u{A0}: 1\n- répondant·es (et leurs liens)\u{A0}: 13\n"), "\(done.stdout)")
            try expectCommand(["check", "--database", scratch.path("db.sqlite")],
                              stdout: "\(scratch.path("db.sqlite"))\u{A0}: intégrité vérifiée, aucune référence manquante.", stderr: "")
            let team = try expectCommand(["team", "purge", String(built.team.id), "--yes"] + options, stderr: "")
            #expect(team.stdout.contains("- équipe\u{A0}: 1\n- campagnes\u{A0}: 0\n"), "\(team.stdout)")
            try expectCommand(["check", "--database", scratch.path("db.sqlite")], stderr: "")
            try expectCommand(["team", "purge", String(built.team.id), "--yes"] + options, status: 65, stdout: "",
                              stderr: "erreur\u{00A0}: équipe inconnue\u{00A0}: «\u{00A0}\(built.team.id)\u{00A0}»")
        }
    }

    @Test func retentionPurgeDryRunThenRealThenNothing() throws {
        try Scratch.using { scratch in
            let old = TestClock(Date(timeIntervalSince1970: 1_500_000_000))
            let (built, options) = try Self.demo(scratch, clock: old.function)
            let retention = ["SIPADVISOR_RETENTION_MONTHS": "24"]
            let dry = try expectCommand(["purge", "--dry-run"] + options, stderr: "", environment: retention)
            #expect(dry.stdout.hasPrefix("Serait supprimé (durée de conservation\u{A0}: 24\u{A0}mois, rien n'a été supprimé)\u{A0}:\n"
                                         + "- campagne n°\u{A0}\(built.campaign.id) «\u{A0}\(CampaignSetup.defaultName)\u{A0}» de «\u{A0}\(DemoFixture.teamName)\u{A0}», dernière activité le 2017-07-14\n"),
                    "\(dry.stdout)")
            #expect(try built.store.campaigns.all().count == 1)
            let real = try expectCommand(["purge"] + options, stderr: "", environment: retention)
            #expect(real.stdout.hasPrefix("Supprimé (durée de conservation\u{A0}: 24\u{A0}mois)\u{A0}:\n") && real.stdout.contains("- réponses individuelles\u{A0}: "))
            try expectCommand(["purge"] + options, stdout: "Rien ne dépasse la durée de conservation (24\u{A0}mois).", stderr: "",
                              environment: retention)
            try expectCommand(["check", "--database", scratch.path("db.sqlite")], stderr: "")
            try expectCommand(["purge"] + options, status: 65, stdout: "",
                              stderr: "erreur\u{00A0}: durée de conservation non renseignée (clé «\u{00A0}retention_months\u{00A0}» des réglages de la fédération, ou SIPADVISOR_RETENTION_MONTHS)\u{A0}: rien n'est effacé")
        }
    }

    @Test func auditExportIsASpreadsheetWithFormulasDefused() throws {
        try Scratch.using { scratch in
            let store = try AppDatabase.file(path: scratch.path("db.sqlite"))
            try store.auditLog.record(.loginFailure, by: AuditActor(id: nil, name: "=cmd|' /C calc'!A0"), target: "=cmd|' /C calc'!A0")
            let options = ["--database", scratch.path("db.sqlite")]
            let csv = try expectCommand(["audit", "export", "--kind", "login-failure"] + options, stderr: "")
            // The byte-order mark is dropped when the output is read back as text; the file starts with it.
            #expect(csv.stdout.components(separatedBy: "\r\n").first?.hasSuffix("date;qui;compte;type;cible;detail") == true)
            #expect(csv.stdout.contains(";'=cmd|' /C calc'!A0;;connexion refusée;'=cmd|' /C calc'!A0;"), "\(csv.stdout)")
            try expectCommand(["audit", "list", "--kind", "purge"] + options, stdout: "Journal d'audit vide pour ce type.", stderr: "")
            try expectCommand(["audit", "list", "--kind", "nimporte"] + options, status: 64, stdout: "")
        }
    }
}
