import Foundation
import Store
import TestSupport
import Testing
@testable import Store

/// The PostgreSQL engine's own pieces (pure), and the behaviours both engines must share, run on each engine this
/// pass has: SQLite always, PostgreSQL when `scripts/test` started one (`SIPADVISOR_TEST_POSTGRES`).
@Suite("Stockage PostgreSQL")
struct PostgreSQLStoreTests {
    enum Engine: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgres
        var testDescription: String { rawValue }
        static var available: [Engine] { TestStores.postgresURL == nil ? [.sqlite] : allCases }

        func store(clock: @escaping @Sendable () -> Date = { Date() }) throws -> AppDatabase {
            self == .postgres ? try TestStores.postgres(clock: clock) : try AppDatabase.inMemory(clock: clock)
        }
    }

    @Test(arguments: [
        ("SELECT ? , ?", "SELECT $1 , $2"),
        ("WHERE a = ?2 OR ?2 IS NULL AND b = ?1", "WHERE a = $2 OR $2 IS NULL AND b = $1"),
        ("SELECT '?' , \"a?\" , ? -- why?\n, ?", "SELECT '?' , \"a?\" , $1 -- why?\n, $2"),
        ("SELECT 1", "SELECT 1"),
    ])
    func placeholdersAreNumberedOutsideQuotesAndComments(sql: String, expected: String) {
        #expect(PostgresSQL.numbered(sql) == expected)
    }

    @Test func scriptsSplitAtTopLevelSemicolonsOnly() {
        let script = """
            CREATE TABLE a (x TEXT DEFAULT ';'); -- a comment; with a semicolon
            CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
            DO $tag$ BEGIN EXECUTE 'SELECT 1; SELECT 2'; END $tag$;
            SELECT "odd;name" FROM a
            """
        let statements = PostgresSQL.statements(script)
        #expect(statements.count == 4, "\(statements)")
        #expect(statements[1].hasSuffix("END $$"))
        #expect(statements[2].hasPrefix("DO $tag$") && statements[2].hasSuffix("END $tag$"))
    }

    @Test func aURLIsReadAndItsPasswordNeverShown() throws {
        let location = try PostgresLocation(url: "postgres://fede:s%40cret@db.example:5433/sip_bretagne?sslmode=require&schema=t_1&pool=3")
        #expect(location.host == "db.example" && location.port == 5433 && location.user == "fede")
        #expect(location.password == "s@cret" && location.database == "sip_bretagne" && location.requiresTLS)
        #expect(location.schema == "t_1" && location.keptConnections == 3)
        #expect(!location.description.contains("cret"))
        #expect(AppDatabase.displayName("postgres://fede:s%40cret@db.example/sip") == "postgres://fede@db.example:5432/sip")
        #expect(AppDatabase.displayName("fede.sqlite") == "fede.sqlite")
    }

    @Test(arguments: [
        "postgres://db.example/sip", "postgres://fede@db.example/", "postgres://fede@db.example/sip?schema=a;drop",
        "postgres://fede@db.example/sip?pool=0",
    ])
    func aBadURLIsRefusedInFrench(url: String) {
        #expect(throws: StoreError.self) { try PostgresLocation(url: url) }
    }

    /// Instants keep their milliseconds, booleans and NULLs read back as written, text keeps its accents, and a
    /// NULL sorts first on both engines.
    @Test(arguments: Engine.available)
    func valuesReadBackAsWritten(engine: Engine) throws {
        let instant = Date(timeIntervalSince1970: 1_790_000_000.123)
        let store = try engine.store(clock: { instant })
        let team = try store.teams.add(name: "MSP « Les Églantiers » (fictive)", fictional: true)
        let (campaign, people) = try store.campaigns.create(teamID: team.id, name: "Besoins", questionnaireVersion: "1",
                                                            respondents: [("IDE 1", "infirmier"), ("MG 1", "medecin-generaliste")])
        try store.campaigns.revoke(respondentID: people[1].id)
        let read = try #require(try store.teams.find(id: team.id))
        #expect(read.name == "MSP « Les Églantiers » (fictive)" && read.fictional)
        #expect(abs(read.createdAt.timeIntervalSince(instant)) < 0.001)
        let respondents = try store.campaigns.respondents(campaignID: campaign.id)
        #expect(respondents.map(\.revoked) == [false, true] && respondents.allSatisfy { $0.completedAt == nil })
        #expect(try store.campaigns.respondentPage(token: people[1].token) == nil)
    }

    /// Two servers on one database: each demotes the other admin at the same moment; the write lock serialises the
    /// two check-then-writes, so exactly one succeeds and an admin is left.
    @Test func twoServersCannotBothRemoveTheLastAdmin() async throws {
        guard TestStores.postgresURL != nil else { return }
        let first = try TestStores.postgres()
        let second = try AppDatabase.open(try #require(first.writer.postgres).location.urlForTests)
        let hash = String(repeating: "x", count: 60)
        let a = try first.accounts.add(email: "a@example.org", displayName: "A", passwordHash: hash, role: .admin, teamID: nil)
        let b = try first.accounts.add(email: "b@example.org", displayName: "B", passwordHash: hash, role: .admin, teamID: nil)
        async let one: Bool = onThread { (try? first.accounts.setRole(.dim, teamID: nil, userID: b.id)) != nil }
        async let other: Bool = onThread { (try? second.accounts.setRole(.dim, teamID: nil, userID: a.id)) != nil }
        let outcomes = await [one, other]
        #expect(outcomes.filter { $0 }.count == 1)
        #expect(try first.accounts.all().filter { $0.role == .admin }.count == 1)
    }

    private func onThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in Thread { continuation.resume(returning: work()) }.start() }
    }
}
