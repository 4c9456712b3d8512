import Foundation

/// One spelling of an e-mail address for storing, looking up and throttling accounts, so that variants typed at
/// login (case, surrounding spaces, accents typed as combining characters) are the same account everywhere, in
/// Swift as in SQLite. Control characters are not removed: they are refused where text is typed.
public enum EmailAddress {
    public static func normalised(_ address: String) -> String {
        address.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
            .folding(options: [.caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Whether the address contains a character no address can hold (controls, spaces): such input is refused.
    public static func hasForbiddenCharacter(_ address: String) -> Bool {
        address.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.isWhitespace }
    }
}
