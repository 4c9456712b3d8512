import Foundation
import TestSupport
import Testing

/// The real products compared on the shipped catalog, as a DIM runs it: label and Ségur statuses with their dates,
/// the warning that the facts are from 2017, and no product excluded on a stale testimony.
@Suite("Éligibilité et fraîcheur sur les logiciels réels")
struct EligibilityCommandTests {
    static let needs = Checkout.catalog.appendingPathComponent("demo/needs.yaml").path

    func compare(_ extra: [String], needs: String = needs) throws -> CommandOutcome {
        try BuiltExecutable.run(["compare", "--needs", needs, "--products", "real", "--date", "2026-12-01",
                                 "--catalog", Checkout.catalog.path] + extra)
    }

    @Test func realProductsSheetShowsStatusesAndOldEvidence() throws {
        let printed = try compare([])
        #expect(printed.status == 0, "\(printed.stderr)")
        let sheet = printed.stdout
        #expect(sheet.contains("> **Informations de 2017\u{00A0}: 3 informations utilisées ont dépassé la durée de validité"))
        #expect(sheet.contains("| Médistory | ne répond plus au label (signalé en 2017) — mémoire sur le choix et le déploiement"))
        for name in ["Axisanté", "Chorus", "Crossway", "Hellodoc", "MonLogicielMédical.com", "WEDA"] {
            #expect(sheet.contains("| \(name) | labellisé (niveau non précisé par la source) — mémoire"), "\(name)")
        }
        // No shipped source gives a Ségur status: unknown, not "no", for all seven.
        #expect(sheet.components(separatedBy: "| non renseigné (aucune source\u{00A0}: inconnu, pas «\u{00A0}non\u{00A0}») |").count - 1 == 7)
        // The 2017 testimony on nurses' billing no longer excludes Chorus: it is ranked, with a re-check to ask for.
        #expect(!sheet.contains("## Logiciels écartés"))
        #expect(sheet.contains("| 7 | Chorus | 0,49 | 0,00 – 1,00 | 0\u{202F}% ⚠ |"))
        #expect(sheet.contains("- Exigence éliminatoire à revérifier en démonstration avant d'écarter\u{00A0}: BES-FACT-IDE "
                               + "«\u{00A0}Facturation et télétransmission des actes infirmiers dans le logiciel partagé\u{00A0}»\u{00A0}: «\u{00A0}non\u{00A0}» selon une information de 2017."))
        #expect(sheet.contains("| 2017 (ancienne\u{00A0}: 9 ans et 11 mois) |"))
        // Sources by title, never by id or path.
        #expect(!sheet.contains("memoire-npdc-2017") && !sheet.contains("seeds/"))
    }

    @Test func jsonAndCSVCarryTheStatuses() throws {
        let json = try compare(["--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"state\" : \"no-longer-meets\""))
        #expect(json.stdout.contains("\"asOf\" : \"2026-12-01\""))
        #expect(json.stdout.contains("\"stale\" : true"))
        let csv = try compare(["--format", "csv"])
        let lines = csv.stdout.split(separator: "\n")
        #expect(lines.first?.hasSuffix(";label;label_niveau;label_obtenu;label_perdu;label_date;segur;segur_couloir;segur_vague;segur_date") == true)
        #expect(lines.contains { $0.contains(";Médistory;") && $0.hasSuffix(";ne répond plus;;;2017;2017;non renseigné;;;") })
    }

    /// A team that requires labelled software (the ACI prerequisite) in its needs file: the product that no longer
    /// meets the label is excluded on its status, which does not age.
    @Test func requiringTheLabelExcludesAProductThatNoLongerMeetsIt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("besoins.yaml", """
        team: "Équipe test"
        headcount: {infirmier: 2}
        weights: {"BES-FACT-IDE": 5}
        must_have: ["ELIG-LABEL"]
        """)
        let printed = try compare([], needs: scratch.path("besoins.yaml"))
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.contains("- **Médistory**\n  - ELIG-LABEL «\u{00A0}Logiciel labellisé e-santé (prérequis de l'ACI)\u{00A0}» (exigé)\u{00A0}: non — label, mémoire"))
        #expect(printed.stdout.contains("| Médistory (écarté) | ne répond plus au label"))
        #expect(printed.stdout.contains("| 1 | Axisanté |"))
    }
}
