import Comparator
import Deployment
import Foundation
import Store
import Survey

/// A facilitator as typed on the DIM's page or with `sipadvisor facilitator add`. `software` pairs a catalog
/// product id with the year they have used it since.
public struct FacilitatorEntry: Sendable, Equatable {
    public var name: String, profession: String, team: Int64, availability: String
    public var software: [Mastered]

    public struct Mastered: Sendable, Equatable {
        public var product: String, sinceYear: String
        public init(product: String, sinceYear: String) { self.product = product; self.sinceYear = sinceYear }
    }

    public init(name: String, profession: String, team: Int64, availability: String = "", software: [Mastered] = []) {
        self.name = name; self.profession = profession; self.team = team; self.availability = availability; self.software = software
    }

    func checked(professions: [Profession], products: Set<String>, thisYear: Int) throws(RegisterRefusal) -> FacilitatorPool.NewFacilitator {
        let name = TypedText.cleaned(self.name), availability = TypedText.cleaned(self.availability)
        guard (1...120).contains(TypedText.length(name)), !TypedText.hasControlCharacter(name) else {
            throw RegisterRefusal(field: "nom", problem: "de 1 à 120 caractères")
        }
        let profession = TypedText.cleaned(self.profession)
        guard professions.contains(where: { $0.id == profession }) else {
            throw RegisterRefusal(field: "profession", problem: "attendu\u{00A0}: " + professions.map(\.id).joined(separator: ", "))
        }
        guard TypedText.length(availability) <= 200, !TypedText.hasControlCharacter(availability) else {
            throw RegisterRefusal(field: "disponibilite", problem: "au plus 200 caractères (par exemple «\u{00A0}2 demi-journées par mois\u{00A0}»)")
        }
        var software: [(productID: String, sinceYear: Int)] = []
        for mastered in self.software {
            let product = TypedText.cleaned(mastered.product)
            guard products.contains(product) else {
                throw RegisterRefusal(field: "maitrise", problem: "inconnu du catalogue\u{00A0}: «\u{00A0}\(product)\u{00A0}»")
            }
            guard let year = Int(TypedText.cleaned(mastered.sinceYear)), (1990...thisYear).contains(year) else {
                throw RegisterRefusal(field: "annee", problem: "une année de 1990 à \(thisYear) (depuis quand ce logiciel est utilisé)")
            }
            if !software.contains(where: { $0.productID == product }) { software.append((product, year)) }
        }
        return .init(name: name, profession: profession, teamID: team, availability: availability, software: software)
    }
}

/// An intervention of a facilitator as typed: who, for which team, when, on what, how many hours.
public struct InterventionEntry: Sendable, Equatable {
    public var facilitator: Int64, team: Int64, date: String, topic: String, hours: String

    public init(facilitator: Int64, team: Int64, date: String, topic: String, hours: String) {
        self.facilitator = facilitator; self.team = team; self.date = date; self.topic = topic; self.hours = hours
    }

    /// Everything that can be checked without the database (the CLI's `validate()` calls it).
    public func formatProblem() -> RegisterRefusal? {
        do { _ = try checked(); return nil } catch { return error }
    }

    func checked() throws(RegisterRefusal) -> FacilitatorPool.NewIntervention {
        let date = try RegisterDay.checked(self.date, field: "date") ?? ""
        let topic = TypedText.cleaned(self.topic)
        guard (1...300).contains(TypedText.length(topic)), !TypedText.hasControlCharacter(topic) else {
            throw RegisterRefusal(field: "sujet", problem: "de 1 à 300 caractères")
        }
        // A decimal comma as French users type it ("1,5").
        guard let hours = Double(TypedText.cleaned(self.hours).replacingOccurrences(of: ",", with: ".")), hours > 0, hours <= 24 else {
            throw RegisterRefusal(field: "heures", problem: "un nombre d'heures de plus de 0 à 24 (par exemple 1,5)")
        }
        return .init(facilitatorID: facilitator, teamID: team, date: date, topic: topic, hours: hours)
    }
}

/// A facilitator suggested to a team, with the reason shown ("maîtrise Chorus depuis 2024, infirmier·e").
public struct FacilitatorSuggestion: Sendable, Equatable {
    public var facilitator: Facilitator
    public var reason: String
}

/// The pool of facilitators (§IV.A.iii): who they are, who to suggest to a team, their interventions and the yearly
/// totals a federation reports to its funders. The web's DIM pages and `sipadvisor facilitator` call these.
public struct FacilitatorDesk: Sendable {
    public let store: AppDatabase
    public let professions: [Profession]

    public init(store: AppDatabase, professions: [Profession]) { self.store = store; self.professions = professions }

    @discardableResult
    public func add(_ entry: FacilitatorEntry, by who: String, today: Date) throws -> FacilitatorRecord {
        guard try store.teams.find(id: entry.team) != nil else { throw RegisterRefusal(field: "equipe", problem: "équipe inconnue") }
        let products = Set(try store.products.all().map(\.id))
        let checked = try entry.checked(professions: professions, products: products, thisYear: CalendarDay.year(today))
        return try store.facilitators.add(checked, by: who)
    }

    @discardableResult
    public func log(_ entry: InterventionEntry, by who: String) throws -> InterventionRecord {
        let intervention = try entry.checked()
        guard let facilitator = try store.facilitators.find(id: entry.facilitator) else {
            throw RegisterRefusal(field: "facilitateur", problem: "n°\u{00A0}\(entry.facilitator) inconnu")
        }
        guard try store.teams.find(id: entry.team) != nil else { throw RegisterRefusal(field: "equipe", problem: "équipe inconnue") }
        // The pool lends a team's experienced users to the other teams: help inside one's own team is not an intervention.
        guard facilitator.teamId != entry.team else {
            throw RegisterRefusal(field: "equipe", problem: "c'est l'équipe du facilitateur\u{00A0}; le pool aide les autres équipes")
        }
        return try store.facilitators.log(intervention, by: who)
    }

    /// Facilitators of other teams for `team`: first those who master a software the team uses (longest mastery
    /// first), then, failing that, those of a profession the team has (its campaigns' respondents).
    public func suggestions(for team: Int64, on day: String) throws -> [FacilitatorSuggestion] {
        let inUse = Set(try store.teamSoftware.inUse(team: team, on: day).map(\.record.productId))
        return Self.rank(try store.facilitators.all(), team: team, software: inUse,
                         professions: try store.facilitators.professions(team: team), label: professionLabel)
    }

    /// The ranking rule, on values (tested without a database).
    static func rank(_ pool: [Facilitator], team: Int64, software: Set<String>, professions: Set<String>,
                     label: (String) -> String) -> [FacilitatorSuggestion] {
        let ranked: [(tier: Int, since: Int, suggestion: FacilitatorSuggestion)] = pool.compactMap { facilitator in
            guard facilitator.record.teamId != team else { return nil }
            let profession = label(facilitator.record.profession)
            let shared = facilitator.software.filter { software.contains($0.productId) }
            if let oldest = shared.map(\.sinceYear).min() {
                let mastery = shared.map { "maîtrise \($0.productName) depuis \($0.sinceYear)" }.joined(separator: ", ")
                return (0, oldest, FacilitatorSuggestion(facilitator: facilitator, reason: "\(mastery), \(profession)"))
            }
            guard professions.contains(facilitator.record.profession) else { return nil }
            return (1, 0, FacilitatorSuggestion(facilitator: facilitator, reason: "\(profession), une profession de l'équipe"))
        }
        return ranked.sorted { ($0.tier, $0.since, $0.suggestion.facilitator.record.name) < ($1.tier, $1.since, $1.suggestion.facilitator.record.name) }
            .map(\.suggestion)
    }

    /// A profession's label in lower case, as it reads inside a sentence ("infirmier·e").
    public func professionLabel(_ id: String) -> String {
        guard let label = professions.first(where: { $0.id == id })?.label else { return id }
        return label.prefix(1).lowercased() + label.dropFirst()
    }
}
