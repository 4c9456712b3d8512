import Application
import Catalog
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Store
import Survey
import TestSupport
import Testing
import Web

/// A federation with two fictional teams, one campaign each, and one account per role.
struct WebFixture {
    static let password = "mot-de-passe-de-test"
    /// The login throttle's time: fixed, so that a delay does not elapse between two requests on a slow machine.
    static let now = Date(timeIntervalSince1970: 2_000_000_000)
    let directory: URL
    let store: AppDatabase
    let app: WebApp
    let tokens: [String: String]
    let otherTeamCampaign: Int64

    init(teamName: String = "MSP des Hirondelles (fictive)", respondentLabel: String = "IDE 1", secureCookies: Bool = false,
         settings: FederationSettings = FederationSettings(), office: OfficeConversion = OfficeConversion()) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sipadvisor-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try TestStores.make(sqliteFile: directory.appendingPathComponent("web.sqlite").path)
        let team = try store.teams.add(name: teamName, fictional: true)
        let other = try store.teams.add(name: "MSP des Saules (fictive)", fictional: true)
        let (_, respondents) = try store.campaigns.create(teamID: team.id, name: "Besoins", questionnaireVersion: "1", respondents: [
            (respondentLabel, "infirmier"), ("MG 1", "medecin-generaliste"), ("PH 1", "pharmacien"),
        ])
        let (otherCampaign, _) = try store.campaigns.create(teamID: other.id, name: "Besoins", questionnaireVersion: "1",
                                                          respondents: [("IDE 9", "infirmier")])
        otherTeamCampaign = otherCampaign.id
        tokens = Dictionary(respondents.map { ($0.label, $0.token) }, uniquingKeysWith: { a, _ in a })
        // Low bcrypt cost keeps the tests fast; production accounts use cost 12.
        let hash = AccountRules.hash(Self.password, cost: 4)
        for (email, role, teamID) in [("admin@example.org", UserRecord.Role.admin, nil), ("dim@example.org", .dim, nil),
                                      ("animation@example.org", .facilitator, nil), ("coord@example.org", .coordinator, team.id)] {
            try store.accounts.add(email: email, displayName: email, passwordHash: hash, role: role, teamID: teamID)
        }
        app = try WebApp(store: store, catalogDirectory: Checkout.catalog,
                         templatesDirectory: Checkout.root.appendingPathComponent("templates"), secureCookies: secureCookies,
                         settings: settings, passwordCost: 4, clock: { WebFixture.now }, office: office)
    }

    /// Removes the folder and closes the store's PostgreSQL connections: the web app keeps a reference to the store
    /// past the test, and a test server has a bounded number of connection slots.
    func remove() {
        store.closeConnections()
        try? FileManager.default.removeItem(at: directory)
    }

    var application: some ApplicationProtocol { Application(router: app.router()) }
}

/// A browser-like visitor: keeps cookies between requests and reads CSRF tokens out of forms.
final class Visitor: @unchecked Sendable {
    var cookies: [String: String] = [:]
    let client: any TestClientProtocol
    /// The `Host` header sent (`HostAsAuthority` makes it the request's authority, as HTTP/1 does); none by default.
    let host: String?

    init(_ client: any TestClientProtocol, host: String? = nil) { self.client = client; self.host = host }

    @discardableResult
    func get(_ path: String) async throws -> TestResponse {
        try await send(path, method: .get, body: nil)
    }

    @discardableResult
    func post(_ path: String, _ fields: [(String, String)]) async throws -> TestResponse {
        let body = fields.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        return try await send(path, method: .post, body: body)
    }

    /// Posts a form with the CSRF token the page at `formPage` gives.
    @discardableResult
    func submit(_ path: String, from formPage: String, _ fields: [(String, String)]) async throws -> TestResponse {
        let page = try await get(formPage)
        let token = Self.csrf(in: String(buffer: page.body)) ?? ""
        return try await post(path, [("_csrf", token)] + fields)
    }

    func login(_ email: String) async throws {
        let response = try await submit("/connexion", from: "/connexion", [("email", email), ("motdepasse", WebFixture.password), ("suite", "/")])
        #expect(response.status == .seeOther, "login \(email)")
    }

    /// Posts a `multipart/form-data` form as a browser sends a file field: text fields, then the file's bytes.
    @discardableResult
    func upload(_ path: String, _ fields: [(String, String)], file: (field: String, name: String, data: Data)) async throws -> TestResponse {
        let boundary = "----SIPAdvisorTest7MA4YWxkTrZu0gW"
        var body = Data()
        for (name, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n".utf8)
        body += Data("Content-Type: application/octet-stream\r\n\r\n".utf8) + file.data + Data("\r\n--\(boundary)--\r\n".utf8)
        return try await send(path, method: .post, body: ByteBuffer(bytes: body), contentType: "multipart/form-data; boundary=\(boundary)")
    }

    private func send(_ path: String, method: HTTPRequest.Method, body: String?) async throws -> TestResponse {
        try await send(path, method: method, body: body.map { ByteBuffer(string: $0) },
                       contentType: body == nil ? nil : "application/x-www-form-urlencoded")
    }

    private func send(_ path: String, method: HTTPRequest.Method, body: ByteBuffer?, contentType: String?) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if let contentType { headers[.contentType] = contentType }
        if let host { headers[FederationDispatcher.hostField] = host }
        let response = try await client.executeRequest(uri: path, method: method, headers: headers, body: body)
        for field in response.headers[values: .setCookie] {
            let pair = field.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            if pair.count == 2 { cookies[String(pair[0])] = String(pair[1]) }
            if pair.count == 2 && pair[1].isEmpty { cookies[String(pair[0])] = nil }
        }
        return response
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    private func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String { headers[.location] ?? "" }
}

/// Runs blocking work (a child process, a raw socket) on a thread of its own: on the cooperative pool (two threads
/// on two cores) it would starve the server under test in the same process.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread { continuation.resume(returning: work()) }.start()
    }
}

extension WebFixture {
    /// A fresh federation and a browser-like visitor on it (router mode), optionally logged in; removed afterwards.
    static func visit(loggedInAs email: String? = nil, office: OfficeConversion = OfficeConversion(),
                      _ body: @escaping @Sendable (WebFixture, Visitor) async throws -> Void) async throws {
        let fixture = try WebFixture(office: office)
        defer { fixture.remove() }
        try await fixture.application.test(.router) { client in
            let visitor = Visitor(client)
            if let email { try await visitor.login(email) }
            try await body(fixture, visitor)
        }
    }
}
