import Comparator
import Survey

// The French words of demonstration evaluations (issue 10, part 5): the four choices the professionals see on their
// phones, the pooled verdicts, and the source every `demo` fact of a demonstration cites.

extension DemoChoice {
    /// As the scoring page offers it.
    public var frenchName: String {
        switch self {
        case .convincing: "vu et convaincant"
        case .reservations: "vu avec réserves"
        case .announced: "annoncé mais non montré"
        case .unavailable: "non disponible"
        }
    }
}

extension DemoVerdict {
    public var frenchName: String {
        switch self {
        case .convincing: "vu et convaincant"
        case .reservations: "vu avec réserves"
        case .unavailable: "non disponible"
        case .announcedOnly: "annoncé mais non montré"
        case .noOpinion: "sans avis"
        }
    }
}

public enum DemoWords {
    /// "démonstration du 12 mars 2027, 7 professionnels de 5 professions": the source of the facts a closing records.
    public static func source(date: String, people: Int, professions: Int) -> String {
        "démonstration du \(FrenchDate.long(date)), \(FrenchNumber.count(people, "professionnel", "professionnels")) de "
            + FrenchNumber.count(professions, "profession", "professions")
    }

    /// The note of a recorded fact: the verdict and how many professions it rests on (none is named: a profession may
    /// have had one person present).
    public static func note(_ pooling: DemoPooling, professionsPresent: Int) -> String {
        "\(pooling.verdict.frenchName) (score commun \(pooling.score.map(FrenchNumber.score) ?? "—") sur 1\u{00A0}; "
            + "\(pooling.professionsHeard) profession(s) sur \(professionsPresent) se prononcent)"
    }

    /// What the demonstration changed in the catalog for this scenario.
    public static func outcome(_ fact: FactValue?, verdict: DemoVerdict) -> String {
        if let fact { return "\(fact.frenchText) (vu en démonstration)" }
        return verdict == .announcedOnly ? "annoncé\u{00A0}: l'information antérieure est conservée" : "inchangée (aucun avis)"
    }

    /// A criterion's scenario, or the plain request its title makes (the grid and the comparative sheet ask alike).
    public static func scenario(_ criterion: Criterion) -> String {
        if let scenario = criterion.scenario, !scenario.isEmpty { return scenario }
        let title = criterion.title.prefix(1).lowercased() + criterion.title.dropFirst()
        return criterion.isFunctional ? "Montrez\u{00A0}: \(title)." : "Demandez par écrit\u{00A0}: \(title)."
    }
}
