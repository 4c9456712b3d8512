import Foundation

/// The checkout this test build comes from, and its data folders.
public enum Checkout {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let catalog = root.appendingPathComponent("catalog")
    public static let templates = root.appendingPathComponent("templates")
}
