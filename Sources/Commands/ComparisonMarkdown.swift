import Application
import Comparator

/// The comparison as Markdown for the terminal and for pasting into a document. The full comparative sheet
/// (charts, HTML) is the Reports module's job; this is the honest plain-text version.
struct ComparisonMarkdown {
    let comparison: Comparison
    let catalog: ProductCatalog

    func render() -> String {
        var lines: [String] = []
        let fictional = comparison.fictionalTeam ? " — équipe fictive" : ""
        lines.append("# Comparaison des logiciels pour « \(markdownCell(comparison.team)) »\(fictional)")
        lines.append("")
        lines.append("Méthode : \(comparison.method.frenchName) ; coût calculé sur \(FrenchNumber.count(comparison.years, "an", "ans")) pour "
                     + "\(FrenchNumber.count(comparison.professionals, "professionnel·le", "professionnel·le·s")). Scores de 0 à 1 ; la fourchette va du cas où "
                     + "tout ce qui est inconnu est défavorable au cas où tout est favorable.")
        lines.append("")
        lines += ranking()
        lines += exclusions()
        lines += coverage()
        lines += demoChecks()
        lines.append("## À retenir")
        lines.append("")
        if comparison.leadIsUncertain {
            lines.append("- Le classement de tête n'est pas établi : la fourchette du premier recouvre celle du second. "
                         + "Les démonstrations doivent trancher.")
        }
        lines.append("- « Inconnu » ne veut pas dire « non » : une confiance faible signifie que l'information manque, "
                     + "pas que le logiciel est mauvais.")
        lines.append("- Cette comparaison prépare la présélection et les démonstrations ; elle ne les remplace pas.")
        return lines.joined(separator: "\n")
    }

    private func ranking() -> [String] {
        var lines = ["## Classement", ""]
        guard !comparison.ranked.isEmpty else { return lines + ["Aucun logiciel ne satisfait toutes les exigences éliminatoires.", ""] }
        let withSensitivity = comparison.sensitivity != nil
        var header = "| Rang | Logiciel | Score | Fourchette | Confiance | Coût total |"
        var rule = "|---:|---|---:|---|---:|---:|"
        if withSensitivity { header += " 1er dans | Rangs possibles |"; rule += "---:|---|" }
        lines += [header, rule]
        for product in comparison.ranked {
            var row = "| \(product.rank) | \(markdownCell(product.name)) | \(FrenchNumber.score(product.score)) | "
                + "\(FrenchNumber.score(product.pessimistic)) – \(FrenchNumber.score(product.optimistic)) | "
                + "\(FrenchNumber.percent(product.confidence)) | \(product.cost.total.map(FrenchNumber.euros) ?? "inconnu") |"
            if withSensitivity {
                row += " \(FrenchNumber.percent(product.firstPlaceProbability ?? 0)) des tirages | "
                    + "\(product.bestRank ?? 0) à \(product.worstRank ?? 0) |"
            }
            lines.append(row)
        }
        if let settings = comparison.sensitivity {
            lines += ["", "Sensibilité : \(settings.draws) tirages ; à chaque tirage, les poids varient de ±\(FrenchNumber.percent(settings.spread)) "
                      + "et chaque information inconnue prend une valeur au hasard (graine \(settings.seed))."]
        }
        return lines + [""]
    }

    private func exclusions() -> [String] {
        guard !comparison.excluded.isEmpty else { return [] }
        var lines = ["## Logiciels écartés (exigences éliminatoires)", ""]
        for exclusion in comparison.excluded {
            let reasons = exclusion.reasons.map { reason in
                "\(reason.criterion) « \(markdownCell(reason.title)) » (\(reason.requirement)) : "
                    + "\(reason.fact.value?.frenchText ?? "inconnu") — \(evidence(reason.fact))"
            }
            lines.append("- **\(markdownCell(exclusion.name))** : " + reasons.joined(separator: " ; "))
        }
        return lines + [""]
    }

    private func coverage() -> [String] {
        let professions = comparison.coverageProfessions
        guard !professions.isEmpty else { return [] }
        var lines = ["## Couverture des besoins par profession", "",
                     "Part des besoins pondérés de chaque profession couverte selon les faits connus (entre parenthèses : part inconnue).", ""]
        lines.append("| Logiciel | " + professions.map { markdownCell(catalog.professionLabel($0)) }.joined(separator: " | ") + " |")
        lines.append("|---|" + String(repeating: "---:|", count: professions.count))
        for product in comparison.ranked {
            let cells = professions.map { profession in
                guard let share = product.coverage.first(where: { $0.profession == profession }) else {
                    return comparison.missingCoverageCell(profession)
                }
                return "\(FrenchNumber.percent(share.covered)) (\(FrenchNumber.percent(share.unknown)))"
            }
            lines.append("| \(markdownCell(product.name)) | " + cells.joined(separator: " | ") + " |")
        }
        if !comparison.withheldProfessions.isEmpty {
            lines += ["", markdownCell(WithheldProfession.legend)]
        }
        return lines + [""]
    }

    private func demoChecks() -> [String] {
        var lines = ["## À vérifier en démonstration", ""]
        for product in comparison.ranked.prefix(5) where !product.demoChecks.isEmpty {
            let items = product.demoChecks.prefix(5).map { check in
                "\(check.criterion) « \(markdownCell(check.title)) » (\(check.reason.frenchName))"
            }
            lines.append("- **\(markdownCell(product.name))** : " + items.joined(separator: " ; "))
        }
        return lines.count == 2 ? [] : lines + [""]
    }

    private func evidence(_ fact: Fact) -> String {
        var parts = [fact.grade.frenchName]
        if let source = fact.source { parts.append("source : \(markdownCell(source))") }
        if let date = fact.date { parts.append(date) }
        return parts.joined(separator: ", ")
    }

    /// One row per product, `;`-separated for French spreadsheet software, decimal comma.
    func csv() throws -> String {
        let header = ["rang", "logiciel", "fictif", "score", "pessimiste", "optimiste", "confiance", "probabilite_premier",
                      "cout_total", "statut", "motif"]
        func number(_ value: Double?) -> CSVText.Cell { .number(value, decimals: 4) }
        var rows: [[CSVText.Cell]] = comparison.ranked.map { product in
            [.integer(product.rank), .text(product.name), product.fictional ? "oui" : "non",
             number(product.score), number(product.pessimistic), number(product.optimistic),
             number(product.confidence), number(product.firstPlaceProbability), number(product.cost.total), "classé", ""]
        }
        for exclusion in comparison.excluded {
            let reasons = exclusion.reasons.map { "\($0.criterion) \($0.requirement) : \($0.fact.value?.frenchText ?? "inconnu")" }
            rows.append(["", .text(exclusion.name), "", "", "", "", "", "", "", "écarté", .text(reasons.joined(separator: " ; "))])
        }
        return try CSVText.string(header: header, rows: rows, dialect: .spreadsheetTerminal)
    }
}
