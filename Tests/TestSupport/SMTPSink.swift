import Foundation

/// A local SMTP sink (`scripts/smtp_sink.py`, Python's aiosmtpd, installed by `scripts/setup --test`) on a free
/// loopback port, for the tests that send invitations: what it received is read back as decoded messages.
public final class SMTPSink: @unchecked Sendable {
    public struct Message: Decodable, Sendable {
        public let envelopeFrom: String
        public let envelopeTo: [String]
        /// The Subject header as it travelled (RFC 2047 encoded words for non-ASCII text).
        public let rawSubject: String
        public let subject: String
        public let from: String
        public let to: String
        public let charset: String?
        public let body: String
        /// Whether every header byte was ASCII (accents travel encoded).
        public let asciiHeaders: Bool
    }

    public let port: Int
    private let process: Process
    private let input = Pipe()
    private let out: URL

    /// Starts the sink and waits for its "PORT n" line.
    public init() throws {
        out = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-\(UUID().uuidString).jsonl")
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Checkout.root.appendingPathComponent("scripts/smtp_sink.py").path, "--out", out.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = input
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "le puits SMTP n'a pas démarré : \(text)"])
        }
        self.port = port
    }

    /// Every message received so far, in order.
    public func messages() throws -> [Message] {
        guard let data = FileManager.default.contents(atPath: out.path) else { return [] }
        return try data.split(separator: UInt8(ascii: "\n")).map { try JSONDecoder().decode(Message.self, from: Data($0)) }
    }

    /// Closes the sink's standard input, which ends it.
    public func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: out)
    }
}
