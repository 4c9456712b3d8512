import HummingbirdBcrypt
import Store
import Survey

/// Account rules shared by the web form and `sipadvisor user add`.
public enum AccountRules {
    public static let minimumPasswordLength = 12
    /// How long a login lasts: a working day. The stored session and its cookie both use it.
    public static let sessionLifetime = 8 * 3600

    /// A French message when the account cannot be created, `nil` when it can.
    public static func problem(email: String, name: String, password: String, role: UserRecord.Role, team: Int64?) -> String? {
        let parts = email.split(separator: "@")
        if parts.count != 2 || parts[1].split(separator: ".").count < 2 || TypedText.length(email) > 200
            || EmailAddress.hasForbiddenCharacter(email) {
            return "Adresse e-mail non valable."
        }
        if name.isEmpty || TypedText.length(name) > 100 || TypedText.hasControlCharacter(name) {
            return "Nom affiché\u{00A0}: de 1 à 100 caractères, sans caractère de contrôle."
        }
        if password.count < minimumPasswordLength { return "Mot de passe\u{00A0}: \(minimumPasswordLength) caractères au moins." }
        if role == .coordinator && team == nil { return "Un compte de coordination doit être rattaché à une équipe." }
        return nil
    }

    /// bcrypt with cost 12 (about a quarter of a second here); tests may lower it.
    public static func hash(_ password: String, cost: UInt8 = 12) -> String { Bcrypt.hash(password, cost: cost) }
}

/// Creating an account, for the admin's web form and `sipadvisor user add` alike: the rules, then the hash, then the
/// store (which refuses an address already used and an unknown team).
public struct AccountCreation: Sendable {
    public let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// The French reason an account is refused (`AccountRules.problem`).
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    @discardableResult
    public func create(email: String, name: String, password: String, role: UserRecord.Role, teamID: Int64?) throws -> UserRecord {
        if let problem = AccountRules.problem(email: email, name: name, password: password, role: role, team: teamID) {
            throw Refusal(description: problem)
        }
        return try database.accounts.add(email: email, displayName: name, passwordHash: AccountRules.hash(password), role: role,
                                         teamID: teamID)
    }
}
