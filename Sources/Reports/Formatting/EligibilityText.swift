import Comparator

// The French words for eligibility statuses and the age of evidence, read by every document that shows them.

extension FrenchDate {
    /// An evidence date as written: "2017", "mars 2017" or "12 mars 2017".
    public static func evidence(_ text: String) -> String {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return long(text) }
        return "\(months[month - 1]) \(parts[0])"
    }
}

extension LabelStatus {
    /// "labellisé (niveau 1, standard)", "ne répond plus au label (signalé en 2017)", "non labellisé".
    public var frenchState: String {
        switch state {
        case .held:
            let level = level.map { "niveau \($0 == .standard ? "1, standard" : "2, avancé")" } ?? "niveau non précisé par la source"
            let granted = granted.map { ", obtenu en \(FrenchDate.evidence($0))" } ?? ""
            return "labellisé (\(level)\(granted))"
        case .noLongerMeets:
            // « signalé le 20 novembre 2026 », « signalé en mars 2017 », « signalé en 2017 ».
            return "ne répond plus au label" + (lost.map { " (signalé \($0.count == 10 ? "le" : "en") \(FrenchDate.evidence($0)))" } ?? "")
        case .notLabelled:
            return "non labellisé"
        }
    }

    /// The status with its source and date, for a sheet.
    public var frenchText: String { "\(frenchState) — \(source), \(FrenchDate.evidence(date))" }

    /// What a sheet says when no source gives the status: unknown is not "no".
    public static let frenchUnknown = "non renseigné (aucune source : inconnu, pas « non »)"
}

extension SegurStatus {
    /// "référencé, couloir LGC, vague 1 (juin 2022)", "non référencé (octobre 2026)".
    public var frenchState: String {
        switch state {
        case .referenced:
            let couloir = couloir.map { ", couloir \($0)" } ?? "", vague = vague.map { ", vague \($0)" } ?? ""
            return "référencé\(couloir)\(vague) (\(FrenchDate.evidence(date)))"
        case .notReferenced:
            return "non référencé (\(FrenchDate.evidence(date)))"
        }
    }

    public var frenchText: String { "\(frenchState) — \(source)" }

    public static let frenchUnknown = "non renseigné (aucune source : inconnu, pas « non »)"
}

/// The age of a stale fact, as a sheet says it: "9 ans", "1 an et 3 mois", "14 mois".
public enum EvidenceAge {
    public static func french(from date: String?, asOf: EvidenceDay) -> String? {
        guard let date, let dated = EvidenceDay.parse(date) else { return nil }
        let months = dated.months(until: asOf)
        let (years, rest) = (months / 12, months % 12)
        if years == 0 { return FrenchNumber.count(months, "mois", "mois") }
        let yearsText = FrenchNumber.count(years, "an", "ans")
        return rest == 0 ? yearsText : "\(yearsText) et \(FrenchNumber.count(rest, "mois", "mois"))"
    }
}
