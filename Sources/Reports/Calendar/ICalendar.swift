import Deployment
import Foundation

/// One day in a calendar: every date this product keeps is a day (`YYYY-MM-DD`: milestones, due dates, user-group
/// meetings), none has a time, so every event is an all-day event and no time zone is written.
public struct CalendarEvent: Sendable, Equatable {
    /// RFC 5545's VEVENT statuses: a projected plan is tentative, a recorded date confirmed.
    public enum Status: String, Sendable { case tentative = "TENTATIVE", confirmed = "CONFIRMED", cancelled = "CANCELLED" }

    /// Derived from what the event is (campaign and step, session's software and day…), never random, so that a
    /// calendar importing the file again updates its events instead of duplicating them.
    public var uid: String
    /// `YYYY-MM-DD`.
    public var day: String
    public var summary: String
    public var description: String
    public var url: String?
    public var status: Status
    public var categories: [String]

    public init(uid: String, day: String, summary: String, description: String, url: String? = nil,
                status: Status, categories: [String]) {
        self.uid = uid; self.day = day; self.summary = summary; self.description = description; self.url = url
        self.status = status; self.categories = categories
    }
}

/// An iCalendar file (RFC 5545) of all-day events: CRLF line ends, lines folded at 75 octets between UTF-8 sequences,
/// TEXT values escaped. The one writer of `.ics` files, for the CLI's export and the web's downloads.
public struct ICalendar: Sendable {
    public static let contentType = "text/calendar; charset=utf-8"
    static let productID = "-//SIP Advisor//sipadvisor//FR"
    /// The right part of every UID: what the event is comes before it.
    public static let uidDomain = "sipadvisor"

    /// `X-WR-CALNAME`, the name a calendar application gives the imported calendar.
    public var name: String
    public var events: [CalendarEvent]
    /// `DTSTAMP`: when the file was written (the caller's clock), in UTC.
    public var stamp: Date

    public init(name: String, events: [CalendarEvent], stamp: Date) {
        self.name = name; self.events = events; self.stamp = stamp
    }

    public var text: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(Self.productID)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:\(Self.escaped(FrenchTypography.text(name)))"]
        for event in events { lines += eventLines(event) }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    public var data: Data { Data(text.utf8) }

    func eventLines(_ event: CalendarEvent) -> [String] {
        // DTEND is exclusive: an all-day event ends the next day.
        let next = CalendarDay.parse(event.day).map { CalendarDay.calendar.date(byAdding: .day, value: 1, to: $0)! }
        var lines = ["BEGIN:VEVENT", "UID:\(Self.escaped(event.uid))", "DTSTAMP:\(Self.utc(stamp))",
                     "DTSTART;VALUE=DATE:\(Self.basic(event.day))"]
        if let next { lines.append("DTEND;VALUE=DATE:\(Self.basic(CalendarDay.iso(next)))") }
        // Calendars show these as they are: French typography here, as on pages and documents.
        lines += ["SUMMARY:\(Self.escaped(FrenchTypography.text(event.summary)))",
                  "DESCRIPTION:\(Self.escaped(FrenchTypography.text(event.description)))"]
        if let url = event.url { lines.append("URL:\(url)") }
        lines.append("STATUS:\(event.status.rawValue)")
        if !event.categories.isEmpty { lines.append("CATEGORIES:" + event.categories.map(Self.escaped).joined(separator: ",")) }
        // A day, not a busy time: the whole day is not blocked in the reader's agenda.
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        return lines
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash first, then `;`, `,` and line breaks.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Lines longer than 75 octets go on continuation lines starting with a space (RFC 5545 §3.1), cut between
    /// Unicode scalars so that no UTF-8 sequence is split.
    static func folded(_ line: String) -> String {
        var out = "", width = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if width + size > 75 {
                out += "\r\n "
                width = 1
            }
            out.unicodeScalars.append(scalar)
            width += size
        }
        return out
    }

    /// `2027-03-12` → `20270312`.
    static func basic(_ day: String) -> String { day.replacingOccurrences(of: "-", with: "") }

    static func utc(_ date: Date) -> String {
        let c = CalendarDay.calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
