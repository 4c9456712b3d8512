import Catalog
import Comparator
import Foundation
import Store
import Survey

/// Adding one respondent to a running campaign (the links page's form and `sipadvisor campaign add-respondent`):
/// the profession in any word of `ProfessionWords`, an optional address (`Invitee.checkedEmail`) and an optional
/// identifier; without one, the profession's label numbered after the campaign's others (« Infirmier·e 3 »).
public struct RespondentAddition: Sendable {
    /// A refusal naming the field it is about (`profession`, `email`, `identifiant`), in French.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public let field: String
        public let message: String
        public var description: String { message }
    }

    public let database: AppDatabase
    public let professions: [Profession]

    public init(database: AppDatabase, professions: [Profession]) {
        self.database = database
        self.professions = professions
    }

    /// Checks what was typed and adds the respondent; nothing is written when something is refused.
    public func add(campaignID: Int64, profession typedProfession: String, email typedEmail: String, identifier typedLabel: String)
    throws -> Result<RespondentRecord, Refusal> {
        let words = ProfessionWords(professions: professions)
        guard let profession = words.profession(TypedText.cleaned(typedProfession)) else {
            return .failure(Refusal(field: "profession", message: words.unknown(TypedText.cleaned(typedProfession))))
        }
        var email: String?
        if !typedEmail.trimmingCharacters(in: .whitespaces).isEmpty {
            switch Invitee.checkedEmail(typedEmail) {
            case .success(let address): email = address
            case .failure(let problem): return .failure(Refusal(field: "email", message: problem.message))
            }
        }
        let existing = try database.campaigns.respondents(campaignID: campaignID)
        var label = TypedText.cleaned(typedLabel)
        if label.isEmpty { label = Self.nextLabel(profession: profession, professions: professions, taken: Set(existing.map(\.label))) }
        if let problem = Invitee.labelProblem(label) { return .failure(Refusal(field: "identifiant", message: problem)) }
        if existing.contains(where: { $0.label == label }) {
            return .failure(Refusal(field: "identifiant", message: "identifiant «\u{A0}\(label)\u{A0}» déjà utilisé dans cette campagne"))
        }
        return .success(try database.invitations.add(Invitee(label: label, profession: profession, email: email), campaignID: campaignID))
    }

    /// « Label n » with the first n not taken.
    static func nextLabel(profession: String, professions: [Profession], taken: Set<String>) -> String {
        let base = professions.first { $0.id == profession }?.label ?? profession
        return (1...).lazy.map { "\(base) \($0)" }.first { !taken.contains($0) }!
    }
}
