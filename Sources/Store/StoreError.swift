/// Store errors, in French for the person who caused them.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Reason: Sendable, Equatable {
        case duplicateTeam(String), unknownTeam(String), unknownCampaign(String), duplicateUser(String), unknownSession(Int64)
        case unknownUser(String), lastAdmin
        case invalid(String)
    }
    private let reason: Reason

    public static func duplicateTeam(_ name: String) -> StoreError { .init(reason: .duplicateTeam(name)) }
    public static func unknownTeam(_ name: String) -> StoreError { .init(reason: .unknownTeam(name)) }
    public static func unknownCampaign(_ id: String) -> StoreError { .init(reason: .unknownCampaign(id)) }
    public static func duplicateUser(_ email: String) -> StoreError { .init(reason: .duplicateUser(email)) }
    public static func unknownSession(_ id: Int64) -> StoreError { .init(reason: .unknownSession(id)) }
    public static func unknownUser(_ email: String) -> StoreError { .init(reason: .unknownUser(email)) }
    /// Disabling or demoting the only active admin would leave nobody able to manage accounts.
    public static let lastAdmin = StoreError(reason: .lastAdmin)
    /// A value the schema would refuse, with the French rule it breaks.
    public static func invalid(_ rule: String) -> StoreError { .init(reason: .invalid(rule)) }

    /// The CLI option that named what was not found (`--team`, `--campaign`), so its message can name it.
    public var cliOption: String? {
        switch reason {
        case .unknownTeam: "--team"
        case .unknownCampaign: "--campaign"
        default: nil
        }
    }

    public var description: String {
        switch reason {
        case let .duplicateTeam(name): "une équipe nommée « \(name) » existe déjà"
        case let .unknownTeam(name): "équipe inconnue : « \(name) »"
        case let .unknownCampaign(id): "campagne inconnue : \(id)"
        case let .duplicateUser(email): "un compte existe déjà pour « \(email) »"
        case let .unknownSession(id): "séance de groupe utilisateurs inconnue : \(id)"
        case let .unknownUser(email): "aucun compte pour «\u{00A0}\(email)\u{00A0}»"
        case .lastAdmin: "c'est le dernier compte d'administration actif\u{00A0}: il ne peut être ni désactivé ni changer de rôle"
        case let .invalid(rule): rule
        }
    }
}

/// Respondent and session tokens: 160 random bits from the system's CSPRNG, in lowercase base32 (32 characters), so
/// a link cannot be guessed and reads unambiguously when dictated.
public enum Token {
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")

    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet[Int(generator.next(upperBound: UInt8(32)))] })
    }
}
