import Application
import Comparator
import Foundation
import HTTPTypes
import HummingbirdTesting
import Store
import TestSupport
import Testing
import Web

/// The « Statut du label » form of a product's catalog page: the DIM (and the admin) record a label status through
/// `EvidenceCatalog.recordLabel`, the call `sipadvisor product label` makes.
@Suite("Statut du label sur le web")
struct LabelStatusPageTests {
    static let loss = [("etat", "no-longer-meets"), ("niveau_label", ""), ("obtenu", ""), ("perdu", "2026-11-20"),
                       ("source", "Liste ANS du 20 novembre 2026"), ("date", "2026-11-20"), ("note", "")]

    static func labelRows(_ store: AppDatabase) throws -> [ProductStatusRecord] {
        try store.products.statusHistory(product: "chorus").filter { $0.kind == "label" }
    }

    @Test(arguments: ["animation@example.org", "coord@example.org"])
    func onlyTheDIMRecordsAStatus(email: String) async throws {
        try await WebFixture.visit(loggedInAs: email) { fixture, visitor in
            let before = try Self.labelRows(fixture.store)
            let refused = try await visitor.submit("/catalogue/chorus/label", from: "/catalogue", Self.loss)
            #expect(refused.status == .forbidden)
            #expect(try Self.labelRows(fixture.store) == before)
            let page = try await visitor.get("/catalogue/chorus").text
            #expect(!page.contains("Statut du label</h2>"), "no form for \(email)")
        }
    }

    @Test(arguments: ["dim@example.org", "admin@example.org"])
    func aLossIsRecordedAndShownInTheHistory(email: String) async throws {
        try await WebFixture.visit(loggedInAs: email) { fixture, visitor in
            let saved = try await visitor.submit("/catalogue/chorus/label", from: "/catalogue/chorus", Self.loss)
            #expect(saved.status == .seeOther && saved.location == "/catalogue/chorus?ok=label#statut-label")
            let current = try #require(try Self.labelRows(fixture.store).first)
            #expect(current.recordedBy == email && current.data?.contains("\"state\":\"no-longer-meets\"") == true)
            let page = try await visitor.get("/catalogue/chorus?ok=label").text
            #expect(page.contains("Statut du label enregistré\u{A0}; le précédent reste dans l’historique."))
            #expect(page.contains("<td>ne répond plus au label (signalé le 20 novembre 2026)<br><span class=\"petit\">Liste ANS du 20 novembre 2026"), "\(page)")
            let again = try await visitor.submit("/catalogue/chorus/label", from: "/catalogue/chorus", Self.loss)
            #expect(again.location == "/catalogue/chorus?ok=label-inchange#statut-label")
        }
    }

    @Test(arguments: [
        ("perdu", "", "Perdu le\u{A0}: obligatoire quand le produit ne répond plus au label"),
        ("niveau_label", "standard", "Niveau du label\u{A0}: seulement pour un label détenu"),
        ("date", "20/11/2026", "Date\u{A0}: attendu\u{A0}: AAAA, AAAA-MM ou AAAA-MM-JJ"),
        ("etat", "perdu", "État\u{A0}: attendu\u{A0}: held, no-longer-meets, not-labelled"),
    ])
    func aRefusedStatusNamesItsFieldAndKeepsWhatWasTyped(field: String, value: String, message: String) async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let before = try Self.labelRows(fixture.store)
            let form = Self.loss.map { $0.0 == field ? (field, value) : $0 }
            let refused = try await visitor.submit("/catalogue/chorus/label", from: "/catalogue/chorus", form)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Le statut n’est pas enregistré. \(message)"), "\(field)")
            #expect(refused.text.contains("value=\"Liste ANS du 20 novembre 2026\""), "what was typed is kept")
            #expect(try Self.labelRows(fixture.store) == before)
        }
    }
}
