import HummingbirdBcrypt
import Store
import Survey

/// Account rules shared by the web forms and `sipadvisor user …`.
public enum AccountRules {
    public static let minimumPasswordLength = 12
    /// bcrypt reads at most 72 bytes and silently ignores the rest, so two long passwords sharing their first 72
    /// bytes would both open the account. Longer passwords are refused rather than pre-hashed: a pre-hash would need
    /// a second hash format beside the accounts already stored, and 72 bytes (72 unaccented letters, 36 accented ones)
    /// leave a passphrase all the room it needs. Counted in UTF-8 bytes, as bcrypt reads them.
    public static let maximumPasswordBytes = 72
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
        if let problem = passwordProblem(password) { return problem }
        if role == .coordinator && team == nil { return "Un compte de coordination doit être rattaché à une équipe." }
        return nil
    }

    /// The French reason a new password is refused, `nil` when it is accepted: account creation, change and reset.
    public static func passwordProblem(_ password: String) -> String? {
        if password.count < minimumPasswordLength { return "Mot de passe\u{00A0}: \(minimumPasswordLength) caractères au moins." }
        if password.utf8.count > maximumPasswordBytes {
            return "Mot de passe\u{00A0}: \(maximumPasswordBytes) octets au plus (une lettre accentuée en compte 2), "
                + "celui-ci en fait \(password.utf8.count)."
        }
        return nil
    }

    /// Whether a password opens a stored hash.
    public static func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }

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
