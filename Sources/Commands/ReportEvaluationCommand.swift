import Application
import ArgumentParser
import Reports

extension ReportCommand {
    struct Evaluation: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Synthèse d'une démonstration évaluée : par scénario, les choix par profession, le verdict commun, les commentaires.")
        @Option(help: "Numéro de l'évaluation.") var evaluation: Int64
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var document: DocumentOptions

        func run() throws {
            let run = try workspace.loadRun(templatesOverride: document.templates)
            let evaluations = DemoEvaluation(store: try workspace.openStore(), reference: run.catalog, survey: run.survey)
            let synthesis = try refusing { try evaluations.synthesis(evaluation, date: document.reportDate, templates: run.templates) }
            try document.emit(synthesis, sources: run.sources)
        }
    }
}
