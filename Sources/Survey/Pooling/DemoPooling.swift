import Comparator

/// What one professional says of one demonstrated scenario (issue 10, part 5). The raw values are what forms send
/// and the store keeps (`evaluationScore.choice`).
public enum DemoChoice: String, Sendable, CaseIterable, Codable {
    case convincing = "convaincant"
    case reservations = "reserves"
    case announced = "annonce"
    case unavailable = "indisponible"

    /// What the choice says the function is worth: seen and convincing 1, seen with reservations ½, not available 0.
    /// "Announced but not shown" is no evidence about the software (the memoir's point: what is *seen* is told apart
    /// from what is *announced*), so it does not vote.
    public var score: Double? {
        switch self {
        case .convincing: 1
        case .reservations: 0.5
        case .unavailable: 0
        case .announced: nil
        }
    }
}

/// The pooled result of one scenario.
public enum DemoVerdict: String, Sendable, Equatable, CaseIterable {
    case convincing, reservations, unavailable
    /// Nobody saw it: every vote says "announced but not shown". No demo fact: the fact stays what it was.
    case announcedOnly
    /// Nobody chose anything.
    case noOpinion
}

public struct DemoVote: Sendable, Equatable {
    public var profession: String
    public var choice: DemoChoice
    public init(profession: String, choice: DemoChoice) { self.profession = profession; self.choice = choice }
}

/// One scenario's votes pooled with each profession an equal voice, as the needs are (`Pooling.Voice.professions`):
/// each profession's own result is the mean of its members' scores, and the pooled score is the mean over the
/// professions that saw something, so five GPs do not outvote two nurses.
public struct DemoPooling: Sendable, Equatable {
    public let votes: [DemoVote]
    /// Profession → the mean of its members' scores; professions whose members only said "announced" are absent.
    public let professionScores: [String: Double]
    /// The mean over professions; `nil` when no profession saw anything.
    public let score: Double?
    public let verdict: DemoVerdict

    public init(votes: [DemoVote]) {
        self.votes = votes
        var scores: [String: [Double]] = [:]
        for vote in votes { if let score = vote.choice.score { scores[vote.profession, default: []].append(score) } }
        professionScores = scores.mapValues { $0.reduce(0, +) / Double($0.count) }
        score = professionScores.isEmpty ? nil : professionScores.values.reduce(0, +) / Double(professionScores.count)
        verdict = Self.verdict(score: score, anyVote: !votes.isEmpty)
    }

    /// The nearest choice to the pooled score; a tie goes to the less favourable one, since a demonstration oversells
    /// (the memoir's warning): 0.75 is "with reservations", 0.25 "not available".
    static func verdict(score: Double?, anyVote: Bool) -> DemoVerdict {
        guard let score else { return anyVote ? .announcedOnly : .noOpinion }
        if score > 0.75 { return .convincing }
        if score > 0.25 { return .reservations }
        return .unavailable
    }

    /// The fact a demonstration gives on a criterion of this scale: a boolean is true when the function was seen
    /// (convincing or with reservations) and false when it is not available; a level is the pooled score on 0–4.
    /// Nothing when it was only announced or nobody said anything, and nothing for a number (a price or a duration
    /// is asked in writing, not scored on four choices).
    public func factValue(scale: Criterion.Scale) -> FactValue? {
        guard let score else { return nil }
        switch scale {
        case .boolean: return .boolean(verdict != .unavailable)
        case .level: return .level(Int((score * 4).rounded()))
        case .number: return nil
        }
    }

    /// Votes per profession and choice, for the synthesis (which withholds single members: `RespondentPrivacy`).
    public var countsByProfession: [String: [DemoChoice: Int]] {
        votes.reduce(into: [:]) { counts, vote in counts[vote.profession, default: [:]][vote.choice, default: 0] += 1 }
    }

    /// Professions that said something other than "announced" (they count in the pooled score).
    public var professionsHeard: Int { professionScores.count }
}
