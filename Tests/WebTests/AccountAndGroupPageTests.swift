import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Web

@Suite("Pages d'accueil, des comptes et des groupes utilisateurs")
struct AccountAndGroupPageTests {
    /// The links of the home page, in order, for each role.
    @Test(arguments: [
        ("admin@example.org", "administrateur·rice", ["Tableau de bord de la fédération", "Équipes et campagnes", "Groupes utilisateurs", "Pool de facilitateurs", "Catalogue des logiciels", "Comptes"]),
        ("dim@example.org", "DIM de la fédération", ["Tableau de bord de la fédération", "Équipes et campagnes", "Groupes utilisateurs", "Pool de facilitateurs", "Catalogue des logiciels"]),
        ("animation@example.org", "animateur·rice de groupes utilisateurs", ["Groupes utilisateurs", "Catalogue des logiciels"]),
        ("coord@example.org", "coordinateur·rice d'équipe", ["Mon équipe et ses campagnes", "Catalogue des logiciels"]),
    ])
    func homePageGreetsAndLinksByRole(email: String, role: String, links: [String]) async throws {
        try await WebFixture.visit(loggedInAs: email) { _, visitor in
            let page = try await visitor.get("/").text
            #expect(page.contains("<h1>Bonjour \(email)</h1>"))
            #expect(page.contains("Votre rôle\u{00A0}: \(role.replacingOccurrences(of: "'", with: "&#39;"))."))
            let shown = page.matches(of: /<li><a href="[^"]+">([^<]+)<\/a><\/li>/).map { String($0.1) }
            #expect(shown.map { $0.replacingOccurrences(of: "&#39;", with: "'") } == links)
        }
    }

    @Test func usersPageListsAnAccountWithItsRoleAndTeamInFrench() async throws {
        try await WebFixture.visit(loggedInAs: "admin@example.org") { _, visitor in
            let created = try await visitor.submit("/utilisateurs", from: "/utilisateurs", [
                ("email", "camille@example.org"), ("nom", "Camille Durand"), ("role", "coordinator"), ("equipe", "2"),
                ("motdepasse", "un-mot-de-passe-assez-long"),
            ])
            #expect(created.location == "/utilisateurs?ok=1")
            let page = try await visitor.get(created.location).text
            #expect(page.contains("<p class=\"succes\" role=\"status\">Compte créé.</p>"))
            #expect(page.contains("<tr><td>camille@example.org</td><td>Camille Durand</td><td>coordinateur·rice d&#39;équipe</td><td>MSP des Saules (fictive)</td><td>actif</td><td>"))
            #expect(page.contains("<tr><td>dim@example.org</td><td>dim@example.org</td><td>DIM de la fédération</td><td></td><td>actif</td><td>"))
            #expect(page.contains("<option value=\"1\">MSP des Hirondelles (fictive)</option>"))
            #expect(!page.contains("class=\"erreur\""))
        }
    }

    @Test func userGroupPagesShowASessionItsRequestsAndTheEditorDeliverable() async throws {
        try await WebFixture.visit(loggedInAs: "animation@example.org") { _, visitor in
            let refused = try await visitor.submit("/groupes", from: "/groupes", [("logiciel", "Logiciel A (fictif)"), ("date", "demain")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("value=\"Logiciel A (fictif)\""))
            #expect(refused.text.contains("Logiciel, date (AAAA-MM-JJ) et animation sont obligatoires."))
            let group = try await visitor.submit("/groupes", from: "/groupes", [
                ("logiciel", "Logiciel A (fictif)"), ("date", "2026-12-01"), ("animation", "Camille"),
            ]).location
            try await visitor.submit("\(group)/demandes", from: group, [("id", "VAD-001"), ("titre", "Tournées"), ("votes", "4"),
                                                                       ("professions", "infirmier")])
            let page = try await visitor.get("\(group)?ok=1").text
            #expect(page.contains("<h1>Logiciel A (fictif) — 1er décembre 2026</h1>"))
            #expect(page.contains("Séance enregistrée."))
            #expect(page.contains("<tr><td>VAD-001</td><td>Tournées<br><span class=\"petit\">Infirmier·e</span></td><td>4</td><td>à envoyer</td></tr>"))
            let typed = try await visitor.submit(group, from: group, [("equipes", "MSP ; plombier"), ("odj", "Tour de table")])
            #expect(typed.status == .unprocessableContent)
            #expect(typed.text.contains("<textarea id=\"odj\" name=\"odj\" rows=\"3\">Tour de table</textarea>"))
            let list = try await visitor.get("/groupes").text
            #expect(list.contains("<tr><td><a href=\"\(group)\">1er décembre 2026</a></td><td>Logiciel A (fictif)</td><td>1</td></tr>"))
            #expect(list.contains("<a href=\"/groupes/editeur?logiciel=Logiciel%20A%20%28fictif%29\">"))
            let deliverable = try await visitor.get("/groupes/editeur?logiciel=Logiciel%20A%20%28fictif%29").text
            #expect(deliverable.contains("<a class=\"bouton secondaire\" href=\"/groupes/editeur.md?logiciel=Logiciel%20A%20%28fictif%29\">Télécharger (Markdown)</a>"))
            #expect(!deliverable.contains("Retour à la campagne"))
            #expect(deliverable.contains("Tournées"))
        }
    }
}
