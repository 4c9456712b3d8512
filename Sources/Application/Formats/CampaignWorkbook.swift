import Foundation
import Store
import Survey

/// The campaign as one spreadsheet (`export ID --format xlsx`, the web's « Classeur » download): answers, maturity,
/// weighted needs, action plan and the codebook, with typed cells.
///
/// The answers are wide here (one row per respondent, one column per question, the question id as header, as
/// KoboToolbox exports them): each column then has one type — numbers for integers and scale levels, true/false for
/// yes/no — so a spreadsheet sorts, filters and averages it. The CSV keeps the long form (one row per answer) that
/// scripts and the FHIR export join on.
extension CampaignExport {
    public func workbook(profile: TeamProfile, plan: [PlannedAction]) throws -> Data {
        try XLSXWorkbook.data([wideAnswers()] + summaryTables(profile: profile, plan: plan) + [Codebook(survey: survey).table])
    }

    /// `reponses-<équipe>-campagne-<n>.xlsx`: two teams' files do not share a name.
    public var workbookName: String { "reponses-\(FileSlug.campaign(snapshot)).xlsx" }

    /// Before the questions: who (the link's identifier and the profession it was issued for, which the question
    /// `profession` may confirm), whether they finished, their last answer.
    public static let respondentColumns = ["repondant", "profession_invitation", "termine", "derniere_reponse"]

    func wideAnswers() -> SheetTable {
        let items = survey.allItems
        var rows: [[TableCell]] = snapshot.respondents.map { respondent in
            let answers = Dictionary((snapshot.answers[respondent.id] ?? []).map { ($0.itemId, $0) }, uniquingKeysWith: { _, last in last })
            let latest = answers.values.map(\.answeredAt).max()
            return [.text(respondent.label), .text(respondent.profession), .boolean(respondent.completedAt != nil), .timestamp(latest)]
                + items.map { item in answers[item.id].map { typed($0.value, item) } ?? .text("") }
        }
        if !snapshot.teamAnswers.isEmpty {
            rows.append([.text(Self.teamRespondent), .text(""), .text(""), .text("")]
                        + items.map { item in snapshot.teamAnswers[item.id].map { typed($0, item) } ?? .text("") })
        }
        return SheetTable(name: "reponses", header: Self.respondentColumns + items.map(\.id), rows: rows)
    }

    /// An answer in its column's type: integers and scale levels are numbers, yes/no a boolean, the rest its code or
    /// text (« ne-sait-pas » stays a code: it is no level). A stored value that does not fit stays text, never lost.
    func typed(_ value: String, _ item: Item) -> TableCell {
        switch item.kind {
        case .integer, .scale: Int(value).map { TableCell.integer($0) } ?? .text(value)
        case .boolean: value == "true" ? .boolean(true) : value == "false" ? .boolean(false) : .text(value)
        case .choice, .multichoice, .text: .text(value)
        }
    }
}

/// File names from what people typed: lower-case ASCII letters, digits and hyphens (accents dropped), so a name is
/// the same on every system and in a URL.
public enum FileSlug {
    /// `DownloadName`'s slug (one folding rule for every file name), never empty, at most 60 characters.
    public static func make(_ text: String) -> String {
        let slug = DownloadName.slug(text, keepingAccents: false)
        return slug.isEmpty ? "sans-nom" : String(slug.prefix(60))
    }

    /// `<team>-campagne-<n>`.
    static func campaign(_ snapshot: CampaignSnapshot) -> String {
        "\(make(snapshot.team.name))-campagne-\(snapshot.campaign.id)"
    }
}
