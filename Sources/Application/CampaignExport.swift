import Comparator
import Foundation
import Store
import Survey

/// The campaign's export files, as data.
public struct CampaignExport {
    public init(snapshot: CampaignSnapshot, survey: SurveyDefinition, catalog: ProductCatalog) {
        self.snapshot = snapshot; self.survey = survey; self.catalog = catalog
    }

    let snapshot: CampaignSnapshot
    let survey: SurveyDefinition
    let catalog: ProductCatalog

    /// ISO 8601 with the time zone, as FHIR `dateTime` requires.
    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// Every CSV of the campaign, each table in both dialects of `CSVText` (`name.csv` for scripts, `name-tableur.csv`
    /// for a French spreadsheet), the codebook included.
    public func csvFiles(profile: TeamProfile, plan: [PlannedAction]) throws -> [(name: String, data: Data)] {
        let tables = [answersTable()] + summaryTables(profile: profile, plan: plan) + [Codebook(survey: survey).table]
        return try tables.flatMap { table in
            [("\(table.name).csv", try CSVText.make(table, dialect: .standard)),
             ("\(table.name)-tableur.csv", try CSVText.make(table, dialect: .spreadsheet))]
        }
    }

    /// The long table of answers: one row per respondent × question answered, then the team's answers.
    func answersTable() -> SheetTable {
        SheetTable(name: "reponses", header: ["repondant", "profession", "section", "question", "valeur", "libelle", "horodatage"],
                   rows: answerRows())
    }

    /// The team's aggregates, the same in CSV and in the workbook: maturity, weighted needs, action plan.
    func summaryTables(profile: TeamProfile, plan: [PlannedAction]) -> [SheetTable] {
        let maturityHeader = ["axe", "dimension", "provenance", "niveau_equipe", "majorite", "niveau_min", "niveau_max", "cible",
                              "sous_la_cible", "repondants", "professions_absentes"]
        let total = profile.needs.weights.values.reduce(0, +)
        let mustHaves = Set(profile.needs.mustHaves.map(\.criterion))
        let needs: [[CSVText.Cell]] = profile.needs.weights.sorted { $0.key < $1.key }.map {
            [.text($0.key), .text(catalog.criterion($0.key)?.title ?? ""), .number(total > 0 ? $0.value / total : 0, decimals: 4),
             .boolean(mustHaves.contains($0.key))]
        }
        let actions: [[CSVText.Cell]] = plan.map {
            [.text($0.dimension), .text($0.title), .text($0.lead ?? ""), .day($0.due), .text($0.means), .text($0.indicator),
             .text($0.status.rawValue)]
        }
        return [SheetTable(name: "maturite", header: maturityHeader, rows: profile.dimensions.map(maturityRow)),
                SheetTable(name: "besoins-ponderes", header: ["critere", "intitule", "poids", "eliminatoire"], rows: needs),
                SheetTable(name: "plan-actions", header: ["dimension", "action", "pilote", "echeance", "moyens", "indicateur", "etat"],
                           rows: actions)]
    }

    private func maturityRow(_ dimension: DimensionSynthesis) -> [CSVText.Cell] {
        [.text(dimension.axis), .text(dimension.title), .text(dimension.provenance.rawValue), .integer(dimension.teamLevel),
         .boolean(dimension.hasMajority), .integer(dimension.lowest), .integer(dimension.highest), .integer(dimension.target),
         .boolean(dimension.isBelowTarget), .integer(dimension.respondents),
         .text(dimension.missingProfessions.joined(separator: "|"))]
    }

    private func answerRows() -> [[CSVText.Cell]] {
        var rows: [[CSVText.Cell]] = []
        for respondent in snapshot.respondents {
            for answer in snapshot.answers[respondent.id] ?? [] {
                rows.append(row(respondent.label, profession: respondent.profession, item: answer.itemId, value: answer.value, at: answer.answeredAt))
            }
        }
        for (item, value) in snapshot.teamAnswers.sorted(by: { $0.key < $1.key }) {
            rows.append(row(Self.teamRespondent, profession: "", item: item, value: value, at: nil))
        }
        return rows
    }

    private func row(_ respondent: String, profession: String, item itemID: String, value: String, at date: Date?) -> [CSVText.Cell] {
        let section = survey.sections.first { $0.items.contains { $0.id == itemID } }?.id ?? ""
        return [.text(respondent), .text(profession), .text(section), .text(itemID), Self.answerCell(value, item: itemID, in: survey),
                .text(Self.label(of: value, item: itemID, in: survey)), .timestamp(date)]
    }

    /// An answer as a cell: an integer answer was checked against the item's bounds, so it is a number; the rest is text.
    static func answerCell(_ value: String, item itemID: String, in survey: SurveyDefinition) -> CSVText.Cell {
        survey.item(itemID)?.kind == .integer ? Int(value).map { CSVText.Cell.integer($0) } ?? .text(value) : .text(value)
    }

    /// The words of a coded answer (a scale level, the options ticked); empty for free text and numbers.
    static func label(of value: String, item itemID: String, in survey: SurveyDefinition) -> String {
        let item = survey.item(itemID)
        switch item?.kind {
        case .scale?: return item?.scale.flatMap { survey.questionnaire.scale($0)?.label(of: value) } ?? ""
        case .choice?, .multichoice?:
            return value.split(separator: "|").map { code in item?.options.first { $0.code == code }?.label ?? String(code) }
                .joined(separator: " | ")
        default: return ""
        }
    }

    /// The two Questionnaires (professionals', team's), one response per respondent who started (plus the team's),
    /// and a Bundle of the responses. A response's identifier is the `repondant` of `reponses.csv`, so both join.
    public func fhirFiles() throws -> [(name: String, data: Data)] {
        let export = FHIRExport(definition: survey)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var responses: [FHIR.QuestionnaireResponse] = []
        for (index, (record, respondent)) in zip(snapshot.respondents, snapshot.pooled).enumerated() where !respondent.answers.isEmpty {
            let latest = (snapshot.answers[record.id] ?? []).map(\.answeredAt).max()
            responses.append(try export.response(id: "campagne-\(snapshot.campaign.id)-repondant-\(index + 1)", respondent: respondent,
                                                 answeredAt: latest.map(Self.timestamp)))
        }
        if !snapshot.teamAnswers.isEmpty {
            let team = RespondentAnswers(respondent: Self.teamRespondent, profession: "", answers: snapshot.teamAnswers)
            responses.append(try export.response(id: "campagne-\(snapshot.campaign.id)-equipe", respondent: team,
                                                 answeredAt: nil, audience: .team))
        }
        var files: [(name: String, data: Data)] = [("questionnaire.json", try encoder.encode(export.questionnaire(.respondent))),
                                                   ("questionnaire-equipe.json", try encoder.encode(export.questionnaire(.team)))]
        for (index, response) in responses.enumerated() {
            files.append((String(format: "reponse-%03d.json", index + 1), try encoder.encode(response)))
        }
        files.append(("reponses-bundle.json", try encoder.encode(export.bundle(id: "campagne-\(snapshot.campaign.id)", responses: responses))))
        return files
    }

    /// The team's answers are the respondent `équipe` in the CSV files and in FHIR alike.
    static let teamRespondent = "équipe"
}

extension CampaignExport {
    /// Files of a campaign's export that hold individual answers (`reponses*.csv`, the FHIR responses and bundle),
    /// as opposed to the questionnaires and the team's aggregates.
    public static func holdsIndividualAnswers(_ file: String) -> Bool { file.hasPrefix("reponse") }

    /// Records an export of a whole campaign's individual answers in the audit log (web downloads, `sipadvisor export`).
    public static func recordExport(_ database: AppDatabase, campaign: CampaignRecord, files: [String], by actor: AuditActor) throws {
        let answers = files.filter(holdsIndividualAnswers)
        guard !answers.isEmpty else { return }
        try database.auditLog.record(.answersExport, by: actor,
                                     target: "campagne n°\u{A0}\(campaign.id) «\u{A0}\(campaign.name)\u{A0}» (tous les répondants)",
                                     detail: answers.joined(separator: ", "))
    }
}
