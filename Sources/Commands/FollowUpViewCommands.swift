import Application
import ArgumentParser
import Deployment
import Foundation
import Reports
import Store

// The read side of `sipadvisor followup`: Markdown tables (user text escaped), on the day `--date` gives.

struct FollowUpList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Les étapes suivies et les engagements de l'éditeur, prévu contre réel, avec les retards.")
    @OptionGroup var target: FollowUpTarget
    @OptionGroup var day: DocumentDate

    func run() throws {
        let state = try target.state(today: day.reportDate)
        print("Suivi du déploiement au \(FrenchDate.long(state.today))\u{00A0}: \(FrenchNumber.count(state.late.count, "élément en retard", "éléments en retard")).\n")
        print(Self.table(state.steps, today: state.today, heading: "Étape"))
        if !state.promises.isEmpty { print("\n" + Self.table(state.promises, today: state.today, heading: "Engagement de l'éditeur")) }
    }

    static func table(_ items: [TrackedStep], today: String, heading: String) -> String {
        var lines = ["| n° | \(heading) | Pilote | Fin prévue | Fin réelle | État | Retard |", "|---|---|---|---|---|---|---|"]
        for item in items {
            let state = item.status.rawValue + (item.blockedReason.map { " (\(markdownCell($0)))" } ?? "")
            let late = item.daysLate(today: today).map { FrenchNumber.count($0, "jour", "jours") } ?? ""
            lines.append("| \(item.id) | \(markdownCell(item.title)) | \(markdownCell(item.owner)) | \(item.plannedEnd) | \(item.actualEnd ?? "—") | \(state) | \(late) |")
        }
        return lines.joined(separator: "\n")
    }
}

struct FollowUpTrainings: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "trainings", abstract: "Heures de formation par professionnel·le et par profession, contre la formation déclarée et les vagues de la méthode.")
    @OptionGroup var target: FollowUpTarget
    @OptionGroup var day: DocumentDate

    func run() throws {
        let followed = try target.followed(today: day.reportDate)
        let training = followed.state.training, profession = ProfessionLabels(followed.catalog).label
        let declared = training.declaredHours.map { "\(FrenchNumber.format($0)) h par professionnel·le" } ?? "non renseigné"
        print("Formation déclarée par l'éditeur\u{00A0}: \(declared).\n")
        var lines = ["| Professionnel·le | Profession | Heures | Contenus | Reste dû |", "|---|---|---|---|---|"]
        for member in training.professionals {
            let owed = member.shortfall.map { "\(FrenchNumber.format($0)) h" } ?? "non renseigné"
            lines.append("| \(markdownCell(member.person)) | \(markdownCell(profession(member.profession))) | \(FrenchNumber.format(member.hours)) h | "
                         + member.contents.map(\.frenchName).joined(separator: ", ") + " | \(owed) |")
        }
        lines += ["", "| Profession | Formé·es | Heures |", "|---|---|---|"]
        for group in training.professions {
            lines.append("| \(markdownCell(profession(group.profession))) | \(group.trained) sur \(group.people) | \(FrenchNumber.format(group.hours)) h |")
        }
        lines += ["", "| Vague | Prévue la semaine du | Formé·es | |", "|---|---|---|---|"]
        for wave in training.waves {
            lines.append("| \(wave.content.frenchName) | \(wave.due.map(FrenchDate.long) ?? "—") | \(wave.trained) sur \(wave.people) | \(wave.isLate ? "en retard" : "") |")
        }
        let untrained = training.untrained.map { markdownCell($0.person) }
        lines += ["", "Pas encore formé·es\u{00A0}: " + (untrained.isEmpty ? "personne." : untrained.joined(separator: ", ") + ".")]
        print(lines.joined(separator: "\n"))
    }
}

struct FollowUpChecklist: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "checklist", abstract: "Contrôles de la reprise des données et anomalies ; --item N --date J coche un contrôle.")
    @OptionGroup var target: FollowUpTarget
    @Option(help: "Numéro du contrôle à cocher (ou décocher sans --checked).") var item: Int?
    @Option(help: "Date du contrôle, AAAA-MM-JJ.") var checked: String?
    @Option(help: "Note sur le contrôle.") var note: String?
    @OptionGroup var day: DocumentDate

    func validate() throws { try validateFollowUp { _ = try FollowUpEntry.day(checked, "date") } }

    func run() throws {
        if let item { try target.perform { try $0.check(campaignID: target.campaign, number: item, on: checked, note: note) } }
        let state = try target.state(today: day.reportDate)
        var lines = ["| n° | Contrôle après reprise | Fait le | Note |", "|---|---|---|---|"]
        for check in state.checks {
            lines.append("| \(check.position + 1) | \(markdownCell(check.text)) | \(check.checkedOn ?? "—") | \(markdownCell(check.note ?? "")) |")
        }
        lines += ["", "| n° | Anomalie | Gravité | Trouvée le | Corrigée le |", "|---|---|---|---|---|"]
        for defect in state.defects {
            lines.append("| \(defect.id) | \(markdownCell(defect.description)) | \(defect.severity) | \(defect.foundOn) | \(defect.fixedOn ?? "non corrigée") |")
        }
        print(lines.joined(separator: "\n"))
    }
}
