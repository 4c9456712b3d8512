import Comparator

/// The period a product's evidence covers: the oldest and newest dates of its known facts, and the years in plain words
/// ("informations de 2017"), so that the DIM sees at a glance which products rest on old sources.
public struct EvidencePeriod: Sendable, Equatable {
    /// Dates as recorded ("2017", "2017-03", "2017-03-12"); ISO forms, so they sort as text.
    public let oldest: String?
    public let newest: String?

    public init(dates: [String]) {
        oldest = dates.min()
        newest = dates.max()
    }

    /// The known facts' dates (an unknown fact is no evidence, whatever its date).
    public init(facts: some Sequence<Fact>) {
        self.init(dates: facts.filter(\.isKnown).compactMap(\.date))
    }

    /// "informations de 2017", "informations de 2017 à 2027", or "aucune information datée".
    public var words: String {
        guard let oldest, let newest else { return "aucune information datée" }
        let (first, last) = (oldest.prefix(4), newest.prefix(4))
        return first == last ? "informations de \(first)" : "informations de \(first) à \(last)"
    }
}
