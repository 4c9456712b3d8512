import Deployment
import Foundation
import Survey

/// The events a campaign's calendars hold, in French: the plan's milestones (projected from a start date, or the
/// follow-up's planned steps once the deployment is followed), the action plan's due dates and the user-group
/// meetings. Each UID names what the event is, so a moved date updates the event already imported.
public enum CalendarEvents {
    public static let planCategory = "Plan de projet", actionCategory = "Plan d'actions", groupCategory = "Groupe utilisateurs"

    static func uid(_ parts: String...) -> String { parts.joined(separator: "-") + "@" + ICalendar.uidDomain }

    /// The plan's milestones before the deployment is followed: each step that closes on a milestone, on its end day
    /// as the plan's table dates it (`Schedule`), tentative since the dates are projected.
    public static func milestones(campaign: Int64, method: DeploymentMethod, start: String, url: String?) -> [CalendarEvent] {
        guard let first = CalendarDay.parse(start) else { return [] }
        return Schedule(method: method, start: first).rows.compactMap { row in
            row.step.milestone.map { milestone in
                CalendarEvent(uid: uid("campagne", "\(campaign)", "etape", row.step.id), day: CalendarDay.iso(row.end),
                              summary: "Jalon : \(milestone)",
                              description: "\(row.stage.title), étape « \(row.step.title) ». Date prévue par le plan de projet.",
                              url: url, status: .tentative, categories: [planCategory])
            }
        }
    }

    /// The follow-up's planned steps (on their planned end; the same UID as the projected milestone of the step, so
    /// it replaces it) and the editor's promises.
    public static func tracked(campaign: Int64, steps: [TrackedStep], promises: [TrackedStep], method: DeploymentMethod,
                               url: String?) -> [CalendarEvent] {
        let milestones = Dictionary(method.stages.flatMap(\.steps).compactMap { step in step.milestone.map { (step.id, $0) } },
                                    uniquingKeysWith: { first, _ in first })
        let team = steps.map { step in
            let name = step.stepId.flatMap { milestones[$0] }.map { "Jalon : \($0)" } ?? "Fin prévue : \(step.title)"
            return trackedEvent(step, summary: name, uid: step.stepId.map { uid("campagne", "\(campaign)", "etape", $0) }
                                    ?? uid("campagne", "\(campaign)", "suivi", "\(step.id)"), url: url)
        }
        let editor = promises.map { promise in
            trackedEvent(promise, summary: "Promesse de l'éditeur : \(promise.title)",
                         uid: uid("campagne", "\(campaign)", "promesse", "\(promise.id)"), url: url)
        }
        return team + editor
    }

    static func trackedEvent(_ step: TrackedStep, summary: String, uid: String, url: String?) -> CalendarEvent {
        var lines = [line("Étape", step.title), line("Responsable", step.owner), line("État", step.status.rawValue)]
        if let reason = step.blockedReason { lines.append(line("Bloqué", reason)) }
        if let end = step.actualEnd { lines.append("Terminé le \(FrenchDate.long(end)).") }
        return CalendarEvent(uid: uid, day: step.plannedEnd, summary: summary + (step.status == .done ? " (fait)" : ""),
                             description: lines.joined(separator: "\n"), url: url, status: .confirmed, categories: [planCategory])
    }

    /// The action plan's due dates; an action without one has no event.
    public static func actions(campaign: Int64, actions: [PlannedAction], grid: MaturityGrid, url: String?) -> [CalendarEvent] {
        actions.compactMap { action in
            guard let due = action.due, CalendarDay.parse(due) != nil else { return nil }
            let dimension = grid.dimension(action.dimension)?.title ?? action.dimension
            var lines = [line("Dimension", dimension), line("Pilote", action.lead ?? "à désigner")]
            if !action.means.isEmpty { lines.append(line("Moyens", action.means)) }
            if !action.indicator.isEmpty { lines.append(line("Indicateur", action.indicator)) }
            lines.append(line("État", action.status.rawValue))
            return CalendarEvent(uid: uid("campagne", "\(campaign)", "action", action.dimension), day: due,
                                 summary: "Échéance : \(action.title)" + (action.status == .fait ? " (fait)" : ""),
                                 description: lines.joined(separator: "\n"), url: url, status: .confirmed, categories: [actionCategory])
        }
    }

    /// User-group meetings and, for each software, the next meeting its latest session announced (two months later
    /// unless given). Both are named by software and day, so the announced meeting, once held and recorded, is
    /// updated rather than duplicated.
    public static func userGroups(_ sessions: [(id: Int64, session: UserGroupSession)], url: (Int64) -> String?) -> [CalendarEvent] {
        let held = Set(sessions.map { key($0.session.software, $0.session.date) })
        let meetings = sessions.sorted { $0.session.date < $1.session.date }.map { id, session in
            CalendarEvent(uid: uid("groupe", key(session.software, session.date)), day: session.date,
                          summary: "Groupe utilisateurs \(session.software)",
                          description: meetingDescription(session), url: url(id), status: .confirmed, categories: [groupCategory])
        }
        let latest = Dictionary(sessions.map { ($0.session.software, $0) }, uniquingKeysWith: { $0.session.date >= $1.session.date ? $0 : $1 })
        let next = latest.values.sorted { $0.session.software < $1.session.software }.compactMap { id, session -> CalendarEvent? in
            guard let day = session.resolvedNextMeeting, !held.contains(key(session.software, day)) else { return nil }
            return CalendarEvent(uid: uid("groupe", key(session.software, day)), day: day,
                                 summary: "Prochaine réunion du groupe utilisateurs \(session.software)",
                                 description: "Annoncée lors de la réunion du \(FrenchDate.long(session.date)).",
                                 url: url(id), status: .tentative, categories: [groupCategory])
        }
        return meetings + next
    }

    /// « Label : value. », without a second full stop when the value (typed text) already ends a sentence.
    static func line(_ label: String, _ value: String) -> String {
        "\(label) : \(value)" + (value.last.map { ".!?…".contains($0) } == true ? "" : ".")
    }

    static func meetingDescription(_ session: UserGroupSession) -> String {
        var lines = [line("Animation", session.facilitator),
                     session.mode == .visio ? "En visioconférence." : "En présentiel" + (session.place.map { ", \($0)." } ?? ".")]
        if !session.agenda.isEmpty { lines.append(line("Ordre du jour", session.agenda.joined(separator: " ; "))) }
        return lines.joined(separator: "\n")
    }

    /// A software and a day as a UID part: ASCII, so every calendar reads it the same.
    static func key(_ software: String, _ day: String) -> String { FileName.slug(software) + "-" + day }
}
