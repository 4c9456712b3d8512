import Foundation
import Store

/// Changing passwords and administering accounts, for the web pages and `sipadvisor user …` alike. New passwords
/// follow `AccountRules.passwordProblem`; the store ends the sessions each change must end.
public struct AccountAdministration: Sendable {
    public let database: AppDatabase
    /// bcrypt cost of new hashes (tests lower it).
    let cost: UInt8
    /// How long a reset link works.
    public static let resetLinkLifetime: TimeInterval = 24 * 3600

    public init(database: AppDatabase, cost: UInt8 = 12) { (self.database, self.cost) = (database, cost) }

    /// Why a change is refused, naming the form field it is about (`field`, the web form's name).
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public let field: String
        public let description: String

        public init(field: String, description: String) { (self.field, self.description) = (field, description) }
    }

    /// The signed-in user's own change: the current password, then the new one twice. The session in use stays open;
    /// the account's other sessions end.
    public func changeOwnPassword(user: UserRecord, current: String, new: String, confirmation: String,
                                  keepingSession session: String?) throws {
        guard AccountRules.verify(current, hash: user.passwordHash) else {
            throw Refusal(field: "actuel", description: "Mot de passe actuel incorrect.")
        }
        let hash = try checkedHash(new, confirmation: confirmation)
        try database.accounts.setPassword(userID: user.id, passwordHash: hash, keepingSession: session)
    }

    /// The admin on the server sets a password (`sipadvisor user password`): every session of the account ends.
    public func setPassword(email: String, password: String) throws {
        let user = try account(email: email)
        try database.accounts.setPassword(userID: user.id, passwordHash: try checkedHash(password, confirmation: password))
    }

    /// Sets a password through a one-time link; the link is then used up and nobody is signed in.
    public func resetPassword(token: String, new: String, confirmation: String) throws {
        let hash = try checkedHash(new, confirmation: confirmation)
        guard try database.passwordResets.redeem(token: token, passwordHash: hash) != nil else { throw Self.deadLink }
    }

    public static let deadLink = Refusal(field: "lien",
                                         description: "Ce lien de réinitialisation n'est plus valable (déjà utilisé, expiré ou compte désactivé). Demandez-en un nouveau à l'administration.")

    /// The address of a reset link, under the application's public address.
    public static func resetLink(base: String, token: String) -> String { "\(base)/reinitialisation/\(token)" }

    /// A new one-time link's token for an active account (recorded in the audit log, without the token).
    public func issueResetLink(userID: Int64, by actor: AuditActor) throws -> String {
        guard let user = try database.accounts.find(id: userID), user.disabledAt == nil else {
            throw Refusal(field: "compte", description: "Ce compte est désactivé\u{00A0}: réactivez-le avant de lui donner un lien.")
        }
        let token = try database.passwordResets.issue(userID: user.id, lifetime: Self.resetLinkLifetime)
        try database.auditLog.record(.resetLinkIssued, by: actor, target: user.email)
        return token
    }

    public func setDisabled(_ disabled: Bool, userID: Int64, by actor: AuditActor) throws {
        try refusingStoreRules(field: "compte") { try database.accounts.setDisabled(disabled, userID: userID) }
        try database.auditLog.record(disabled ? .accountDisabled : .accountEnabled, by: actor, target: try email(userID))
    }

    /// The coordinator's team rule is `AccountCreation`'s (`AccountRules.problem`); the store keeps one active admin.
    public func changeRole(userID: Int64, role: UserRecord.Role, teamID: Int64?, by actor: AuditActor) throws {
        if role == .coordinator && teamID == nil {
            throw Refusal(field: "equipe", description: "Un compte de coordination doit être rattaché à une équipe.")
        }
        let before = try database.accounts.find(id: userID)?.role
        try refusingStoreRules(field: "role") { try database.accounts.setRole(role, teamID: teamID, userID: userID) }
        let team = role == .coordinator ? teamID.map { ", équipe n°\u{A0}\($0)" } ?? "" : ""
        try database.auditLog.record(.roleChange, by: actor, target: try email(userID),
                                     detail: "\(before?.rawValue ?? "?") → \(role.rawValue)\(team)")
    }

    /// Signing in, successful or refused (the web's login form): `typed` is the address as normalised for lookup.
    public func recordSignIn(succeeded: Bool, account: UserRecord?, typed: String, client: String) throws {
        let actor = succeeded ? account.map(AuditActor.account) ?? AuditActor(id: nil, name: typed) : AuditActor(id: account?.id, name: typed)
        try database.auditLog.record(succeeded ? .loginSuccess : .loginFailure, by: actor, target: typed, detail: "client \(client)")
    }

    private func email(_ userID: Int64) throws -> String { try database.accounts.find(id: userID)?.email ?? "compte n°\u{00A0}\(userID)" }

    /// The account of an address, or a refusal naming it.
    public func account(email: String) throws -> UserRecord {
        guard let user = try database.accounts.find(email: email) else {
            throw Refusal(field: "email", description: StoreError.unknownUser(email).description.capitalizedFirst + ".")
        }
        return user
    }

    private func checkedHash(_ password: String, confirmation: String) throws -> String {
        if let problem = AccountRules.passwordProblem(password) { throw Refusal(field: "nouveau", description: problem) }
        guard password == confirmation else {
            throw Refusal(field: "confirmation", description: "Les deux nouveaux mots de passe sont différents.")
        }
        return AccountRules.hash(password, cost: cost)
    }

    private func refusingStoreRules(field: String, _ change: () throws -> Void) throws {
        do { try change() } catch let error as StoreError {
            throw Refusal(field: field, description: error.description.capitalizedFirst + ".")
        }
    }
}

extension String {
    /// A store message ("équipe inconnue…") as the start of a sentence.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
