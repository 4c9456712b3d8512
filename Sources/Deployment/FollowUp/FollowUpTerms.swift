import Foundation

/// The words of a deployment's follow-up (issue 11, part 2), stored as their raw values: the schema's CHECK
/// constraints list the same values (`Store.FollowUpSchema`).

/// Where a tracked step stands. A blocked step carries its reason (the schema refuses one without).
public enum StepStatus: String, Sendable, CaseIterable, Codable {
    case toDo = "à faire", inProgress = "en cours", done = "fait", blocked = "bloqué"
}

/// Whose commitment a tracked item is: the team's own step of the method, or a date the editor promised
/// (installation, migration, training sessions), kept apart and shown against the team's steps.
public enum FollowUpParty: String, Sendable, CaseIterable, Codable {
    case team = "equipe", editor = "editeur"
}

/// What a training session covered: the method's three waves (`catalog/method.yaml`, `training` ids), one
/// enumeration for the log, the comparison with the waves and the schema.
public enum TrainingContent: String, Sendable, CaseIterable, Codable {
    case individual = "individuel", pluriprofessional = "pluriprofessionnel", aci = "aci"

    public var frenchName: String {
        switch self {
        case .individual: "fonctions individuelles"
        case .pluriprofessional: "pluriprofessionnel"
        case .aci: "ACI/NMR"
        }
    }
}

/// How serious a defect found after the data migration is.
public enum DefectSeverity: String, Sendable, CaseIterable, Codable {
    case minor = "mineur", major = "majeur", blocking = "bloquant"
}

/// When a tracked item is late: its planned end is before today and it is not done. Dates are `YYYY-MM-DD`
/// (`CalendarDay`), so they compare as text; today comes from the caller's clock, never from here.
public enum Lateness {
    public static func isLate(plannedEnd: String, status: StepStatus, today: String) -> Bool {
        status != .done && plannedEnd < today
    }

    /// Whole days past the planned end; `nil` when the item is not late.
    public static func daysLate(plannedEnd: String, status: StepStatus, today: String) -> Int? {
        guard isLate(plannedEnd: plannedEnd, status: status, today: today),
              let end = CalendarDay.parse(plannedEnd), let now = CalendarDay.parse(today) else { return nil }
        return CalendarDay.calendar.dateComponents([.day], from: end, to: now).day
    }

    /// The delay a plan shows for an item: days a done item finished after its planned end (`nil` when on time),
    /// otherwise how late it is today (`daysLate`).
    public static func delay(plannedEnd: String, actualEnd: String?, status: StepStatus, today: String) -> Int? {
        guard status == .done else { return daysLate(plannedEnd: plannedEnd, status: status, today: today) }
        guard let actualEnd, let end = CalendarDay.parse(plannedEnd), let finished = CalendarDay.parse(actualEnd),
              let days = CalendarDay.calendar.dateComponents([.day], from: end, to: finished).day, days > 0 else { return nil }
        return days
    }
}
