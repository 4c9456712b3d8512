import Foundation
import Store
import Survey

/// One respondent's rights, for the DIM's links page and `sipadvisor respondent …` alike: access (their data as JSON
/// or CSV, each export recorded in the audit log) and erasure (answers and link in one transaction, recorded).
/// Documents are computed from the stored answers (`CampaignAnalysis`), so once erased nobody is counted any more.
public struct RespondentRights: Sendable {
    public let database: AppDatabase
    let survey: SurveyDefinition

    public init(database: AppDatabase, survey: SurveyDefinition) { (self.database, self.survey) = (database, survey) }

    public enum Format: String, CaseIterable, Sendable { case json, csv }

    /// A respondent unknown in the campaign, in French.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// A respondent by the identifier the links page shows (« IDE 1 »), in a campaign that exists.
    public func respondent(campaignID: Int64, label: String) throws -> RespondentRecord {
        guard try database.campaigns.find(id: campaignID) != nil else { throw StoreError.unknownCampaign(String(campaignID)) }
        guard let respondent = try database.dataRights.respondent(campaignID: campaignID, label: label) else {
            throw Refusal(description: "aucun·e répondant·e «\u{A0}\(label)\u{A0}» dans la campagne n°\u{A0}\(campaignID) (voir la page des liens)")
        }
        return respondent
    }

    /// The export file (name and bytes) of one respondent; the export is recorded first, so no copy leaves unrecorded.
    public func export(_ respondent: RespondentRecord, format: Format, by actor: AuditActor) throws -> (name: String, data: Data) {
        let data = try read(respondent)
        try database.auditLog.record(.answersExport, by: actor, target: Self.target(data), detail: "format \(format.rawValue)")
        let name = "repondant-campagne-\(data.campaign.id)-\(respondent.id).\(format.rawValue)"
        switch format {
        case .json: return (name, try json(data))
        case .csv: return (name, try csv(data))
        }
    }

    /// What an erasure will remove, for the confirmation page and the CLI's refusal without `--yes`.
    public func erasureSummary(_ respondent: RespondentRecord) throws -> String {
        let data = try read(respondent)
        return "\(Self.target(data))\u{A0}: \(data.answers.count) réponse(s) et son lien personnel"
            + (data.email == nil ? "" : ", son adresse e-mail")
            + "\u{A0}; la synthèse, les besoins et la comparaison de l'équipe seront recalculés sans ses réponses."
    }

    /// Erases answers and link in one transaction (recorded); returns how many answers went.
    @discardableResult
    public func erase(_ respondent: RespondentRecord, by actor: AuditActor) throws -> Int {
        let data = try read(respondent)
        guard let erased = try database.dataRights.erase(respondentID: respondent.id, campaignID: respondent.campaignId, by: actor,
                                                         target: Self.target(data)) else { throw Self.gone }
        return erased
    }

    static let gone = Refusal(description: "ce·tte répondant·e n'existe plus (déjà effacé·e\u{A0}?)")

    private func read(_ respondent: RespondentRecord) throws -> RespondentDataRead {
        guard let data = try database.dataRights.read(respondentID: respondent.id) else { throw Self.gone }
        return data
    }

    /// How the audit log names a respondent: campaign, then the identifier the DIM chose.
    static func target(_ data: RespondentDataRead) -> String {
        "campagne n°\u{A0}\(data.campaign.id) «\u{A0}\(data.campaign.name)\u{A0}», répondant·e «\u{A0}\(data.respondent.label)\u{A0}»"
    }

    /// Where the respondent stands, in the links page's words.
    static func status(_ data: RespondentDataRead) -> String {
        if data.respondent.revoked { return "lien révoqué" }
        if data.respondent.completedAt != nil { return "terminé" }
        return data.answers.isEmpty ? "pas commencé" : "en cours"
    }

    private struct Document: Encodable {
        struct Person: Encodable {
            let identifiant: String, profession: String, email: String?, statut: String
            let lien_cree_le: String, termine_le: String?
        }
        struct Named: Encodable { let numero: Int64, nom: String }
        struct Answer: Encodable { let question: String, intitule: String, valeur: String, libelle: String, horodatage: String }
        let repondant: Person, campagne: Named, equipe: Named, reponses: [Answer]
    }

    func json(_ data: RespondentDataRead) throws -> Data {
        let person = Document.Person(identifiant: data.respondent.label, profession: data.respondent.profession, email: data.email,
                                     statut: Self.status(data), lien_cree_le: CampaignExport.timestamp(data.respondent.createdAt),
                                     termine_le: data.respondent.completedAt.map(CampaignExport.timestamp))
        let answers = data.answers.map { answer in
            Document.Answer(question: answer.itemId, intitule: survey.item(answer.itemId)?.text ?? "", valeur: answer.value,
                            libelle: CampaignExport.label(of: answer.value, item: answer.itemId, in: survey),
                            horodatage: CampaignExport.timestamp(answer.answeredAt))
        }
        let document = Document(repondant: person, campagne: .init(numero: data.campaign.id, nom: data.campaign.name),
                                equipe: .init(numero: data.team.id, nom: data.team.name), reponses: answers)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }

    static let csvHeader = ["repondant", "profession", "email", "statut", "lien_cree_le", "termine_le", "campagne", "nom_campagne",
                            "equipe", "question", "intitule", "valeur", "libelle", "horodatage"]

    /// One row per answer, the person's fields repeated (one row of them alone when nothing was answered yet), in the
    /// spreadsheet dialect: the DIM opens it in a spreadsheet, and `CSVText` defuses formulas typed in answers.
    func csv(_ data: RespondentDataRead) throws -> Data {
        let person: [CSVText.Cell] = [
            .text(data.respondent.label), .text(data.respondent.profession), .text(data.email ?? ""), .text(Self.status(data)),
            .timestamp(data.respondent.createdAt), .timestamp(data.respondent.completedAt),
            .integer(Int(data.campaign.id)), .text(data.campaign.name), .text(data.team.name),
        ]
        let answers: [[CSVText.Cell]] = data.answers.map { answer in
            [.text(answer.itemId), .text(survey.item(answer.itemId)?.text ?? ""),
             CampaignExport.answerCell(answer.value, item: answer.itemId, in: survey),
             .text(CampaignExport.label(of: answer.value, item: answer.itemId, in: survey)),
             .timestamp(answer.answeredAt)]
        }
        let rows = answers.isEmpty ? [person + Array(repeating: CSVText.Cell.text(""), count: 5)] : answers.map { person + $0 }
        return try CSVText.make(header: Self.csvHeader, rows: rows, dialect: .spreadsheet)
    }
}
