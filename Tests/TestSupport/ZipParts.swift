import Foundation

/// What a ZIP file (a DOCX, an ODT, the campaign's ZIP) holds, read by Python's `zipfile` (`scripts/zip_parts.py`),
/// not by the library that wrote it.
public struct ZipParts: Decodable, Sendable {
    /// Every entry, in the archive's order.
    public let names: [String]
    /// Each entry's first 8 bytes, Latin-1 (`%PDF-1.4`, `PK…`).
    public let heads: [String: String]
    /// The text of each `.xml` and `.txt` entry.
    public let texts: [String: String]

    public struct Unreadable: Error, CustomStringConvertible {
        public let description: String
    }

    public static func read(_ file: URL) throws -> ZipParts {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Checkout.root.appendingPathComponent("scripts/zip_parts.py").path, file.path]
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("zip-parts-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
        process.waitUntilExit()
        let data = try Data(contentsOf: output)
        guard process.terminationStatus == 0 else { throw Unreadable(description: String(decoding: data, as: UTF8.self)) }
        return try JSONDecoder().decode(ZipParts.self, from: data)
    }

    /// `data` written to a scratch file first (a web response's body).
    public static func read(_ data: Data) throws -> ZipParts {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zip-\(UUID().uuidString).zip")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try read(file)
    }
}
