import Catalog
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Store
import Testing
import TestSupport
@testable import Web

/// Router-mode tests build every request with the authority "localhost"; a real HTTP/1 server makes the first `Host`
/// header the authority. This does the same with the `Host` a `Visitor` sends, so the dispatcher sees what it would.
struct HostAsAuthority<Wrapped: HTTPResponder>: HTTPResponder where Wrapped.Context == WebRequestContext {
    typealias Context = WebRequestContext
    let wrapped: Wrapped

    func respond(to request: Request, context: Context) async throws -> Response {
        var head = request.head
        if let host = head.headerFields[FederationDispatcher.hostField] {
            head.authority = host
            head.headerFields[FederationDispatcher.hostField] = nil
        }
        return try await wrapped.respond(to: Request(head: head, body: request.body), context: context)
    }
}

/// Two federations served by one process: each fixture has its own store (two in-memory SQLite files, or two
/// PostgreSQL schemas on the PostgreSQL pass), the same ids for its first team and campaign, and its own names.
struct TwoFederations {
    let north: WebFixture
    let south: WebFixture

    init() throws {
        north = try WebFixture(teamName: "MSP du Nord (fictive)", respondentLabel: "IDE Nord")
        south = try WebFixture(teamName: "MSP du Sud (fictive)", respondentLabel: "IDE Sud")
    }

    var dispatcher: FederationDispatcher {
        FederationDispatcher([(["nord.example", "sip.nord.example"], north.app), (["sud.example"], south.app)])
    }

    /// Visitors of each federation (as a browser keeps cookies per host), and one with a host of the caller's choice.
    static func visit(_ body: @escaping @Sendable (TwoFederations, _ north: Visitor, _ south: Visitor,
                                                    _ host: @escaping @Sendable (String) -> Visitor) async throws -> Void) async throws {
        let federations = try TwoFederations()
        defer { federations.north.remove(); federations.south.remove() }
        try await Application(responder: HostAsAuthority(wrapped: federations.dispatcher)).test(.router) { client in
            try await body(federations, Visitor(client, host: "nord.example"), Visitor(client, host: "sud.example"),
                          { Visitor(client, host: $0) })
        }
    }
}

@Suite("Plusieurs fédérations dans un processus : aiguillage par nom d'hôte, isolement")
struct FederationDispatchTests {
    @Test(arguments: ["nord.example", "NORD.Example", "nord.example:8080", "sip.nord.example", "Nord.Example.:443"])
    func theHostNamePicksTheFederationWhateverItsCaseAndPort(host: String) async throws {
        try await TwoFederations.visit { _, _, _, visitor in
            let page = try await visitor(host).get("/connexion")
            #expect(page.status == .ok)
            #expect(page.text.contains("Connexion"))
        }
    }

    @Test(arguments: ["inconnu.example", "nord.example.evil", "", "nord.example:abc"])
    func anUnknownHostGetsAFrench404AndNothingElse(host: String) async throws {
        try await TwoFederations.visit { _, _, _, visitor in
            for path in ["/", "/connexion", "/r/abc"] {
                let response = try await visitor(host).get(path)
                #expect(response.status == .notFound)
                #expect(response.text.contains("Page introuvable"))
                #expect(!response.text.contains("Connexion"))
                #expect(response.headers[values: .setCookie].isEmpty)
                #expect(response.headers[.contentSecurityPolicy] != nil)
            }
        }
    }

    @Test func aSessionCookieOfOneFederationDoesNotLogInOnAnother() async throws {
        try await TwoFederations.visit { _, north, _, visitor in
            try await north.login("dim@example.org")
            let home = try await north.get("/")
            #expect(home.status == .ok)
            let south = visitor("sud.example")
            south.cookies = north.cookies
            let elsewhere = try await south.get("/")
            #expect(elsewhere.status == .seeOther)
            #expect(elsewhere.location == "/connexion")
            let campaign = try await south.get("/campagnes/1")
            #expect(campaign.location.hasPrefix("/connexion"))
        }
    }

    @Test func aRespondentLinkOfOneFederationIsUnknownOnAnother() async throws {
        try await TwoFederations.visit { federations, north, south, _ in
            let token = try #require(federations.north.tokens["IDE Nord"])
            let own = try await north.get("/r/\(token)")
            #expect(own.status == .seeOther)
            let elsewhere = try await south.get("/r/\(token)")
            #expect(elsewhere.status == .notFound)
            #expect(!elsewhere.text.contains("MSP du Nord"))
        }
    }

    /// The same path and the same campaign id on both: each federation's DIM gets their own data, never the other's.
    @Test(arguments: [("/campagnes/1", "MSP du "), ("/campagnes/1/liens", "IDE "), ("/campagnes/1/liens.csv", "IDE ")])
    func aDownloadOfTheSameIdGivesEachFederationItsOwnData(path: String, prefix: String) async throws {
        try await TwoFederations.visit { _, north, south, _ in
            try await north.login("dim@example.org")
            try await south.login("dim@example.org")
            let northern = try await north.get(path), southern = try await south.get(path)
            #expect(northern.status == .ok && southern.status == .ok, "\(path)")
            #expect(northern.text.contains(prefix + "Nord") && !northern.text.contains(prefix + "Sud"))
            #expect(southern.text.contains(prefix + "Sud") && !southern.text.contains(prefix + "Nord"))
        }
    }

    @Test func theCSRFTokenOfOneFederationFailsOnAnother() async throws {
        try await TwoFederations.visit { federations, north, south, _ in
            try await north.login("dim@example.org")
            try await south.login("dim@example.org")
            let northPage = try await north.get("/equipes")
            let northToken = try #require(Visitor.csrf(in: northPage.text))
            let refused = try await south.post("/equipes", [("_csrf", northToken), ("nom", "Équipe glissée (fictive)")])
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Formulaire expiré"))
            #expect(try federations.south.store.teams.all().count == 2)
        }
    }
}

@Suite("Limitation des tentatives de connexion partagée par la base")
struct SharedLoginThrottleTests {
    /// Two servers of one federation (behind a load balancer) on the same database: failures counted by one hold on
    /// the other, so the pair allows one budget, not two.
    @Test func twoServersOnOneDatabaseShareOneBudget() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        let second = try WebApp(store: fixture.store, catalogDirectory: Checkout.catalog,
                                templatesDirectory: Checkout.root.appendingPathComponent("templates"),
                                passwordCost: 4, clock: { WebFixture.now })
        try await fixture.application.test(.router) { firstClient in
            try await Application(router: second.router()).test(.router) { secondClient in
                let first = Visitor(firstClient), other = Visitor(secondClient)
                for _ in 0..<LoginThrottle.perAccount.freeFailures {
                    let failed = try await first.submit("/connexion", from: "/connexion", [("email", "dim@example.org"), ("motdepasse", "faux")])
                    #expect(failed.status == .unauthorized)
                }
                let blocked = try await other.submit("/connexion", from: "/connexion",
                                                     [("email", "Dim@Example.org"), ("motdepasse", WebFixture.password)])
                #expect(blocked.status == .tooManyRequests)
                #expect(blocked.text.contains("Trop de tentatives"))
            }
        }
    }

    /// The counts are rows of `loginFailure`: a restarted server (a new throttle on the same store) still knows them,
    /// and a quarter of an hour later they are gone from the table.
    @Test func countsOutliveTheThrottleAndAreForgottenAfterAQuarterOfAnHour() throws {
        let store = try TestStores.make()
        let now = Date(timeIntervalSince1970: 3_000_000)
        for _ in 0..<6 { try LoginThrottle(store: store).recordFailure(account: "dim@example.org", client: "203.0.113.4", now: now) }
        #expect(try LoginThrottle(store: store).wait(account: "dim@example.org", client: "198.51.100.1", now: now) > 0)
        let later = now + LoginThrottle.forgetAfter
        #expect(try LoginThrottle(store: store).wait(account: "dim@example.org", client: "198.51.100.1", now: later) == 0)
        try LoginThrottle(store: store).recordFailure(account: "autre@example.org", client: "192.0.2.9", now: later)
        let remembered = try store.loginFailures.read(account: "dim@example.org", client: "203.0.113.4", since: .distantPast)
        #expect(remembered == LoginFailures.Attempt(account: nil, client: nil))
    }
}
