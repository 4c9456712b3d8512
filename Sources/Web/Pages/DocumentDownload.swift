import Application
import Foundation
import Hummingbird
import Reports
import Store

extension WebApp {
    /// A document downloaded in `format` (`OfficeConversion`, off the request threads), named with its `subject` (the
    /// team, the software; `nil` for the federation's own) and today. A missing or failing tool is a French page
    /// naming what to install, not a server error.
    func documentDownload(_ document: ReportDocument, _ format: DocumentFormat, subject: String?, user: UserRecord?) async -> Response {
        let data: Data
        do { data = try await office.data(document, as: format) } catch {
            return Page.error(.serviceUnavailable, title: "Conversion impossible", message: "\(error)", user: user)
        }
        let name = DownloadName(document: document.slug, subject: subject, date: today, fileExtension: format.fileExtension)
        return Page.download(data, name: name, type: format.mediaType)
    }
}
