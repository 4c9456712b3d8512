import Foundation

/// Python modules the cross-checks use (`scripts/setup --test` installs them): a test that needs one is enabled only
/// when it imports, and says which is missing otherwise.
public enum PythonModule {
    public static func available(_ name: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import \(name)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
