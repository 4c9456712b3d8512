import Deployment
import Foundation
import Glibc
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Store
import Survey
import Testing
import TestSupport
@testable import Web
#if canImport(Glibc)
#endif

/// What browsers really send: checkbox groups as a repeated name, CRLF in text areas, accents as combining
/// characters, control characters from copy and paste. Each test posts the exact bytes.
@Suite("Ce que le navigateur envoie")
struct BrowserBytesTests {
    @Test func checkboxGroupsSentAsRepeatedNamesAreStored() async throws {
        try await WebFixture.visit { fixture, visitor in
            let token = fixture.tokens["IDE 1"]!
            let path = try await visitor.page(token: token, showing: "partage-quoi")
            let page = try await visitor.get(path)
            let ticked = ["antecedents", "traitements", "photos"].filter { page.text.contains("value=\"\($0)\"") }
            #expect(ticked.count == 3, "the page offers these options")
            let body = [("_csrf", Visitor.csrf(in: page.text) ?? "")] + ticked.map { ("partage-quoi", $0) }
                + Visitor.requiredAnswers(page.text, except: ["partage-quoi"])
            let response = try await visitor.post(path, body)
            #expect(response.status == .seeOther, "\(response.text.prefix(400))")
            #expect(try fixture.store.answers.of(respondentID: 1)["partage-quoi"] == ticked.joined(separator: "|"))
            // Shown again ticked.
            let again = try await visitor.get(path)
            for code in ticked { #expect(again.text.contains("value=\"\(code)\" checked")) }
        }
    }

    @Test func teamReferentsTickedOnTheWebMeetTheReadinessRule() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let response = try await visitor.submit("/campagnes/1/equipe", from: "/campagnes/1/equipe", [
                ("referents", "infirmier"), ("referents", "medecin-generaliste"), ("referents", "pharmacien"),
            ])
            #expect(response.status == .seeOther, "\(response.text.prefix(400))")
            let stored = try fixture.store.campaigns.snapshot(campaignID: 1).teamAnswers["referents"] ?? ""
            #expect(Set(stored.split(separator: "|")) == ["infirmier", "medecin-generaliste", "pharmacien"])
            let page = try await visitor.get("/campagnes/1/equipe")
            #expect(page.text.contains("value=\"pharmacien\" checked"))
            // Unticking every box clears the answer: the page and the store agree again.
            let cleared = try await visitor.submit("/campagnes/1/equipe", from: "/campagnes/1/equipe", [])
            #expect(cleared.status == .seeOther)
            #expect(try fixture.store.campaigns.snapshot(campaignID: 1).teamAnswers["referents"] == nil)
            #expect(!(try await visitor.get("/campagnes/1/equipe")).text.contains("value=\"pharmacien\" checked"))
        }
    }

    @Test func crlfTextAreasKeepTheirLinesInAUserGroupSession() async throws {
        try await WebFixture.visit(loggedInAs: "animation@example.org") { fixture, visitor in
            let created = try await visitor.submit("/groupes", from: "/groupes", [
                ("logiciel", "Logiciel A (fictif)"), ("date", "2026-12-15"), ("mode", "visio"), ("animation", "Camille"),
            ])
            #expect(created.status == .seeOther)
            let path = created.location
            let saved = try await visitor.submit(path, from: path, [
                ("equipes", "MSP des Hirondelles (fictive) ; infirmier\r\nMSP des Saules (fictive) ; pharmacien\r\n"),
                ("participants", ""), ("sujets", "## Agenda\r\n+ astuce\r\n- difficulté"),
                ("odj", "Tour de table\r\nAgenda partagé\r\nQuestions diverses"),
                ("decisions", "Décision une\r\nDécision deux"), ("actions", "Écrire à l'éditeur ; Camille ; 2027-01-10\r\nRelancer ; ; "),
                ("prochaine", ""),
            ])
            #expect(saved.status == .seeOther, "\(saved.text.prefix(600))")
            let session = try #require(try fixture.store.userGroups.all().first).session
            #expect(session.agenda == ["Tour de table", "Agenda partagé", "Questions diverses"])
            #expect(session.teams.map(\.name) == ["MSP des Hirondelles (fictive)", "MSP des Saules (fictive)"])
            #expect(session.decisions.count == 2)
            #expect(session.actions.count == 2)
            let minutes = try await visitor.get(path + "/compte-rendu.md")
            #expect(minutes.text.contains("Agenda partagé"))
            #expect(minutes.text.contains("MSP des Saules"))
        }
    }

    @Test(arguments: ["e\u{301}", "q\u{301}"])
    func teamNamesWithCombiningAccentsGetAFrenchMessageNotA500(letter: String) async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            // 150 letters: under 200 for Swift's count; "q́" has no precomposed form, so 300 code points for SQLite.
            let name = String(repeating: letter, count: 150)
            let response = try await visitor.submit("/equipes", from: "/equipes", [("nom", name)])
            if letter == "e\u{301}" {
                #expect(response.status == .seeOther, "NFC makes it 150 « é »: accepted")
                #expect(try fixture.store.teams.find(named: String(repeating: "é", count: 150)) != nil)
            } else {
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("200"))
            }
        }
    }

    @Test(arguments: ["texte\u{0}caché", "texte\u{7}sonore", "\u{1b}[31mrouge"])
    func controlCharactersAreRefusedAndNeverStored(text: String) async throws {
        try await WebFixture.visit { fixture, visitor in
            let token = fixture.tokens["IDE 1"]!
            let path = try await visitor.page(token: token, showing: "logiciel-metier")
            let response = try await visitor.submit(path, from: path, [("logiciel-metier", text)])
            // The page comes back with the text as it now reads and a message on the question: nothing typed is lost.
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("caractère invisible (caractère de contrôle) a été retiré"))
            let visible = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .control }))
            #expect(response.text.contains(visible))
            #expect(try fixture.store.answers.of(respondentID: 1).isEmpty)
        }
    }

    @Test func oversizedBodiesGet413InFrench() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let big = try await visitor.submit("/equipes", from: "/equipes", [("nom", String(repeating: "a", count: 3_000_000))])
            #expect(big.status == .contentTooLarge)
            #expect(big.text.contains("Formulaire trop volumineux"))
            let many = try await visitor.submit("/equipes", from: "/equipes", (0..<2_000).map { ("champ\($0)", "x") })
            #expect(many.status == .contentTooLarge)
            #expect(try fixture.store.teams.all().count == 2)
        }
    }
}

@Suite("Connexion : variantes d'adresse et redirection")
struct LoginVariantTests {
    /// Every variant of one address counts against the same account: five wrong guesses spread over variants put
    /// the account behind a delay, for the right password too.
    @Test func addressVariantsShareOneThrottle() async throws {
        try await WebFixture.visit { fixture, visitor in
            for variant in ["DIM@example.org", " dim@example.org ", "Dim@Example.ORG", "dim@example.org\t", "dim@EXAMPLE.org"] {
                let response = try await visitor.submit("/connexion", from: "/connexion", [("email", variant), ("motdepasse", "faux")])
                #expect(response.status == .unauthorized, "\(variant)")
            }
            let blocked = try await visitor.submit("/connexion", from: "/connexion",
                                                   [("email", "dim@example.org"), ("motdepasse", WebFixture.password)])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.headers[.retryAfter] == "1")
        }
    }

    @Test(arguments: ["dim@example.org\u{0}", "dim\u{0}@example.org", "dim@example.org\u{1}"])
    func addressesWithControlCharactersAreRefusedBeforeAnyPasswordCheck(address: String) async throws {
        try await WebFixture.visit { fixture, visitor in
            let response = try await visitor.submit("/connexion", from: "/connexion", [("email", address), ("motdepasse", WebFixture.password)])
            #expect(response.status == .badRequest)
            #expect(response.text.contains("Adresse e-mail"))
            #expect(response.headers[values: .setCookie].allSatisfy { !$0.hasPrefix("sipadvisor_session=") || $0.contains("sipadvisor_session=;") })
        }
    }

    @Test func aFloodCannotLockTheOwnerOutForMoreThanAMinute() throws {
        let throttle = LoginThrottle(store: try TestStores.make())
        let start = Date(timeIntervalSince1970: 1_000_000)
        for second in 0..<500 { try throttle.recordFailure(account: "dim@example.org", client: "203.0.113.\(second % 200)", now: start + Double(second)) }
        let now = start + 500
        #expect(try throttle.wait(account: "dim@example.org", client: "198.51.100.7", now: now) <= LoginThrottle.perAccount.ceiling)
        #expect(try throttle.wait(account: "dim@example.org", client: "198.51.100.7", now: now + 61) == 0)
        // One client guessing many accounts is slowed for itself.
        for index in 0..<30 { try throttle.recordFailure(account: "x\(index)@example.org", client: "192.0.2.1", now: now) }
        #expect(try throttle.wait(account: "autre@example.org", client: "192.0.2.1", now: now) > 60)
        #expect(try throttle.wait(account: "autre@example.org", client: "192.0.2.2", now: now) == 0)
    }

    /// Requests sent together get one check each only while the allowance lasts: the wait is read and the check
    /// counted in one step.
    @Test func parallelAttemptsCannotAllSlipIn() throws {
        let throttle = LoginThrottle(store: try TestStores.make())
        let now = Date(timeIntervalSince1970: 2_000_000)
        let admitted = try (0..<16).filter { _ in try throttle.reserve(account: "dim@example.org", client: "203.0.113.9", now: now) == 0 }
        #expect(admitted.count == LoginThrottle.perAccount.freeFailures)
        // The owner who then logs in gives back one reservation; the account's count is cleared.
        try throttle.recordSuccess(account: "dim@example.org", client: "203.0.113.9", now: now)
        #expect(try throttle.wait(account: "dim@example.org", client: "198.51.100.1", now: now) == 0)
    }

    @Test(arguments: [
        ("2001:db8:1:2:aaaa::1", nil, "2001:db8:1:2::/64"), ("2001:db8:1:2:bbbb:cccc:dddd:eeee", nil, "2001:db8:1:2::/64"),
        ("203.0.113.5", nil, "203.0.113.5"), ("127.0.0.1", "198.51.100.7", "198.51.100.7"),
        ("127.0.0.1", "6.6.6.6, 198.51.100.7", "198.51.100.7"), ("203.0.113.5", "198.51.100.7", "203.0.113.5"),
    ] as [(String, String?, String)])
    func clientKeysGroupIPv6AndBelieveOnlyTrustedProxies(socket: String, forwarded: String?, expected: String) {
        #expect(ClientAddress.key(socket: socket, forwardedFor: forwarded, trustedProxies: ["127.0.0.1"]) == expected)
    }

    @Test(arguments: [
        ("/campagnes/1", "/campagnes/1"), ("/", "/"), ("//evil.example", "/"), ("/\t/evil.example", "/"),
        ("/\\evil.example", "/"), ("/\\\\evil.example", "/"), ("https://evil.example", "/"), ("/ok path", "/"),
        ("/%09/evil.example", "/%09/evil.example"), ("/\u{0}", "/"), ("/é", "/"), ("", "/"),
    ])
    func redirectAfterLoginStaysOnThisSite(next: String, expected: String) {
        #expect(WebApp.safeNext(next) == expected)
    }
}

extension Visitor {
    /// The questionnaire page of `token` that shows the item `id`.
    func page(token: String, showing id: String) async throws -> String {
        for number in 1...40 {
            let path = "/r/\(token)/page/\(number)"
            let page = try await get(path)
            if page.status == .notFound { break }
            if page.text.contains("name=\"\(id)\"") { return path }
        }
        throw CancellationError()
    }

    /// Answers for the required questions of a page (the first option of each), leaving out `except`.
    static func requiredAnswers(_ html: String, except: Set<String>) -> [(String, String)] {
        var answers: [(String, String)] = []
        for block in html.components(separatedBy: "<div class=\"question").dropFirst() where block.contains("(obligatoire)") {
            guard let name = block.firstMatch(between: "name=\"", and: "\""), !except.contains(name) else { continue }
            answers.append((name, block.firstMatch(between: "value=\"", and: "\"") ?? "1"))
        }
        return answers
    }
}

extension String {
    func firstMatch(between start: String, and end: String) -> String? {
        guard let lower = range(of: start)?.upperBound, let upper = self[lower...].range(of: end)?.lowerBound else { return nil }
        return String(self[lower..<upper])
    }
}

@Suite("Clients lents", .serialized)
struct SlowClientTests {
    /// A client that starts a request and never finishes its headers is disconnected after the idle timeout.
    @Test func unfinishedHeadersAreDropped() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.app.application(host: "127.0.0.1", port: 0, idleTimeout: 1).test(.live) { client in
            let port = try #require(client.port)
            let closedAfter = await onOwnThread { try? RawConnection.secondsUntilClosed(port: port, sending: "GET / HTTP/1.1\r\nHost: x\r\n", wait: 10) }
            #expect(closedAfter ?? nil != nil, "the server kept the connection open for 10 s")
        }
    }

    /// Headers sent a byte at a time never complete a request: the idle timeout counts from the last complete part,
    /// not from the last byte, so such a client is dropped too.
    @Test func tricklingHeadersAreDropped() async throws {
        let fixture = try WebFixture()
        defer { fixture.remove() }
        try await fixture.app.application(host: "127.0.0.1", port: 0, idleTimeout: 1).test(.live) { client in
            let port = try #require(client.port)
            let closedAfter = await onOwnThread {
                try? RawConnection.secondsUntilClosed(port: port, trickling: "GET / HTTP/1.1\r\nHost: x\r\nX-Lent: " + String(repeating: "a", count: 200),
                                                      every: 0.2, wait: 10)
            }
            #expect(closedAfter ?? nil != nil, "a client sending a header byte every 0.2 s was kept for 10 s")
        }
    }
}

/// A bare TCP client, to send what no HTTP library would: a request that never ends.
enum RawConnection {
    /// Seconds until the server closes the connection while `text` is sent one byte every `every` seconds;
    /// `nil` when still open after `wait`.
    static func secondsUntilClosed(port: Int, trickling text: String, every: Double, wait: Int) throws -> Double? {
        let handle = try connected(port: port)
        defer { close(handle) }
        let start = Date()
        var buffer = [UInt8](repeating: 0, count: 64)
        for byte in Array(text.utf8) where Date().timeIntervalSince(start) < Double(wait) {
            var value = byte
            if send(handle, &value, 1, Int32(MSG_NOSIGNAL)) < 0 { return Date().timeIntervalSince(start) }
            let count = recv(handle, &buffer, buffer.count, Int32(MSG_DONTWAIT))
            if count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK) { return Date().timeIntervalSince(start) }
            usleep(UInt32(every * 1_000_000))
        }
        return nil
    }

    static func connected(port: Int) throws -> Int32 {
        let handle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard handle >= 0 else { throw CancellationError() }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(handle, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(handle); throw CancellationError() }
        return handle
    }

    /// Seconds until the server closes the connection after `text` was sent; `nil` when still open after `wait`.
    static func secondsUntilClosed(port: Int, sending text: String, wait: Int) throws -> Double? {
        let handle = try connected(port: port)
        defer { close(handle) }
        _ = text.withCString { send(handle, $0, strlen($0), 0) }
        var timeout = timeval(tv_sec: wait, tv_usec: 0)
        setsockopt(handle, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let start = Date()
        var buffer = [UInt8](repeating: 0, count: 1024)
        while Date().timeIntervalSince(start) < Double(wait) {
            let count = recv(handle, &buffer, buffer.count, 0)
            if count == 0 { return Date().timeIntervalSince(start) }
            if count < 0 { return errno == ECONNRESET ? Date().timeIntervalSince(start) : nil }
        }
        return nil
    }
}
