import Foundation

/// A person the DIM invites to a campaign: an identifier (often a pseudonym, « IDE 1 »), the profession whose
/// questionnaire they answer, and, when the DIM has it, the address invitations and reminders are sent to.
public struct Invitee: Sendable, Equatable {
    public var label: String
    public var profession: String
    public var email: String?

    public init(label: String, profession: String, email: String? = nil) {
        self.label = label
        self.profession = profession
        self.email = email
    }

    /// The one rule for an identifier, for the respondents list and a respondent added later: what the schema
    /// checks (1 to 100 code points, `length()`), on cleaned text.
    public static func labelProblem(_ label: String) -> String? {
        guard !label.isEmpty, TypedText.length(label) <= 100, !TypedText.hasControlCharacter(label) else {
            return "identifiant vide, trop long (100 caractères au plus) ou avec un caractère de contrôle"
        }
        return nil
    }

    /// The one rule for a respondent's e-mail address (respondents list, added respondent, CLI and web alike):
    /// the address in one spelling (trimmed, NFC, lower case, as `Store.EmailAddress` spells accounts' addresses),
    /// or why it is refused. Syntax only, and strict: the address goes into an SMTP envelope and a `To:` header, so
    /// spaces, controls (a line break would inject a header), quotes, brackets and separators are refused.
    public static func checkedEmail(_ typed: String) -> Result<String, EmailProblem> {
        let address = typed.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
            .folding(options: [.caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        let refused = EmailProblem(message: "adresse e-mail invalide «\u{A0}\(TypedText.removingControlCharacters(typed))\u{A0}» "
                                   + "(attendu\u{A0}: nom@domaine.fr)")
        let forbidden = CharacterSet(charactersIn: "<>()[]\\,;:\"'`").union(.whitespacesAndNewlines).union(.controlCharacters)
        guard address.unicodeScalars.count <= 254, !address.unicodeScalars.contains(where: forbidden.contains) else { return .failure(refused) }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].unicodeScalars.count <= 64 else { return .failure(refused) }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }) else {
            return .failure(refused)
        }
        return .success(address)
    }

    public struct EmailProblem: Error, Sendable, Equatable {
        public let message: String
    }
}
