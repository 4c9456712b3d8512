import Foundation
import Testing

/// The repository's Python cross-checks (`scripts/*.py`), run as `FHIREvaluator` runs `fhir_enablewhen.py`: an
/// independent reader of what the Swift code wrote.
public enum PythonScripts {
    /// Whether `python3` imports `module`: the tests that need it are skipped with this said when it does not
    /// (`scripts/setup --test` installs them).
    public static func hasModule(_ module: String) -> Bool {
        (try? BuiltExecutable.run(["python3", "-c", "import \(module)"], executable: URL(fileURLWithPath: "/usr/bin/env")).status) == 0
    }

    public static func run(_ script: String, _ arguments: [String]) throws -> CommandOutcome {
        try BuiltExecutable.run(["python3", Checkout.root.appendingPathComponent("scripts/\(script)").path] + arguments,
                                executable: URL(fileURLWithPath: "/usr/bin/env"))
    }
}

/// A workbook as openpyxl reads it (`scripts/xlsx_dump.py`).
public struct XLSXDump: Decodable {
    public struct Sheet: Decodable {
        public var name: String
        public var freeze: String?
        public var autofilter: String?
        public var bold_header: Bool
        public var widths: [String: Double]
        public var rows: [[Cell]]

        public var header: [String] { rows.first?.map(\.text) ?? [] }

        /// The cells of the column called `name`, header excluded.
        public func column(_ name: String) -> [Cell] {
            guard let index = header.firstIndex(of: name) else { return [] }
            return rows.dropFirst().map { index < $0.count ? $0[index] : Cell(type: "NoneType", text: "") }
        }
    }

    /// openpyxl's Python type (`str`, `int`, `float`, `bool`, `datetime`, `NoneType`) and the value as text.
    public struct Cell: Decodable, Equatable, Sendable {
        public var type: String
        public var text: String

        public init(type: String, text: String) { self.type = type; self.text = text }

        public init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            type = try container.decode(String.self)
            if try container.decodeNil() { text = "" }
            else if let flag = try? container.decode(Bool.self) { text = String(flag) }
            else if let number = try? container.decode(Int.self) { text = String(number) }
            else if let number = try? container.decode(Double.self) { text = String(number) }
            else { text = try container.decode(String.self) }
        }
    }

    public var sheets: [Sheet]

    public func sheet(_ name: String) throws -> Sheet { try #require(sheets.first { $0.name == name }, "pas de feuille « \(name) »") }

    /// Writes `data` in `scratch` and reads it with openpyxl.
    public static func read(_ data: Data, in scratch: Scratch) throws -> XLSXDump {
        let path = scratch.path("dump-\(UUID().uuidString).xlsx")
        try data.write(to: URL(fileURLWithPath: path))
        let result = try PythonScripts.run("xlsx_dump.py", [path])
        try #require(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(XLSXDump.self, from: Data(result.stdout.utf8))
    }
}
