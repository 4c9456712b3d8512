import Foundation
import GRDB
import Store
import TestSupport
import Testing

@Suite("Liens de réinitialisation et comptes désactivés (stockage)")
struct PasswordResetStoreTests {
    @Test func aResetLinkIsStoredAsItsSHA256Only() throws {
        let database = try TestStores.make()
        let user = try database.accounts.add(email: "dim@exemple.fr", displayName: "DIM", passwordHash: String(repeating: "x", count: 60),
                                             role: .dim, teamID: nil)
        let token = try database.passwordResets.issue(userID: user.id, lifetime: 3600)
        let stored = try database.writer.read { db in try String.fetchAll(db, sql: "SELECT tokenHash FROM passwordReset") }
        #expect(stored.count == 1)
        #expect(stored.first?.count == 64 && stored.first?.contains(token) == false)
        #expect(try database.passwordResets.account(token: token)?.id == user.id)
        #expect(try database.passwordResets.account(token: stored[0]) == nil)
    }

    @Test func aDisabledAccountsSessionIsNotFound() throws {
        let database = try TestStores.make()
        let admin = try database.accounts.add(email: "a@exemple.fr", displayName: "A", passwordHash: String(repeating: "x", count: 60),
                                              role: .admin, teamID: nil)
        let user = try database.accounts.add(email: "dim@exemple.fr", displayName: "DIM", passwordHash: String(repeating: "x", count: 60),
                                             role: .dim, teamID: nil)
        let session = try database.webSessions.open(userID: user.id, lifetime: 3600)
        try database.accounts.setDisabled(true, userID: user.id)
        #expect(try database.webSessions.find(token: session.token) == nil)
        #expect(throws: StoreError.lastAdmin) { try database.accounts.setDisabled(true, userID: admin.id) }
    }
}
