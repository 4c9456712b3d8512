import Foundation
import GRDB
import Survey

/// The federation's teams (MSP).
public struct Teams: Sendable {
    let writer: StoreWriter
    let clock: @Sendable () -> Date

    /// The one federation of an embedded install.
    static let defaultFederation = "Fédération"

    /// Adds a team; the name is cleaned (`TypedText.cleaned`) and checked by `TeamRecord.nameProblem` first, so the
    /// web form and `sipadvisor team add` apply the same rule.
    @discardableResult
    public func add(name: String, fictional: Bool = false) throws -> TeamRecord {
        let name = TypedText.cleaned(name)
        if let problem = TeamRecord.nameProblem(name) { throw StoreError.invalid(problem) }
        return try writer.write { db in
            let federation = try federationID(db)
            if try TeamRecord.fetchCount(db, where: "federationId = ? AND name = ?", arguments: [federation, name]) > 0 {
                throw StoreError.duplicateTeam(name)
            }
            return try db.insertReturning(TeamRecord.self, into: "team", [
                "federationId": federation, "name": name, "fictional": fictional, "createdAt": clock(),
            ])
        }
    }

    public func all() throws -> [TeamRecord] {
        try writer.read { db in try TeamRecord.fetchAll(db, order: "name") }
    }

    public func find(id: Int64) throws -> TeamRecord? {
        try writer.read { db in try TeamRecord.fetchOne(db, key: id) }
    }

    public func find(named name: String) throws -> TeamRecord? {
        try writer.read { db in try TeamRecord.fetchOne(db, where: "name = ?", arguments: [name]) }
    }

    /// A team given as typed on the command line: its number, else its name.
    public func find(nameOrID: String) throws -> TeamRecord? {
        if let id = Int64(nameOrID), let team = try find(id: id) { return team }
        return try find(named: nameOrID)
    }

    private func federationID(_ db: StoreDB) throws -> Int64 {
        if let existing = try FederationRecord.fetchOne(db, where: "name = ?", arguments: [Self.defaultFederation]) { return existing.id }
        return try db.insertReturning(FederationRecord.self, into: "federation",
                                      ["name": Self.defaultFederation, "createdAt": clock()]).id
    }
}
