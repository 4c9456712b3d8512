import Application
import Reports
import Store
import Survey

/// The campaign's page: progress by profession, the team's own questions, documents and downloads.
struct CampaignPage: PageModel {
    static let template = "campagne"

    struct Progress: Sendable { var profession: String; var invited: Int; var started: Int; var completed: Int }
    struct Download: Sendable { var file: String; var label: String }

    var id: Int64
    var teamID: Int64
    var team: String
    var name: String
    var progress: [Progress]
    /// Professions invited where nobody has started.
    var silent: String?
    var empty: String?
    var answeredMeaning = TeamProfile.answeredMeaning
    var canSeeLinks: Bool
    /// Purging a campaign is the admin's.
    var canPurge: Bool
    var teamAnswered: Int
    var teamItems: Int
    var downloads: [Download]
    var message: String?

    /// The campaign's ZIP (`CampaignFiles`) among its downloads.
    static let zipFile = "campagne.zip"

    /// A document's downloads, one per format, e.g. `fiche-comparative.pdf`.
    static func documentFiles(_ slug: String) -> [String] { DocumentFormat.allCases.map { "\(slug).\($0.fileExtension)" } }
    /// The download links of the campaign's workbook (individual answers: the DIM's) and of its XLSForm (no answers).
    static let workbookFile = "reponses.xlsx", xlsFormFile = "questionnaire-xlsform.xlsx"

    /// Every user of the page may download the documents; individual answers are personal data, the DIM's only.
    static func downloads(for role: UserRecord.Role) -> [Download] {
        var downloads = [(MaturityReport.slug, "Synthèse de maturité"), (ComparisonSheet.slug, "Fiche comparative"),
                         (ProjectPlan.slug, "Plan de projet"), (EditorConsultation.slug, "Consultation des éditeurs")].flatMap { slug, title in
            DocumentFormat.allCases.map { Download(file: "\(slug).\($0.fileExtension)", label: "\(title) (\($0.frenchName))") }
        }
        downloads += [
            Download(file: EditorConsultation.replyFile, label: "Modèle de réponse des éditeurs (CSV pour tableur, «\u{00A0};\u{00A0}»)"),
            Download(file: zipFile, label: role == .coordinator ? "Tous les documents (ZIP)" : "Tous les documents et exports (ZIP)"),
            Download(file: xlsFormFile, label: "Questionnaire pour KoboToolbox ou ODK, hors ligne (XLSForm)"),
        ]
        if role != .coordinator {
            downloads += [Download(file: workbookFile, label: "Classeur\u{00A0}: réponses, maturité, poids, plan d'actions, codebook (XLSX)"),
                          Download(file: "reponses.csv", label: "Réponses (CSV UTF-8)"),
                          Download(file: "reponses-tableur.csv", label: "Réponses (CSV pour tableur, «\u{00A0};\u{00A0}»)"),
                          Download(file: "codebook-tableur.csv", label: "Codebook des questions (CSV pour tableur, «\u{00A0};\u{00A0}»)"),
                          Download(file: "reponses-bundle.json", label: "Réponses (FHIR R4, Bundle JSON)"),
                          Download(file: "questionnaire.json", label: "Questionnaire (FHIR R4, JSON)"),
                          Download(file: "questionnaire-equipe.json", label: "Questions d'équipe (FHIR R4, JSON)")]
        }
        return downloads
    }

    init(snapshot: CampaignSnapshot, survey: SurveyDefinition, professionLabel: (String) -> String, role: UserRecord.Role,
         message: String?) {
        let counts = CampaignProgress(snapshot: snapshot, definition: survey)
        progress = counts.byProfession.map {
            Progress(profession: professionLabel($0.profession), invited: $0.invited, started: $0.started, completed: $0.completed)
        }
        let silent = progress.filter { $0.started == 0 }.map(\.profession)
        self.silent = silent.isEmpty ? nil : silent.joined(separator: ", ")
        empty = counts.completed == 0 ? TeamProfile.emptyState(startedOnly: counts.started) : nil
        (id, teamID, team, name) = (snapshot.campaign.id, snapshot.team.id, snapshot.team.name, snapshot.campaign.name)
        canSeeLinks = role != .coordinator
        canPurge = role == .admin
        teamAnswered = snapshot.teamAnswers.count
        teamItems = survey.teamItems.count
        downloads = Self.downloads(for: role)
        self.message = message
    }
}
