import Foundation
import TestSupport
import Testing

/// The code's shape rules (issue 9: files ≤ 400 lines, functions ≤ 60 lines, no forced record id) hold for every
/// file in `Sources`: `scripts/check-shape` prints each breach as file:line.
@Suite("Forme du code")
struct CodeShapeTests {
    @Test func sourcesKeepTheirShape() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Checkout.root.appendingPathComponent("scripts/check-shape").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(printed)")
        #expect(printed.isEmpty, "\(printed)")
    }
}
