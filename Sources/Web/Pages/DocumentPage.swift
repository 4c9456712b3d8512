import Application

/// A report shown inside the application: the `<main>` HTML the Reports module produced (its own escaping), with a
/// way back and its downloads. Campaign documents and the user groups' editor deliverable share it.
struct DocumentPage: PageModel {
    static let template = "document"

    struct Download: Sendable {
        var href: String
        var label: String

        /// A report's file in one of the `DocumentFormat`s, or a CSV, labelled by its format (`query` follows the file
        /// name, e.g. `?logiciel=…`).
        static func file(_ path: String, query: String = "") -> Download {
            let format = path.hasSuffix(".ics") ? "calendrier des jalons, iCalendar"
                : DocumentFormat.split(path)?.format.frenchName ?? "modèle de réponse CSV"
            return Download(href: path + query, label: "Télécharger (\(format))")
        }
    }

    /// The campaign the report belongs to, for the way back; `nil` outside a campaign.
    var id: Int64?
    var editPlan: Bool
    var downloads: [Download]
    var document: String

    init(document: String, downloads: [Download]) {
        (id, editPlan, self.downloads, self.document) = (nil, false, downloads, document)
    }

    /// A campaign's report; `files` are names under the campaign's downloads.
    init(document: String, campaignID: Int64, files: [String], editPlan: Bool = false) {
        (id, self.editPlan, self.document) = (campaignID, editPlan, document)
        downloads = files.map { .file("/campagnes/\(campaignID)/telechargements/\($0)") }
    }
}
