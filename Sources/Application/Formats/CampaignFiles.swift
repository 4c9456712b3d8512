import Foundation
import Reports

/// Every file of one campaign in one ZIP (`sipadvisor export ID --format zip`, the campaign page's download): its
/// documents in each format this machine can make, the editors' reply template and the exports, with a
/// `LISEZMOI.txt` that says what is there and what is missing and why. The list is built here only; a new kind of
/// file is one more `add…` call in `gather`.
public struct CampaignFiles: Sendable {
    public private(set) var entries: [(path: String, data: Data)] = []
    /// What the ZIP lacks and why (a tool not installed, exports left out), for `LISEZMOI.txt`.
    public private(set) var missing: [String] = []
    public let team: String
    public let campaign: String
    /// `YYYY-MM-DD`: the day the files describe, in every file name.
    public let date: String

    public init(team: String, campaign: String, date: String) {
        (self.team, self.campaign, self.date) = (team, campaign, date)
    }

    /// What to put in: the documents (`CampaignDocuments.all`), the exports when the reader may see individual answers.
    public struct Request: Sendable {
        public var documents: [ReportDocument]
        public var consultationReply: Data
        /// The respondents' questionnaire as an XLSForm (no answers in it, so in every ZIP).
        public var questionnaireForm: (name: String, data: Data)
        /// The milestones, action due dates and user-group meetings (`CampaignCalendars`), for an agenda.
        public var calendars: [(name: String, data: Data)]
        /// `nil` leaves the exports out (a coordinator's ZIP: individual answers are the DIM's only).
        public var exports: [(name: String, data: Data)]?
        public var conversion: OfficeConversion

        public init(documents: [ReportDocument], consultationReply: Data, questionnaireForm: (name: String, data: Data),
                    calendars: [(name: String, data: Data)], exports: [(name: String, data: Data)]?, conversion: OfficeConversion) {
            (self.documents, self.consultationReply, self.exports, self.conversion) = (documents, consultationReply, exports, conversion)
            (self.questionnaireForm, self.calendars) = (questionnaireForm, calendars)
        }
    }

    /// Blocks for the conversions (seconds each); the web runs it with `OfficeConversion.background`.
    public static func gather(_ request: Request, team: String, campaign: String, date: String) -> CampaignFiles {
        var files = CampaignFiles(team: team, campaign: campaign, date: date)
        files.addDocuments(request.documents, conversion: request.conversion)
        files.add("documents/" + EditorConsultation.replyFile, request.consultationReply)
        files.add("questionnaire-hors-ligne/" + request.questionnaireForm.name, request.questionnaireForm.data)
        for calendar in request.calendars { files.add("calendriers/" + calendar.name, calendar.data) }
        if let exports = request.exports {
            for export in exports { files.add(exportFolder(export.name) + export.name, export.data) }
        } else {
            files.missing.append("Exports (réponses individuelles en CSV, XLSX et FHIR)\u{00A0}: réservés au DIM, ils ne sont pas dans ce fichier.")
        }
        return files
    }

    public mutating func add(_ path: String, _ data: Data) { entries.append((path, data)) }

    /// An export's folder by its kind: FHIR JSON, the workbook, or CSV.
    static func exportFolder(_ name: String) -> String {
        name.hasSuffix(".json") ? "export-fhir/" : name.hasSuffix(".xlsx") ? "export-xlsx/" : "export-csv/"
    }

    /// The files' names without their folder, as the audit log's record of an export names them.
    public var fileNames: [String] { entries.map { $0.path.split(separator: "/").last.map(String.init) ?? $0.path } }

    /// Each document in every format; a format this machine cannot make is said once in `missing`, not an error.
    public mutating func addDocuments(_ documents: [ReportDocument], conversion: OfficeConversion) {
        let converted = conversion.files(documents) { document, format in "documents/" + name(document.slug, format.fileExtension).ascii }
        entries += converted.files.map { ($0.name, $0.data) }
        missing += converted.missing
    }

    /// A file name of this campaign (`DownloadName`: what, team, day).
    public func name(_ slug: String, _ fileExtension: String) -> DownloadName {
        DownloadName(document: slug, subject: team, date: date, fileExtension: fileExtension)
    }

    /// The ZIP's own name, e.g. `campagne_msp-des-tilleuls_2026-12-02.zip`.
    public var zipName: DownloadName { name("campagne", "zip") }

    /// The ZIP: `LISEZMOI.txt` first, then the files in the order they were added.
    public func zip() throws -> Data {
        let day = ISO8601DateFormatter().date(from: date + "T12:00:00Z") ?? Date()
        return try ZipFile.data([ZipFile.Entry(path: "LISEZMOI.txt", data: Data(readMe.utf8))]
                                + entries.map { ZipFile.Entry(path: $0.path, data: $0.data) }, modified: day)
    }

    /// CRLF line ends: the Notepad of an older Windows shows LF-only text on one line.
    var readMe: String {
        var lines = ["Campagne «\u{00A0}\(campaign)\u{00A0}» de l'équipe «\u{00A0}\(team)\u{00A0}», fichiers du \(FrenchDate.long(date)).", "",
                     "Contenu\u{00A0}:",
                     "- documents/\u{00A0}: les documents de la campagne (Markdown, HTML imprimable, PDF, Word, LibreOffice) et le modèle de réponse des éditeurs (CSV)\u{00A0};",
                     "- calendriers/\u{00A0}: les jalons du plan, les échéances des actions et les réunions du groupe d'utilisateurs (iCalendar, à importer dans un agenda)\u{00A0};",
                     "- questionnaire-hors-ligne/\u{00A0}: le questionnaire en XLSForm, pour KoboToolbox ou ODK Collect (tablettes, sans connexion)\u{00A0};",
                     "- export-csv/, export-xlsx/ et export-fhir/\u{00A0}: les réponses, la maturité, les besoins pondérés, le plan d'actions et le codebook (CSV et classeur XLSX), le questionnaire et les réponses (FHIR R4).",
                     ""]
        lines.append(missing.isEmpty ? "Rien ne manque." : "Manquant\u{00A0}:")
        lines += missing.map { "- " + $0 }
        lines.append("")
        lines += ["Fichiers\u{00A0}:"] + entries.map { "- " + $0.path }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
