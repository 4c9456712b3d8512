import Comparator
import Deployment
import Foundation
import Reports
import Store
import Survey

/// An observation as a facilitator types it in a user-group session ("les infirmières ne facturent pas en
/// tournée"), optionally with the value it suggests for the criterion: the one rule the web form follows.
public struct ObservationEntry: Sendable, Equatable {
    public var product: String
    public var criterion: String
    public var text: String
    /// The value the observation suggests ("non"); empty when it only reports.
    public var suggestedValue: String

    public init(product: String, criterion: String, text: String, suggestedValue: String = "") {
        self.product = product; self.criterion = criterion; self.text = text; self.suggestedValue = suggestedValue
    }

    public static let maximumTextLength = 2_000
    public static let maximumReasonLength = 1_000

    /// Checks every field (`produit`, `critere`, `observation`, `valeur`); the suggested value is kept in canonical
    /// form, as a fact's value is.
    func checked(session: Int64, criteria: ProductCatalog, products: Set<String>) throws(FactEntry.Refusal) -> Observations.NewObservation {
        let product = TypedText.cleaned(self.product), criterionID = TypedText.cleaned(self.criterion)
        guard products.contains(product) else { throw .init(field: "produit", problem: "inconnu «\u{00A0}\(product)\u{00A0}»") }
        guard let criterion = criteria.criterion(criterionID) else {
            throw .init(field: "critere", problem: "inconnu «\u{00A0}\(criterionID)\u{00A0}»")
        }
        let text = try Self.checkedText(self.text, field: "observation", limit: Self.maximumTextLength)
        let typed = TypedText.cleaned(suggestedValue)
        var value: String?
        if !typed.isEmpty {
            guard let parsed = FactValueText.parse(typed, scale: criterion.scale) else {
                throw .init(field: "valeur", problem: "attendu\u{00A0}: \(FactValueText.expected(criterion.scale)) (critère \(criterion.id)), ou vide")
            }
            value = FactValueText.canonical(parsed)
        }
        return .init(sessionID: session, productID: product, criterionID: criterion.id, text: text, suggestedValue: value)
    }

    /// Required text, cleaned, within its limit and without control characters.
    static func checkedText(_ typed: String, field: String, limit: Int) throws(FactEntry.Refusal) -> String {
        let text = TypedText.cleaned(typed)
        guard !text.isEmpty else { throw .init(field: field, problem: "obligatoire") }
        guard TypedText.length(text) <= limit, !TypedText.hasControlCharacter(text) else {
            throw .init(field: field, problem: "au plus \(limit) caractères, sans caractère de contrôle")
        }
        return text
    }
}

/// User-group observations: the facilitator records them in a session; the DIM accepts one into the catalog as a
/// `usergroup` fact (through `record`, the one rule for facts) or rejects it with a reason.
extension EvidenceCatalog {
    @discardableResult
    public func recordObservation(_ entry: ObservationEntry, session: Int64, by recorder: String) throws -> ObservationRecord {
        try seedIfEmpty()
        guard try store.userGroups.find(id: session) != nil else { throw StoreError.unknownSession(session) }
        let known = Set(try store.products.all().map(\.id))
        return try store.observations.add(try entry.checked(session: session, criteria: reference, products: known), by: recorder)
    }

    /// Records the observation as the federation's `usergroup` fact: the session is its source and its date, the
    /// observation its note; `value` replaces the suggested one. A refusal names the field (`valeur` when there is
    /// no value to record); nothing is written then.
    @discardableResult
    public func acceptObservation(_ id: Int64, value: String? = nil, by recorder: String, today: Date) throws -> EvidenceChange.Outcome {
        let observation = try pendingObservation(id)
        guard let session = try store.userGroups.find(id: observation.sessionId)?.session else { throw StoreError.unknownSession(observation.sessionId) }
        let typed = value.map(TypedText.cleaned).flatMap { $0.isEmpty ? nil : $0 }
        let entry = FactEntry(product: observation.productId, criterion: observation.criterionId,
                              value: typed ?? observation.suggestedValue ?? "", grade: EvidenceGrade.usergroup.rawValue,
                              source: Self.source(of: session), date: session.date, note: observation.text)
        let checked = try check([(1, entry)], today: today)
        if let refusal = checked.refused.refusals.first?.refusal { throw refusal }
        return try store.observations.accept(id: id, by: recorder, recording: EvidenceChange(recordedBy: recorder, facts: checked.facts))
    }

    /// Rejects a pending observation; the reason is required (field `motif`).
    public func rejectObservation(_ id: Int64, reason: String, by recorder: String) throws {
        _ = try pendingObservation(id)
        let reason = try ObservationEntry.checkedText(reason, field: "motif", limit: ObservationEntry.maximumReasonLength)
        try store.observations.reject(id: id, reason: reason, by: recorder)
    }

    /// How an accepted observation's fact cites its session: "groupe utilisateurs Chorus du 12 mars 2027, compte rendu".
    public static func source(of session: UserGroupSession) -> String {
        "groupe utilisateurs \(session.software) du \(FrenchDate.long(session.date)), compte rendu"
    }

    private func pendingObservation(_ id: Int64) throws -> ObservationRecord {
        guard let observation = try store.observations.find(id: id) else {
            throw FactEntry.Refusal(field: "observation", problem: "n°\u{00A0}\(id) inconnue")
        }
        guard observation.status == .pending else {
            let decided = observation.status == .accepted ? "acceptée" : "rejetée"
            throw FactEntry.Refusal(field: "observation", problem: "n°\u{00A0}\(id) déjà \(decided)")
        }
        return observation
    }
}
