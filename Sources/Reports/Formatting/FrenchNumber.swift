import Foundation

/// Formats numbers the French way ("12 345,5") without Foundation locales, whose data may be missing on Linux
/// servers; reports must read the same everywhere.
public enum FrenchNumber {
    /// - Parameter fixed: keep trailing zeros ("0,40"), for columns of scores that must line up.
    public static func format(_ value: Double, decimals: Int = 2, fixed: Bool = false) -> String {
        guard value.isFinite else { return "—" }
        // Beyond what an Int holds (a typo such as 1e20 in a matrix), scientific notation rather than a crash.
        guard abs(value) < 1e15 else { return String(format: "%.3e", value).replacingOccurrences(of: ".", with: ",") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let integer = Int(magnitude)
        var fraction = Int(((magnitude - Double(integer)) * scale).rounded())
        var integerPart = integer
        if Double(fraction) >= scale { integerPart += 1; fraction = 0 }
        var text = groupThousands(integerPart)
        if fraction != 0 {
            var digits = String(fraction)
            while digits.count < decimals { digits = "0" + digits }
            if !fixed { while digits.hasSuffix("0") { digits.removeLast() } }
            text += "," + digits
        } else if fixed && decimals > 0 {
            text += "," + String(repeating: "0", count: decimals)
        }
        return negative ? "−" + text : text
    }

    /// "0,42" → "42 %"
    /// "1 semaine", "3 semaines": French plural (0 and 1 take the singular).
    public static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(format(Double(value), decimals: 0)) \(abs(value) < 2 ? singular : plural)"
    }

    /// A score in [0, 1] with two fixed decimals: "0,40".
    public static func score(_ value: Double) -> String { format(value, decimals: 2, fixed: true) }

    public static func percent(_ share: Double, decimals: Int = 0) -> String {
        format(share * 100, decimals: decimals) + "\u{202F}%"
    }

    public static func euros(_ value: Double) -> String {
        format(value, decimals: 0) + "\u{202F}€"
    }

    private static func groupThousands(_ value: Int) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append("\u{202F}") }
            out.append(digit)
        }
        return out
    }
}
