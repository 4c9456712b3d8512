import Foundation
import HTTPTypes
import HummingbirdTesting
import Store
import TestSupport
import Testing
import Web

/// The links page's « Exporter » and « Effacer », the admin's purges and the audit log page, with their role checks.
@Suite("Pages : export et effacement d'un répondant, purges, journal d'audit")
struct DataRightsPageTests {
    static func respondent(_ fixture: WebFixture, _ label: String = "IDE 1") throws -> RespondentRecord {
        try #require(try fixture.store.campaigns.respondents(campaignID: 1).first { $0.label == label })
    }

    @Test(arguments: ["coord@example.org", "animation@example.org"])
    func onlyTheDIMAndTheAdminExportOrEraseARespondent(email: String) async throws {
        try await WebFixture.visit(loggedInAs: email) { fixture, visitor in
            let id = try Self.respondent(fixture).id
            for path in ["export.json", "export.csv", "effacer"] {
                let response = try await visitor.get("/campagnes/1/liens/\(id)/\(path)")
                #expect(response.status == .forbidden, "\(path)")
            }
            let post = try await visitor.submit("/campagnes/1/liens/\(id)/effacer", from: "/compte/mot-de-passe", [])
            #expect(post.status == .forbidden)
            #expect(try fixture.store.campaigns.respondentPage(token: fixture.tokens["IDE 1"]!) != nil)
            #expect(try fixture.store.auditLog.count(kind: .answersExport) == 0)
        }
    }

    @Test func theDIMExportsDownloadsAndEveryExportIsRecorded() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let id = try Self.respondent(fixture).id
            let links = try await visitor.get("/campagnes/1/liens")
            #expect(links.text.contains("href=\"/campagnes/1/liens/\(id)/export.json\"") && links.text.contains("href=\"/campagnes/1/liens/\(id)/effacer\">Effacer</a>"))
            let json = try await visitor.get("/campagnes/1/liens/\(id)/export.json")
            #expect(json.status == .ok && json.headers[.contentDisposition] == "attachment; filename=\"repondant-campagne-1-\(id).json\"")
            #expect(json.text.contains("\"identifiant\" : \"IDE 1\""))
            let csv = try await visitor.get("/campagnes/1/liens/\(id)/export.csv")
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8" && csv.text.hasPrefix("\u{FEFF}repondant;"))
            #expect(try fixture.store.auditLog.all(kind: .answersExport).map(\.actor) == ["dim@example.org", "dim@example.org"])
            // A respondent of another campaign is not reachable through this one.
            let other = try #require(try fixture.store.campaigns.respondents(campaignID: fixture.otherTeamCampaign).first)
            #expect(try await visitor.get("/campagnes/1/liens/\(other.id)/export.json").status == .notFound)
        }
    }

    @Test func erasingGoesThroughAConfirmationThenAPostWithCSRF() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let id = try Self.respondent(fixture).id
            let token = try #require(fixture.tokens["IDE 1"])
            try fixture.store.savePage(respondentID: id, answers: ["logiciel-metier": "aucun"])
            let confirmation = try await visitor.get("/campagnes/1/liens/\(id)/effacer")
            #expect(confirmation.text.contains("<h1>Effacer «\u{A0}IDE 1\u{A0}»\u{A0}?</h1>"))
            #expect(confirmation.text.contains("1 réponse(s) et son lien personnel"))
            #expect(confirmation.text.contains("<form method=\"post\" action=\"/campagnes/1/liens/\(id)/effacer\">"))
            let forged = try await visitor.post("/campagnes/1/liens/\(id)/effacer", [("_csrf", "faux")])
            #expect(forged.status == .forbidden)
            #expect(try fixture.store.campaigns.respondentPage(token: token) != nil)
            let erased = try await visitor.submit("/campagnes/1/liens/\(id)/effacer", from: "/campagnes/1/liens/\(id)/effacer", [])
            #expect(erased.location == "/campagnes/1/liens?efface=1")
            #expect(try await visitor.get("/campagnes/1/liens?efface=1").text.contains("Répondant·e effacé·e"))
            #expect(try await visitor.get("/r/\(token)").status == .notFound)
            #expect(try fixture.store.auditLog.all(kind: .respondentErasure).map(\.actor) == ["dim@example.org"])
        }
    }

    @Test(arguments: ["dim@example.org", "coord@example.org"])
    func purgesAndTheAuditLogAreTheAdminsOnly(email: String) async throws {
        try await WebFixture.visit(loggedInAs: email) { fixture, visitor in
            for path in ["/campagnes/1/purger", "/equipes/1/purger", "/journal", "/journal/journal-audit.csv"] {
                let response = try await visitor.get(path)
                #expect(response.status == .forbidden, "\(path)")
            }
            let post = try await visitor.submit("/campagnes/1/purger", from: "/compte/mot-de-passe", [])
            #expect(post.status == .forbidden)
            let campaign = try fixture.store.campaigns.find(id: 1)
            #expect(campaign != nil)
        }
    }

    @Test func theAdminPurgesATeamAfterAConfirmationThatCountsWhatGoes() async throws {
        try await WebFixture.visit(loggedInAs: "admin@example.org") { fixture, visitor in
            #expect(try await visitor.get("/equipes/1").text.contains("href=\"/equipes/1/purger\""))
            let confirmation = try await visitor.get("/equipes/1/purger")
            #expect(confirmation.text.contains("<li>répondant·es (et leurs liens)\u{A0}: 3</li>"))
            #expect(confirmation.text.contains("<li>comptes de coordination\u{A0}: 1 (coord@example.org)</li>"))
            #expect(try await visitor.post("/equipes/1/purger", [("_csrf", "faux")]).status == .forbidden)
            let purged = try await visitor.submit("/equipes/1/purger", from: "/equipes/1/purger", [])
            #expect(purged.location == "/equipes")
            #expect(try fixture.store.teams.find(id: 1) == nil && fixture.store.problems().isEmpty)
            #expect(try await visitor.get("/equipes/1/purger").status == .notFound)
        }
    }

    @Test func theAuditLogPageRecordsSignInsNewestFirstFiltersAndExports() async throws {
        try await WebFixture.visit { fixture, visitor in
            let failed = try await visitor.submit("/connexion", from: "/connexion", [("email", "dim@example.org"), ("motdepasse", "mauvais-mot-de-passe")])
            #expect(failed.status == .unauthorized)
            try await visitor.login("admin@example.org")
            let page = try await visitor.get("/journal")
            #expect(page.status == .ok && page.text.contains("2\u{A0}événement(s) — page 1 sur 1."))
            let success = try #require(page.text.range(of: "connexion réussie")), failure = try #require(page.text.range(of: "connexion refusée"))
            #expect(success.lowerBound < failure.lowerBound, "newest first")
            let filtered = try await visitor.get("/journal?type=login-failure")
            #expect(filtered.text.contains("1\u{A0}événement(s)") && filtered.text.contains("<option value=\"login-failure\" selected>"))
            let csv = try await visitor.get("/journal/journal-audit.csv?type=login-failure")
            #expect(csv.text.contains(";dim@example.org;2;connexion refusée;dim@example.org;client "), "\(csv.text)")
            #expect(try fixture.store.auditLog.all(kind: .loginSuccess).map(\.actorId) == [1])
        }
    }
}

extension DataRightsPageTests {
    @Test func thePrivacyNoticeSaysFromWhenTheRetentionPeriodCounts() async throws {
        try await WebFixture.visit { _, visitor in
            let notice = try await visitor.get("/confidentialite").text
            #expect(notice.contains("La durée de conservation se compte depuis la dernière activité de la campagne"))
            #expect(notice.contains("Le DIM les efface avec votre lien, et la synthèse de l'équipe est recalculée sans elles."))
        }
    }
}

extension DataRightsPageTests {
    @Test func aCampaignsIndividualAnswersDownloadIsRecordedAndTheQuestionnaireIsNot() async throws {
        try await WebFixture.visit(loggedInAs: "dim@example.org") { fixture, visitor in
            let questionnaire = try await visitor.get("/campagnes/1/telechargements/questionnaire.json")
            #expect(questionnaire.status == .ok)
            #expect(try fixture.store.auditLog.count(kind: .answersExport) == 0)
            let answers = try await visitor.get("/campagnes/1/telechargements/reponses-tableur.csv")
            #expect(answers.status == .ok)
            let logged = try fixture.store.auditLog.all(kind: .answersExport)
            #expect(logged.map(\.detail) == ["reponses-tableur.csv"] && logged[0].target.contains("(tous les répondants)"))
        }
    }
}
