import Application
import ArgumentParser
import Comparator
import Deployment
import Foundation
import Reports
import Store

/// `sipadvisor facilitator add|list|suggest|log|report`: the pool of facilitators (§IV.A.iii), the same
/// `FacilitatorDesk` calls as the DIM's pages.
struct FacilitatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facilitator", abstract: "Pool de facilitateurs : professionnels qui aident d'autres équipes, et leurs interventions.",
        subcommands: [Add.self, List.self, Suggest.self, Log.self, Report.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Inscrire un facilitateur.")

        @Option(help: "Nom et prénom.") var name: String
        @Option(help: "Profession (identifiant du catalogue, par exemple infirmier).") var profession: String
        @OptionGroup var team: TeamOption
        @Option(help: "Logiciel maîtrisé et année depuis laquelle il l'utilise, PRODUIT:AAAA (répétable).") var software: [String] = []
        @Option(help: "Disponibilité, par exemple « 2 demi-journées par mois ».") var availability = ""
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        var mastered: [FacilitatorEntry.Mastered] {
            software.map { pair in
                let parts = pair.split(separator: ":", maxSplits: 1).map(String.init)
                return .init(product: parts.first ?? "", sinceYear: parts.count > 1 ? parts[1] : "")
            }
        }

        func validate() throws {
            if let bad = software.first(where: { !$0.contains(":") }) {
                throw ValidationError("--software\u{00A0}: attendu PRODUIT:AAAA (par exemple chorus:2024), pas «\u{00A0}\(bad)\u{00A0}».")
            }
        }

        func run() throws {
            let (run, store) = try workspace.loadWithProducts()
            let team = try team.find(in: store)
            let entry = FacilitatorEntry(name: name, profession: profession, team: team.id, availability: availability, software: mastered)
            let record = try RegisterOptions.write {
                try FacilitatorDesk(store: store, professions: run.catalog.professions).add(entry, by: recorder.name, today: Date())
            }
            print("Facilitateur n°\u{00A0}\(record.id) inscrit\u{00A0}: \(markdownCell(record.name)).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lister le pool de facilitateurs.")
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let run = try workspace.loadRun()
            let store = try workspace.openStore()
            let desk = FacilitatorDesk(store: store, professions: run.catalog.professions)
            let pool = try WorkspaceOptions.storeCall { try store.facilitators.all() }
            guard !pool.isEmpty else { return print("Aucun facilitateur. Inscrivez-en un avec « sipadvisor facilitator add … ».") }
            print("| N° | Nom | Profession | Équipe | Logiciels maîtrisés | Disponibilité |")
            print("|---:|---|---|---|---|---|")
            for person in pool {
                let software = person.software.map { "\($0.productName) depuis \($0.sinceYear)" }.joined(separator: ", ")
                print("| \(person.record.id) | \(markdownCell(person.record.name)) | \(desk.professionLabel(person.record.profession)) | "
                      + "\(markdownCell(person.teamName)) | \(markdownCell(software)) | \(markdownCell(person.record.availability)) |")
            }
        }
    }

    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Facilitateurs d'autres équipes à proposer à une équipe : même logiciel, sinon même profession.")
        @OptionGroup var team: TeamOption
        @OptionGroup var day: RegisterDayOption
        @OptionGroup var workspace: WorkspaceOptions

        func run() throws {
            let run = try workspace.loadRun()
            let store = try workspace.openStore()
            let team = try team.find(in: store)
            let desk = FacilitatorDesk(store: store, professions: run.catalog.professions)
            let suggestions = try WorkspaceOptions.storeCall { try desk.suggestions(for: team.id, on: day.day) }
            guard !suggestions.isEmpty else {
                return print("Aucun facilitateur à proposer à \(markdownCell(team.name))\u{00A0}: ni logiciel ni profession en commun.")
            }
            print("| N° | Nom | Équipe | Pourquoi | Disponibilité |")
            print("|---:|---|---|---|---|")
            for suggestion in suggestions {
                let person = suggestion.facilitator
                print("| \(person.record.id) | \(markdownCell(person.record.name)) | \(markdownCell(person.teamName)) | "
                      + "\(markdownCell(suggestion.reason)) | \(markdownCell(person.record.availability)) |")
            }
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Inscrire une intervention d'un facilitateur auprès d'une équipe.")
        @Option(help: "N° du facilitateur (voir facilitator list).") var facilitator: Int64
        @OptionGroup var team: TeamOption
        @Option(help: "Date, AAAA-MM-JJ.") var date: String
        @Option(help: "Sujet de l'intervention.") var topic: String
        // Unconditional: « --hours -1 » reaches the register's French refusal instead of ArgumentParser's English one.
        @Option(parsing: .unconditional, help: "Durée en heures (par exemple 1,5).") var hours: String
        @OptionGroup var workspace: WorkspaceOptions
        @OptionGroup var recorder: RecorderOption

        func entry(team: Int64) -> InterventionEntry {
            InterventionEntry(facilitator: facilitator, team: team, date: date, topic: topic, hours: hours)
        }

        func validate() throws {
            if let problem = entry(team: 0).formatProblem() { throw RegisterOptions.validation(problem) }
        }

        func run() throws {
            let run = try workspace.loadRun()
            let store = try workspace.openStore()
            let team = try team.find(in: store)
            let desk = FacilitatorDesk(store: store, professions: run.catalog.professions)
            let row = try RegisterOptions.write { try desk.log(entry(team: team.id), by: recorder.name) }
            print("Intervention n°\u{00A0}\(row.id) inscrite\u{00A0}: \(FrenchNumber.format(row.hours))\u{00A0}h le \(row.date) "
                  + "auprès de \(markdownCell(team.name)).")
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bilan annuel des interventions, par facilitateur et par équipe (pour les financeurs).")
        // A string checked in `validate()`, so « --year 20x6 » gets a French message naming the option.
        @Option(help: "Année (par défaut : l'année en cours).") var year: String?
        @Option(help: "Format : md (tableaux) ou csv (tableur : « ; », BOM).") var format: OutputFormat = .md
        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            if let year, !(Int(year).map { (1990...2100).contains($0) } ?? false) {
                throw ValidationError("--year\u{00A0}: une année de 1990 à 2100, pas «\u{00A0}\(year)\u{00A0}».")
            }
            if format == .json { throw ValidationError("--format\u{00A0}: md ou csv.") }
        }

        func run() throws {
            let store = try workspace.openStore()
            let year = self.year.flatMap { Int($0) } ?? CalendarDay.year(Date())
            let report = try WorkspaceOptions.storeCall { try InterventionReport(store: store, year: year) }
            // The spreadsheet's file as the web downloads it (`;`, BOM, CRLF), for a redirect to a `.csv`.
            if format == .csv { return FileHandle.standardOutput.write(try report.csv()) }
            print(Self.markdown(report))
        }

        static func markdown(_ report: InterventionReport) -> String {
            func table(_ title: String, _ totals: [InterventionTotal]) -> String {
                let rows = totals.map { "| \(markdownCell($0.name)) | \($0.interventions) | \(FrenchNumber.format($0.hours)) |" }
                return (["| \(title) | Interventions | Heures |", "|---|---:|---:|"] + rows).joined(separator: "\n")
            }
            let total = report.total
            return """
                Interventions des facilitateurs en \(report.year)\u{00A0}: \(total.interventions), \(FrenchNumber.format(total.hours))\u{00A0}h.

                \(table("Facilitateur", report.byFacilitator))

                \(table("Équipe", report.byTeam))
                """
        }
    }
}
