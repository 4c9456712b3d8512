import Foundation

/// A message as it travels in SMTP's DATA: headers in ASCII (non-ASCII text as RFC 2047 encoded words), the body
/// in UTF-8 encoded in base64 (no 8BITMIME needed from the relay, no line over 76 characters, and a line holding a
/// lone "." cannot end the message early). Addresses come checked (`Invitee.checkedEmail`: no line break, no
/// bracket), and every other header value is encoded, so nothing typed can add a header.
enum MIMEMessage {
    static func render(_ message: MailMessage, from: String, fromName: String, date: Date = Date()) -> String {
        let headers = [
            "From: \(encodedWords(fromName)) <\(from)>",
            "To: <\(message.to)>",
            "Subject: \(encodedWords(message.subject))",
            "Date: \(dateFormatter.string(from: date))",
            "Message-ID: <\(UUID().uuidString.lowercased())@sipadvisor>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
        ]
        let body = Data(message.body.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            .base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + body
    }

    /// RFC 2047 `=?UTF-8?B?…?=` words of at most 75 characters, cut between characters (never inside one), folded
    /// on separate lines; plain ASCII text without specials goes as it is.
    static func encodedWords(_ text: String) -> String {
        let clean = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        // Letters, digits, spaces and a few marks go as they are; anything a header could read as syntax (`,` `:`
        // `<` `"`…) or that is not ASCII is encoded.
        if clean.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || " -.'".unicodeScalars.contains($0)) })
            && clean.count < 60 {
            return clean
        }
        var words: [String] = [], chunk = Data()
        for character in clean {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > 45 { words.append(chunk.base64EncodedString()); chunk = Data() }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(chunk.base64EncodedString()) }
        return words.map { "=?UTF-8?B?\($0)?=" }.joined(separator: "\r\n ")
    }

    /// A new formatter per use: `DateFormatter` is not `Sendable`.
    static var dateFormatter: DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter
    }
}
