import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One e-mail to send: a checked recipient (`Invitee.checkedEmail`), a subject and a plain-text body.
public struct MailMessage: Sendable, Equatable {
    public var to: String
    public var subject: String
    public var body: String

    public init(to: String, subject: String, body: String) { self.to = to; self.subject = subject; self.body = body }
}

/// Where messages go: SMTP in production, a recording transport in unit tests.
public protocol MailTransport: Sendable {
    /// Sends one message; throws `MailError` (French) when the relay refuses it or cannot be reached.
    func send(_ message: MailMessage) throws(MailError)
}

public struct MailError: Error, Sendable, CustomStringConvertible {
    public let description: String
    /// The relay could not be reached or dropped the connection: the next messages would fail the same way.
    public var relayUnreachable = false
}

/// A small SMTP client (RFC 5321) on blocking POSIX sockets, for the federation's relay.
///
/// Why written here: this machine's Swift packages hold no SMTP library (`swift-packages-b.md`: no SwiftSMTP,
/// no Kitura-SMTP, no swift-nio-extras SMTP), and the system `sendmail` interface needs an MTA that servers of
/// small federations often lack (none is installed here). SMTP to a relay is a dozen commands; plain sockets keep
/// `Application` free of SwiftNIO (the CLI would pull it in). No TLS and no AUTH: the relay is expected on the
/// server itself or the federation's network (a local Postfix or `msmtpd`, which does TLS and authentication to
/// the provider), as for any daemon that hands mail to its system's MTA. One connection per message, so each
/// accepted message is recorded at once and a relay failure mid-way loses no record of what went.
public struct SMTPTransport: MailTransport {
    public let host: String
    public let port: Int
    public let from: String
    /// Display name of the sender (the federation).
    public let fromName: String
    /// A blocked relay must not hold the DIM's request forever.
    public var timeoutSeconds = 30

    public init(host: String, port: Int, from: String, fromName: String) {
        self.host = host; self.port = port; self.from = from; self.fromName = fromName
    }

    public func send(_ message: MailMessage) throws(MailError) {
        let connection = try Connection(host: host, port: port, timeout: timeoutSeconds)
        defer { connection.close() }
        try connection.expect(220)
        try connection.command("EHLO sipadvisor", expect: 250)
        try connection.command("MAIL FROM:<\(from)>", expect: 250)
        try connection.command("RCPT TO:<\(message.to)>", expect: 250, 251)
        try connection.command("DATA", expect: 354)
        try connection.command(MIMEMessage.render(message, from: from, fromName: fromName) + "\r\n.", expect: 250)
        try? connection.command("QUIT", expect: 221)
    }

    /// One TCP connection reading SMTP replies (multi-line `250-…` up to `250 …`).
    final class Connection {
        private let socket: Int32
        private var buffer: [UInt8] = []
        private let place: String

        init(host: String, port: Int, timeout: Int) throws(MailError) {
            place = "\(host):\(port)"
            var hints = addrinfo()
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
            hints.ai_family = AF_UNSPEC
            var list: UnsafeMutablePointer<addrinfo>?
            guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
                throw MailError(description: "serveur SMTP introuvable\u{A0}: \(host)", relayUnreachable: true)
            }
            defer { freeaddrinfo(list) }
            var candidate: UnsafeMutablePointer<addrinfo>? = first
            var connected: Int32 = -1
            while let address = candidate, connected < 0 {
                let fd = Glibc.socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
                if fd >= 0 {
                    var limit = timeval(tv_sec: timeout, tv_usec: 0)
                    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
                    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
                    if connect(fd, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 { connected = fd } else { Glibc.close(fd) }
                }
                candidate = address.pointee.ai_next
            }
            guard connected >= 0 else { throw MailError(description: "connexion impossible au serveur SMTP \(place)", relayUnreachable: true) }
            socket = connected
        }

        func close() { Glibc.close(socket) }

        /// Sends a line (CRLF added) and checks the reply's code.
        func command(_ line: String, expect codes: Int...) throws(MailError) {
            var bytes = Array((line + "\r\n").utf8)
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeMutableBytes { Glibc.send(socket, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
                guard written > 0 else { throw MailError(description: "le serveur SMTP \(place) a coupé la connexion", relayUnreachable: true) }
                offset += written
            }
            try check(codes)
        }

        func expect(_ codes: Int...) throws(MailError) { try check(codes) }

        private func check(_ codes: [Int]) throws(MailError) {
            let reply = try readReply()
            guard let code = Int(reply.prefix(3)), codes.contains(code) else {
                throw MailError(description: "le serveur SMTP \(place) a refusé\u{A0}: \(reply)")
            }
        }

        private func readReply() throws(MailError) -> String {
            var lines: [String] = []
            while true {
                let line = try readLine()
                lines.append(line)
                // The last line of a reply has a space (or nothing) after its code.
                if line.count < 4 || line[line.index(line.startIndex, offsetBy: 3)] != "-" { return lines.joined(separator: " ") }
            }
        }

        private func readLine() throws(MailError) -> String {
            while true {
                if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: buffer[..<end], as: UTF8.self).trimmingCharacters(in: .newlines)
                    buffer.removeSubrange(...end)
                    return line
                }
                var chunk = [UInt8](repeating: 0, count: 1_024)
                let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { throw MailError(description: "pas de réponse du serveur SMTP \(place)", relayUnreachable: true) }
                buffer += chunk[..<count]
            }
        }
    }
}
