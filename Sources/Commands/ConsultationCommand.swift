import Application
import ArgumentParser
import Deployment
import Foundation
import Reports
import Store

extension ReportCommand {
    /// `sipadvisor report consultation`: the document an editor answers and its reply template.
    struct Consultation: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Consultation des éditeurs (cahier des charges) d'une campagne, et son modèle de réponse CSV.",
            discussion: "Avec --out DOSSIER, écrit le document et le modèle de réponse (\(EditorConsultation.replyFile)) "
                + "dans ce dossier\u{00A0}; sans, imprime le document.")

        @Option(help: "Numéro de la campagne.") var campaign: Int64
        @Option(help: "Format\u{00A0}: md, html, pdf, docx ou odt (comme les autres documents).") var format: DocumentFormat = .md
        @Option(help: "Dossier où écrire le document et le modèle de réponse (par défaut\u{00A0}: le document sur la sortie standard).")
        var out: String?
        @Option(help: "Dossier de modèles de la fédération\u{00A0}: chaque fichier remplace le modèle du même nom.") var templates: String?
        @Option(help: "Date limite de réponse, AAAA-MM-JJ (par défaut\u{00A0}: quatre semaines après la date du document).")
        var replyBy: String?
        @OptionGroup var documentDate: DocumentDate
        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            if let replyBy, CalendarDay.parse(replyBy) == nil { throw ValidationError("--reply-by\u{00A0}: date attendue au format AAAA-MM-JJ.") }
        }

        func run() throws {
            let run = try workspace.loadRun(templatesOverride: templates)
            let context = try CampaignDocuments(run: run, workspace: workspace, campaign: campaign)
            let consultation = context.consultation(date: documentDate.reportDate, replyBy: replyBy)
            let document: ReportDocument
            do { document = try consultation.document(templates: run.templates).citing(run.sources) } catch {
                throw CampaignDocuments.failure(error)
            }
            let data = try Console.converted(document, as: format)
            guard let out else { Console.standardOutput(data, format); return }
            let name = DownloadName(document: document.slug, subject: context.snapshot.team.name, date: documentDate.reportDate,
                                    fileExtension: format.fileExtension).ascii
            try writeFiles([(name, data), (EditorConsultation.replyFile, try context.consultationReply(consultation))],
                           to: URL(fileURLWithPath: out))
            print("Document écrit\u{00A0}: \(URL(fileURLWithPath: out).appendingPathComponent(name).path)")
            print("Modèle de réponse écrit\u{00A0}: \(URL(fileURLWithPath: out).appendingPathComponent(EditorConsultation.replyFile).path) "
                  + "(\(FrenchNumber.count(consultation.questions.count, "question", "questions")))")
        }
    }
}
