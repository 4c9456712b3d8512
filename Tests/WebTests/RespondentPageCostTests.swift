import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Mustache
import Store
import Testing
import TestSupport
@testable import Web

/// Counts the transactions the store's SQLite connections begin, read and write apart, through GRDB's statement
/// trace installed on the writer and on every reader connection of the pool. GRDB wraps every `read` and `write`
/// in a transaction, so one `BEGIN` is one database round of the store.
final class TransactionCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts = (reads: 0, writes: 0)

    var reads: Int { lock.withLock { counts.reads } }
    var writes: Int { lock.withLock { counts.writes } }

    func reset() { lock.withLock { counts = (0, 0) } }

    init(_ store: AppDatabase) throws {
        let pool = try #require(store.writer.sqlite as? DatabasePool)
        try pool.writeWithoutTransaction { db in db.trace { [self] in record($0, write: true) } }
        // Readers are opened lazily: holding as many reads open at once as the pool allows opens every one of them,
        // each on its own thread, and each gets the trace while it is held.
        let readers = pool.configuration.maximumReaderCount
        let entered = DispatchSemaphore(value: 0), leave = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        for _ in 0..<readers {
            Thread { [self] in
                try? pool.read { db in
                    db.trace { [self] in record($0, write: false) }
                    entered.signal()
                    leave.wait()
                }
                done.signal()
            }.start()
        }
        for _ in 0..<readers { entered.wait() }
        for _ in 0..<readers { leave.signal() }
        for _ in 0..<readers { done.wait() }
        reset()
    }

    private func record(_ event: Database.TraceEvent, write: Bool) {
        guard case .statement(let statement) = event, statement.sql.uppercased().hasPrefix("BEGIN") else { return }
        lock.withLock { if write { counts.writes += 1 } else { counts.reads += 1 } }
    }
}

/// Counts transactions through SQLite's trace (GRDB), so it runs on the SQLite pass only; the PostgreSQL pass runs
/// the same pages' behaviour tests.
@Suite("Coût de la page du répondant", .enabled(if: !TestStores.usesPostgres, "compte les transactions SQLite"))
struct RespondentPageCostTests {
    /// The counter itself: one store read is one read transaction, one write one write transaction.
    @Test func counterCountsOneTransactionPerStoreCall() throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let counter = try TransactionCounter(fixture.store)
        for _ in 0..<12 { _ = try fixture.store.answers.of(respondentID: 1) }
        try fixture.store.answers.save(campaignID: 1, .init(respondentAnswers: [(1, "visites-domicile", "true")]))
        #expect(counter.reads == 12)
        #expect(counter.writes == 1)
    }

    enum Visit: String, CaseIterable, Sendable { case anonymous, staleSessionCookie, loggedInDIM }

    /// Every page a respondent's link opens costs one read transaction (the respondent and their answers together),
    /// whoever opens it: the session cookie is not looked up on `/r/` paths.
    @Test(arguments: ["", "/page/1", "/page/2", "/merci"], Visit.allCases)
    func oneReadPerPageView(_ suffix: String, _ visit: Visit) async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let path = "/r/\(fixture.tokens["IDE 1"]!)\(suffix)"
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            switch visit {
            case .anonymous: break
            case .staleSessionCookie: visitor.cookies["sipadvisor_session"] = "session-expiree-depuis-longtemps"
            case .loggedInDIM: try await visitor.login("dim@example.org")
            }
            let counter = try TransactionCounter(fixture.store)
            let response = try await visitor.get(path)
            #expect(response.status == (suffix.isEmpty ? .seeOther : .ok), "\(path)")
            #expect(counter.reads == 1, "\(path), \(visit): \(counter.reads) read transactions")
            #expect(counter.writes == 0)
        }
    }

    /// Saving a page: one read (respondent and stored answers) and one write, refused pages included.
    @Test(arguments: [("2", 1), ("beaucoup", 0)])
    func onePostReadsOnceAndWritesOnce(_ sites: String, _ writes: Int) async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let path = "/r/\(fixture.tokens["IDE 1"]!)/page/1"
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            let csrf = Visitor.csrf(in: try await visitor.get(path).text) ?? ""
            let counter = try TransactionCounter(fixture.store)
            let response = try await visitor.post(path, [("_csrf", csrf), ("visites-domicile", "true"), ("sites-exercice", sites)])
            #expect(response.status == (writes == 1 ? .seeOther : .unprocessableContent))
            #expect(counter.reads == 1, "\(counter.reads) read transactions")
            #expect(counter.writes == writes)
        }
    }

    /// Skipping the session lookup on respondents' links does not log anybody out elsewhere.
    @Test func staffPagesStillSeeTheSession() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            _ = try await visitor.get("/r/\(fixture.tokens["IDE 1"]!)/page/1")
            let home = try await visitor.get("/")
            #expect(home.status == .ok)
            #expect(home.text.contains("dim@example.org"))
        }
    }
}

/// The pages' own HTML escaping (`PageHTML`, byte by byte) against swift-mustache's.
@Suite("Échappement HTML des pages")
struct PageEscapingTests {
    /// Answers every name with the same hostile text, so each template prints and escapes it wherever it can.
    struct EveryName: MustacheParent {
        func child(named name: String) -> Any? { "a<b>c&d\"e'f « é »" }
    }

    /// Same bytes as swift-mustache's HTML escaping on every page template: the pragma line leaves nothing behind.
    @Test(arguments: PageTemplates.all.keys.sorted())
    func sameBytesAsMustacheHTML(_ name: String) throws {
        // Every template, so that partials (`{{> choix-critere}}`) resolve as in `Page.library`.
        var plain = MustacheLibrary()
        for (other, text) in PageTemplates.all { try plain.register(text, named: other) }
        let expected = try #require(plain.render(EveryName(), withTemplate: name))
        #expect(expected.contains("a&lt;b&gt;c&amp;d&quot;e&#39;f"))
        #expect(Page.library.render(EveryName(), withTemplate: name) == expected)
    }

    /// A quote followed by a combining accent is one `Character`: swift-mustache's escaping let it through, and an
    /// answer typed that way closed the field's `value="…"` attribute on the page shown back.
    @Test func quoteWithCombiningMarkStaysInsideTheAttribute() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let path = "/r/\(fixture.tokens["IDE 1"]!)/page/1"
        try await fixture.application.test(.router) { client in
            let typed = "2\"\u{301} autofocus x=\""
            let response = try await Visitor(client).submit(path, from: path, [("visites-domicile", "true"), ("sites-exercice", typed)])
            let escaped = "value=\"2&quot;\u{301} autofocus x=&quot;\"", unescaped = "2\"\u{301} autofocus"
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains(escaped))
            #expect(!response.text.contains(unescaped))
        }
    }
}
