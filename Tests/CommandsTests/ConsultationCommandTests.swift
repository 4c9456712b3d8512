import Catalog
import Foundation
import Store
import TestSupport
import Testing

/// `report consultation` and `facts import-reply`: what they print, their exit statuses, and nothing written on a
/// refused reply.
@Suite("Consultation des éditeurs et réponses (ligne de commande)")
struct ConsultationCommandTests {
    static let date = "2026-11-23"
    static let replyDate = "2026-11-20"

    /// A scratch federation with the demo campaign; the consultation written to `out/`.
    struct Federation {
        let scratch: Scratch
        var common: [String] { scratch.campaignOptions }

        init() throws {
            scratch = try Scratch()
            try scratch.addDemoCampaign()
        }

        @discardableResult
        func writeConsultation() throws -> CommandOutcome {
            try expectCommand(["report", "consultation", "--campaign", "1", "--date", ConsultationCommandTests.date, "--out", scratch.path("out")] + common)
        }

        var template: Data { get throws { try Data(contentsOf: scratch.file("out/reponse-consultation.csv")) } }

        func importReply(_ file: String, status: Int32 = 0, stdout: String? = nil, stderr: String? = nil) throws -> CommandOutcome {
            try expectCommand(["facts", "import-reply", scratch.path(file), "--product", "vadrouille", "--date", ConsultationCommandTests.replyDate,
                               "--by", "test"] + common, status: status, stdout: stdout, stderr: stderr)
        }

        func history() throws -> String {
            try expectCommand(["facts", "history", "--product", "vadrouille"] + common).stdout
        }
    }

    /// `--out DIR` writes the document and its reply template side by side and says so; the document is the one
    /// printed without `--out`.
    @Test func theConsultationIsWrittenWithItsReplyTemplate() throws {
        let federation = try Federation()
        defer { federation.scratch.remove() }
        let written = try federation.writeConsultation()
        let rows = try LocatedCSV.read(try federation.template, name: "modèle").rows
        let out = federation.scratch.path("out")
        #expect(written.stdout == "Document écrit\u{A0}: \(out)/consultation-editeurs_msp-des-hirondelles-fictive_\(Self.date).md\n"
                + "Modèle de réponse écrit\u{A0}: \(out)/reponse-consultation.csv (\(rows.count - 1) questions)\n")
        let printed = try expectCommand(["report", "consultation", "--campaign", "1", "--date", Self.date] + federation.common, stderr: "")
        #expect(try String(contentsOf: federation.scratch.file("out/consultation-editeurs_msp-des-hirondelles-fictive_\(Self.date).md"), encoding: .utf8) + "\n" == printed.stdout)
        #expect(printed.stdout.contains("Réponses attendues au plus tard le 21 décembre 2026."))
        try expectCommand(["report", "consultation", "--campaign", "1", "--reply-by", "21/12/2026"] + federation.common, status: 64)
        try expectCommand(["report", "consultation", "--campaign", "9"] + federation.common, status: 65)
    }

    /// The editor's filled template comes back as dated `editor` facts; blank answers and questions without a
    /// criterion are counted, not recorded.
    @Test func aFilledReplyIsRecordedAndSummarised() throws {
        let federation = try Federation()
        defer { federation.scratch.remove() }
        try federation.writeConsultation()
        let filled = try EditorReplyFill.fill(try federation.template) { id, form in
            id.hasPrefix("BES-FACT") ? nil : (EditorReplyFill.typical(form), "")
        }
        try filled.write(to: federation.scratch.file("reponse.csv"))
        let outcome = try federation.importReply("reponse.csv", stderr: "")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.first?.hasPrefix("Réponse enregistrée pour «\u{A0}vadrouille\u{A0}»\u{A0}: ") == true)
        #expect(lines.first?.hasSuffix(", 0 inchangé (déclaratif éditeur, 2026-11-20).") == true)
        #expect(lines.dropFirst().first == "Source\u{A0}: réponse de l'éditeur du 20 novembre 2026 à la consultation de MSP des Hirondelles (fictive)")
        #expect(lines.dropFirst(2).first == "Réponses vides, laissées inconnues (inconnu ne veut pas dire «\u{A0}non\u{A0}»)\u{A0}: 3")
        #expect(lines.last?.hasPrefix("Non enregistrées, faute de critère au catalogue\u{A0}: FORMATION-medecin-generaliste, ") == true)
        #expect(lines.last?.hasSuffix(", SUPPORT, REVERSIBILITE, HEBERGEMENT-HDS") == true)
        let list = try expectCommand(["facts", "list", "--product", "vadrouille"] + federation.common).stdout
        #expect(list.contains("| NF-COUT-MENSUEL | 1\u{202F}200,5 | déclaratif éditeur | 2026-11-20 | réponse de l'éditeur du 20 novembre 2026"))
    }

    /// Every bad row printed with its line and column, exit 65, and not one fact written.
    @Test func aReplyWithBadRowsIsRefusedWhole() throws {
        let federation = try Federation()
        defer { federation.scratch.remove() }
        try federation.scratch.write("reponse.csv", "identifiant;question;réponse attendue;réponse;commentaire\r\n"
            + "BES-FACT-MK;;oui ou non;oui;\r\n"
            + "BES-FACT-IDE;;oui ou non;peut-être;\r\n"
            + "NF-AIDE-MIGRATION;;niveau;\"5\r\n(sur 4)\";\r\n"
            + "BES-INVENTE;;;oui;\r\n"
            + "NF-COUT-MENSUEL;;nombre;45 €/mois;\r\n")
        try expectCommand(["facts", "import"] + federation.common)   // the reference products, as any use of the evidence does
        let before = try federation.history()
        let path = federation.scratch.path("reponse.csv")
        try federation.importReply("reponse.csv", status: 65, stdout: "", stderr: """
            \(path):3: colonne «\u{A0}réponse\u{A0}»\u{A0}: attendu\u{A0}: oui ou non (critère BES-FACT-IDE)
            \(path):4: colonne «\u{A0}réponse\u{A0}»\u{A0}: attendu\u{A0}: un niveau entier de 0 à 4 (critère NF-AIDE-MIGRATION)
            \(path):6: colonne «\u{A0}identifiant\u{A0}»\u{A0}: question inconnue «\u{A0}BES-INVENTE\u{A0}» (les identifiants du modèle de réponse ne doivent pas être modifiés)
            \(path):7: colonne «\u{A0}réponse\u{A0}»\u{A0}: attendu\u{A0}: un nombre (par exemple 45 ou 1\u{202F}200,50) (critère NF-COUT-MENSUEL)
            4 erreurs\u{A0}: rien n'a été enregistré.
            """)
        #expect(try federation.history() == before)
    }

    /// Excel's plain "CSV" (Windows-1252) is refused with how to save it; a future date is said once, for the option.
    @Test func aWindows1252FileAndAFutureDateAreRefused() throws {
        let federation = try Federation()
        defer { federation.scratch.remove() }
        let latin1 = Data("identifiant;question;réponse attendue;réponse;commentaire\r\nBES-FACT-IDE;;;oui;install".utf8) + Data([0xE9, 0x0D, 0x0A])
        let latin1Text = Data("identifiant;question;r".utf8) + Data([0xE9]) + Data("ponse attendue;r".utf8) + Data([0xE9]) + Data("ponse;commentaire\r\n".utf8)
        try latin1Text.write(to: federation.scratch.file("latin1.csv"))
        try latin1.write(to: federation.scratch.file("latin1-ligne2.csv"))
        let path = federation.scratch.path("latin1.csv")
        try federation.importReply("latin1.csv", status: 65, stdout: "", stderr: """
            \(path):1: ce n'est pas du texte UTF-8 (Excel enregistre le «\u{A0}CSV\u{A0}» simple en Windows-1252)\u{A0}: enregistrez le fichier au format «\u{A0}CSV UTF-8\u{A0}» (Excel) ou choisissez le jeu de caractères «\u{A0}Unicode (UTF-8)\u{A0}» (LibreOffice)
            1 erreur\u{00A0}: rien n'a été écrit.
            """)
        let second = try federation.importReply("latin1-ligne2.csv", status: 65)
        #expect(second.stderr.hasPrefix("\(federation.scratch.path("latin1-ligne2.csv")):2: ce n'est pas du texte UTF-8"))

        try federation.scratch.write("futur.csv", "identifiant;réponse\nBES-FACT-IDE;oui\nBES-FACT-MK;non\n")
        try expectCommand(["facts", "import-reply", federation.scratch.path("futur.csv"), "--product", "vadrouille", "--date", "2099-01-01"]
                          + federation.common, status: 65, stdout: "",
                          stderr: "--date\u{A0}: date à venir\u{A0}: un fait est daté du jour où il a été établi\n1 erreur\u{A0}: rien n'a été enregistré.")
        try expectCommand(["facts", "import-reply", federation.scratch.path("futur.csv"), "--product", "vadrouille", "--date", "20/11/2026"]
                          + federation.common, status: 64)
        try expectCommand(["facts", "import-reply", federation.scratch.path("absent.csv"), "--product", "vadrouille", "--date", Self.replyDate]
                          + federation.common, status: 66)
    }
}
